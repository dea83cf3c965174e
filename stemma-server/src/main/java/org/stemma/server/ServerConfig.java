package org.stemma.server;

/**
 * How {@link StemmaServer} listens and what it accepts.
 *
 * @param host            the interface to bind. Default {@value #DEFAULT_HOST}: the API has no authentication,
 *                        so it is reachable from this machine only unless asked otherwise
 * @param port            the port; 0 picks a free one. Default {@value #DEFAULT_PORT}
 * @param maxRequestBytes larger request bodies are refused (413). Default {@value #DEFAULT_MAX_REQUEST_BYTES}:
 *                        a traced passage is a paragraph or a page, never megabytes
 * @param maxPageSize     most items one list request returns. Default {@value #DEFAULT_MAX_PAGE_SIZE}
 * @param maxPassageChars longer passages are refused (400). Default {@value #DEFAULT_MAX_PASSAGE_CHARS}: about
 *                        ten pages, which bounds the alignment work of one trace
 * @param maxBatchArticles most articles one ingest request may carry. Default
 *                        {@value #DEFAULT_MAX_BATCH_ARTICLES}: a batch is one transaction, and a commit of a
 *                        thousand articles takes tens of seconds on a small machine (docs/BENCHMARKS.md)
 */
public record ServerConfig(String host, int port, long maxRequestBytes, int maxPageSize, int maxPassageChars,
                           int maxBatchArticles) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;
    public static final int DEFAULT_MAX_PAGE_SIZE = 500;
    public static final int DEFAULT_MAX_PASSAGE_CHARS = 20_000;
    public static final int DEFAULT_MAX_BATCH_ARTICLES = 1000;

    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("blank host");
        }
        if (port < 0 || port > 65535 || maxRequestBytes < 1 || maxPageSize < 1 || maxPassageChars < 1
                || maxBatchArticles < 1) {
            throw new IllegalArgumentException("bad server limits: port " + port + ", maxRequestBytes "
                    + maxRequestBytes + ", maxPageSize " + maxPageSize + ", maxPassageChars " + maxPassageChars
                    + ", maxBatchArticles " + maxBatchArticles);
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_PAGE_SIZE,
                DEFAULT_MAX_PASSAGE_CHARS, DEFAULT_MAX_BATCH_ARTICLES);
    }

    public ServerConfig withPort(int port) {
        return new ServerConfig(host, port, maxRequestBytes, maxPageSize, maxPassageChars, maxBatchArticles);
    }
}
