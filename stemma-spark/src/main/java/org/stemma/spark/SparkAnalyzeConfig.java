package org.stemma.spark;

import org.stemma.candidates.InvertedAnchorIndex;

/**
 * How {@link SparkAnalyze} splits its work.
 *
 * @param partitions the number of tasks for the per-article and per-pair stages. Default
 *                   {@value #DEFAULT_PARTITIONS}: a few tasks per core of a small cluster; every task streams
 *                   the input once to pick its share, so many more partitions than cores only adds reading.
 * @param candidates the candidate join's thresholds, the same record (and defaults) as the single-machine
 *                   {@link InvertedAnchorIndex}, so both keep the same pairs: anchors in more articles than
 *                   {@link InvertedAnchorIndex.Config#docFrequencyCap(int)} are dropped before the join.
 */
public record SparkAnalyzeConfig(int partitions, InvertedAnchorIndex.Config candidates) {
    public static final int DEFAULT_PARTITIONS = 8;

    public SparkAnalyzeConfig {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
        }
        if (candidates == null) {
            throw new IllegalArgumentException("candidates must not be null");
        }
    }

    public static SparkAnalyzeConfig defaults() {
        return new SparkAnalyzeConfig(DEFAULT_PARTITIONS, InvertedAnchorIndex.Config.defaults());
    }

    public SparkAnalyzeConfig withPartitions(int n) {
        return new SparkAnalyzeConfig(n, candidates);
    }
}
