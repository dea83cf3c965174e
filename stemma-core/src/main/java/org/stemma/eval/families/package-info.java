/**
 * Synthetic syndication families built from real article text, for measuring provenance.
 *
 * <p>{@link org.stemma.eval.families.SyndicationFamilyGenerator} takes real articles (read at run time, never
 * bundled) and, for a seed, builds families of copies the way outlets make them: chains of copies of copies,
 * siblings of one original, originals left out of the corpus (lost sources), trimmed copies, inserted
 * commentary and leads, small word edits, credits present or absent, dates known, missing or wrong. It
 * returns the corpus and the true lineage ({@link org.stemma.eval.ProvenanceTruth});
 * {@link org.stemma.eval.families.FamilyCorpusWriter} writes them as {@code corpus.jsonl} and
 * {@code truth.tsv}. The generator is pure; the writer is this package's only I/O.
 */
package org.stemma.eval.families;
