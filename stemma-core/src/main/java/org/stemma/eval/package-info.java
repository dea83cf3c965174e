/**
 * Eval: measures a stage's output against gold annotations.
 *
 * <p>{@link org.stemma.eval.ClusterScores} compares two partitions of the same items (BCubed, pairwise,
 * adjusted Rand); {@link org.stemma.eval.EventsEvaluation} scores a clusterer's events and storylines against
 * gold ones; {@link org.stemma.eval.GoldClusters} reads the small gold TSV these evaluations use. Reading
 * gold files is the only I/O here, and it stays at this edge; {@link org.stemma.eval.CorpusGenerator} makes
 * large load-test corpora from real shared text, which it reads at run time.
 */
package org.stemma.eval;
