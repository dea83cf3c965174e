package org.stemma.server;

/**
 * Limits of the views the web UI reads ({@link ViewRoutes}): both compute on demand, so each is bounded.
 *
 * @param maxCompareChars  a comparison of two texts longer than this (either one) is refused (400). Default
 *                         {@value #DEFAULT_MAX_COMPARE_CHARS}: a long feature is under 100,000 chars, and the
 *                         aligner and change typer stay well under a second on two such texts
 * @param maxQuoteArticles a storyline with more articles than this is shown without quotations and claim
 *                         matrix (the answer says so). Default {@value #DEFAULT_MAX_QUOTE_ARTICLES}: the claim
 *                         matrix has a cell per article and claim, so it grows with the square of the storyline
 * @param quoteCacheEntries how many storylines' quotations are kept for the current commit. Default
 *                         {@value #DEFAULT_QUOTE_CACHE_ENTRIES}: extracting and grouping the quotations of a
 *                         200-article storyline takes seconds (docs/BENCHMARKS.md), and an analyst returns to
 *                         the few storylines they are reading
 */
public record ViewConfig(int maxCompareChars, int maxQuoteArticles, int quoteCacheEntries) {
    public static final int DEFAULT_MAX_COMPARE_CHARS = 200_000;
    public static final int DEFAULT_MAX_QUOTE_ARTICLES = 300;
    public static final int DEFAULT_QUOTE_CACHE_ENTRIES = 16;

    public ViewConfig {
        if (maxCompareChars < 1 || maxQuoteArticles < 0 || quoteCacheEntries < 0) {
            throw new IllegalArgumentException("bad view limits: maxCompareChars " + maxCompareChars
                    + ", maxQuoteArticles " + maxQuoteArticles + ", quoteCacheEntries " + quoteCacheEntries);
        }
    }

    public static ViewConfig defaults() {
        return new ViewConfig(DEFAULT_MAX_COMPARE_CHARS, DEFAULT_MAX_QUOTE_ARTICLES, DEFAULT_QUOTE_CACHE_ENTRIES);
    }
}
