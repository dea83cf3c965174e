package org.stemma.pipeline;

/**
 * How the pipeline runs. Each stage's own tuning lives in that stage's config record; this holds what is
 * the pipeline's alone.
 *
 * @param threads worker threads for the parallel stages (clean, fingerprint, align). Output does not depend
 *                on it. Default: the number of available processors.
 */
public record PipelineConfig(int threads) {
    public PipelineConfig {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    public static PipelineConfig defaults() {
        return new PipelineConfig(Runtime.getRuntime().availableProcessors());
    }

    public PipelineConfig withThreads(int n) {
        return new PipelineConfig(n);
    }
}
