package org.stemma.ingest;

/**
 * Limits that keep ingest bounded on hostile input.
 *
 * @param maxRecordBytes a file or JSONL line larger than this is reported and skipped. Default 32 MiB: the
 *                       longest real news article is well under 1 MiB of text; 32 MiB leaves room for pages
 *                       with inline data while keeping one record's memory small next to the heap.
 */
public record IngestConfig(int maxRecordBytes) {
    public static final int DEFAULT_MAX_RECORD_BYTES = 32 << 20;

    public IngestConfig {
        if (maxRecordBytes < 1) {
            throw new IllegalArgumentException("maxRecordBytes must be positive: " + maxRecordBytes);
        }
    }

    public static IngestConfig defaults() {
        return new IngestConfig(DEFAULT_MAX_RECORD_BYTES);
    }
}
