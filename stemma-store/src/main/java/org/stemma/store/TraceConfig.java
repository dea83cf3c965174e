package org.stemma.store;

/**
 * How {@link Snapshot#trace} looks for a passage.
 *
 * @param minSharedAnchors the fewest anchors an article must share with the passage to be aligned; a passage
 *                         with fewer anchors than this needs all of them. Default
 *                         {@value #DEFAULT_MIN_SHARED_ANCHORS}, as candidate search between articles uses: a
 *                         variant of a 40-word paragraph with a word or two changed keeps more than that.
 * @param maxCandidates    at most this many articles, those sharing the most anchors, are aligned. Default
 *                         {@value #DEFAULT_MAX_CANDIDATES}: bounds the work of one trace (each alignment costs
 *                         about a millisecond) while a wire story reprinted by hundreds of outlets is still
 *                         found in full.
 * @param minCoverage      the share of the passage's words an article's aligned span must cover to be a hit.
 *                         Default {@value #DEFAULT_MIN_COVERAGE}: a close variant keeps most of the passage;
 *                         an article that shares one sentence of a long paragraph is not "containing" it.
 */
public record TraceConfig(int minSharedAnchors, int maxCandidates, double minCoverage) {
    public static final int DEFAULT_MIN_SHARED_ANCHORS = 3;
    public static final int DEFAULT_MAX_CANDIDATES = 500;
    public static final double DEFAULT_MIN_COVERAGE = 0.5;

    public TraceConfig {
        if (minSharedAnchors < 1 || maxCandidates < 1) {
            throw new IllegalArgumentException("minSharedAnchors and maxCandidates must be at least 1: "
                    + minSharedAnchors + ", " + maxCandidates);
        }
        if (!(minCoverage > 0 && minCoverage <= 1)) {
            throw new IllegalArgumentException("minCoverage outside (0, 1]: " + minCoverage);
        }
    }

    public static TraceConfig defaults() {
        return new TraceConfig(DEFAULT_MIN_SHARED_ANCHORS, DEFAULT_MAX_CANDIDATES, DEFAULT_MIN_COVERAGE);
    }
}
