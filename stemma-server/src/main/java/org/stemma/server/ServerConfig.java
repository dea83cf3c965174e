package org.stemma.server;

/**
 * How {@link StemmaServer} listens and what it accepts.
 *
 * @param host             the interface to bind. Default {@value #DEFAULT_HOST}: the API has no authentication,
 *                         so it is reachable from this machine only unless asked otherwise
 * @param port             the port; 0 picks a free one. Default {@value #DEFAULT_PORT}
 * @param maxRequestBytes  larger request bodies are refused (413). Default {@value #DEFAULT_MAX_REQUEST_BYTES}:
 *                         a traced passage is a paragraph or a page, and a batch of a thousand news articles
 *                         is a few megabytes
 * @param maxPageSize      most items one list request returns. Default {@value #DEFAULT_MAX_PAGE_SIZE}
 * @param maxPassageChars  longer passages are refused (400). Default {@value #DEFAULT_MAX_PASSAGE_CHARS}: about
 *                         ten pages, which bounds the alignment work of one trace
 * @param maxBatchArticles most articles one ingest request may carry (413 beyond). Default
 *                         {@value #DEFAULT_MAX_BATCH_ARTICLES}: a batch is one transaction, and a commit of a
 *                         thousand articles takes tens of seconds on a small machine (docs/BENCHMARKS.md)
 * @param timeoutMillis    how long an expensive request (trace, quotes, export) may run before it is answered
 *                         with 503. Default {@value #DEFAULT_TIMEOUT_MILLIS}: a trace answers in milliseconds and
 *                         quotes of a large storyline in a few seconds; a minute means the request is too broad
 * @param maxQuoteArticles most articles whose quotations one request extracts (400 beyond). Default
 *                         {@value #DEFAULT_MAX_QUOTE_ARTICLES}: quotes are computed on demand, about a
 *                         millisecond an article, and grouping grows with the square of the quotes
 * @param workers          threads that run expensive requests; more wait in a queue of four per thread and
 *                         beyond that are answered with 503. Default {@value #DEFAULT_WORKERS}: a small machine
 *                         has few cores, and a trace or an export keeps one busy
 */
public record ServerConfig(String host, int port, long maxRequestBytes, int maxPageSize, int maxPassageChars,
                           int maxBatchArticles, long timeoutMillis, int maxQuoteArticles, int workers) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 8L << 20;
    public static final int DEFAULT_MAX_PAGE_SIZE = 500;
    public static final int DEFAULT_MAX_PASSAGE_CHARS = 20_000;
    public static final int DEFAULT_MAX_BATCH_ARTICLES = 1000;
    public static final long DEFAULT_TIMEOUT_MILLIS = 60_000;
    public static final int DEFAULT_MAX_QUOTE_ARTICLES = 500;
    public static final int DEFAULT_WORKERS = 2;

    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("blank host");
        }
        if (port < 0 || port > 65535 || maxRequestBytes < 1 || maxPageSize < 1 || maxPassageChars < 1
                || maxBatchArticles < 1 || timeoutMillis < 1 || maxQuoteArticles < 1 || workers < 1) {
            throw new IllegalArgumentException("bad server limits: port " + port + ", maxRequestBytes "
                    + maxRequestBytes + ", maxPageSize " + maxPageSize + ", maxPassageChars " + maxPassageChars
                    + ", maxBatchArticles " + maxBatchArticles + ", timeoutMillis " + timeoutMillis
                    + ", maxQuoteArticles " + maxQuoteArticles + ", workers " + workers);
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_PAGE_SIZE,
                DEFAULT_MAX_PASSAGE_CHARS, DEFAULT_MAX_BATCH_ARTICLES, DEFAULT_TIMEOUT_MILLIS,
                DEFAULT_MAX_QUOTE_ARTICLES, DEFAULT_WORKERS);
    }

    public ServerConfig withPort(int port) {
        return new ServerConfig(host, port, maxRequestBytes, maxPageSize, maxPassageChars, maxBatchArticles,
                timeoutMillis, maxQuoteArticles, workers);
    }

    public ServerConfig withLimits(long maxRequestBytes, int maxBatchArticles, long timeoutMillis) {
        return new ServerConfig(host, port, maxRequestBytes, maxPageSize, maxPassageChars, maxBatchArticles,
                timeoutMillis, maxQuoteArticles, workers);
    }
}
