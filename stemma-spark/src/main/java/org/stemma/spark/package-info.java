/**
 * The stemma pipeline as an Apache Spark job ({@link org.stemma.spark.SparkAnalyze}): a thin adapter that
 * distributes the per-article and per-pair stages of {@code stemma-core} (clean, tokenize, fingerprint,
 * candidate join, align) and runs the corpus-level stages (cluster, provenance, changes, report) on the
 * driver with the very same classes, so its output equals {@code stemma analyze} on the same corpus.
 */
package org.stemma.spark;
