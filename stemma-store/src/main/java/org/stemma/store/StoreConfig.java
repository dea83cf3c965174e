package org.stemma.store;

/**
 * How a {@link Store} behaves.
 *
 * @param busyTimeoutMillis how long a statement waits for a lock held by another connection before failing.
 *                          Default {@value #DEFAULT_BUSY_TIMEOUT_MILLIS}: one process writes, readers never
 *                          block in WAL mode, so a wait only happens when two processes write the same folder,
 *                          and a batch commit takes seconds at most.
 * @param threads           workers for cleaning and aligning a batch. Default: the available processors.
 */
public record StoreConfig(int busyTimeoutMillis, int threads) {
    public static final int DEFAULT_BUSY_TIMEOUT_MILLIS = 30_000;

    public StoreConfig {
        if (busyTimeoutMillis < 0) {
            throw new IllegalArgumentException("negative busyTimeoutMillis: " + busyTimeoutMillis);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    public static StoreConfig defaults() {
        return new StoreConfig(DEFAULT_BUSY_TIMEOUT_MILLIS, Runtime.getRuntime().availableProcessors());
    }

    public StoreConfig withThreads(int threads) {
        return new StoreConfig(busyTimeoutMillis, threads);
    }
}
