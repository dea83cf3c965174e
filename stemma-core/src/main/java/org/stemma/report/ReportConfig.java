package org.stemma.report;

/**
 * Options of the report writers.
 *
 * @param decimals        decimals kept in scores and confidences. Default 4: enough to tell any two
 *                        meaningful values apart, few enough that floating-point noise never shows.
 * @param maxContextChars in the HTML page, text of a copy outside the passages it shares with its source is
 *                        shown dimmed up to this many chars a stretch; longer stretches show their two ends and
 *                        a count. Default 600: a paragraph or two of lead-in, while long articles do not bloat
 *                        the page.
 */
public record ReportConfig(int decimals, int maxContextChars) {
    public ReportConfig {
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals must be in [0, " + MAX_DECIMALS + "]: " + decimals);
        }
        if (maxContextChars < 0) {
            throw new IllegalArgumentException("maxContextChars must not be negative: " + maxContextChars);
        }
    }

    /** Doubles carry about 15 significant digits; more decimals would print noise. */
    public static final int MAX_DECIMALS = 12;

    public static ReportConfig defaults() {
        return new ReportConfig(4, 600);
    }
}
