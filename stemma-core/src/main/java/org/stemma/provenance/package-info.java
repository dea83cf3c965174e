/**
 * Provenance: from the passages two articles share, decide who copied whom, and draw one consistent
 * graph per family of reusing articles.
 *
 * <p>For each pair of articles linked by passages, {@link org.stemma.provenance.EvidenceProvenanceBuilder}
 * weighs three kinds of evidence: the publication dates (and how they are known), containment (which side
 * has the other's text plus material of its own), and credit lines ("via X", "Source: X", "(c) X"). When both
 * sides of a pair keep substantial material the other lacks, neither can be the other's source, and a
 * {@link org.stemma.model.LostSource} is inferred instead. Each family's tree is then chosen as a maximum
 * spanning arborescence over evidence-weighted edges (with shared-variant evidence of which article lies
 * between two others), so the graph has no cycles and, unless evidence is strong, one parent per article.
 */
package org.stemma.provenance;
