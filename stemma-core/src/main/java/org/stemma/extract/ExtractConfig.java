package org.stemma.extract;

/**
 * Settings of {@link DomExtractor}. Every default is in {@link #defaults()} with the reason for its value.
 *
 * @param maxHtmlChars              a page longer than this is cut (with a warning) before parsing
 * @param maxElementDepth           elements nested deeper than this are read as inline text of their
 *                                  ancestor at this depth
 * @param minParagraphChars         a block with at least this many non-link chars counts as prose when the
 *                                  article's container is chosen
 * @param maxParagraphLinkDensity   ...and at most this share of its chars in links
 * @param clutterPenalty            how much a char of non-prose text in an element counts against it, per
 *                                  char of prose, when choosing the container
 * @param maxBodyLinkDensity        a block inside the container with a larger share of link chars is clutter
 * @param maxMarkShare              a class/id clutter mark on an element holding more than this share of
 *                                  the page's prose is a page wrapper's, not clutter's, and is ignored
 * @param maxCommentMarkShare       the same for marks of reader comments, which can outweigh a short post
 * @param maxJsonLdChars            JSON-LD scripts longer than this are not parsed
 * @param maxTextDateChars          a date in the visible text is looked for only this far into the article
 * @param maxIntroChars             a body line ending in a colon and at most this long, followed only by
 *                                  clutter, introduces that clutter and is clutter too
 * @param articleBodyBonus          factor on the prose of an element marked {@code itemprop=articleBody}
 * @param containerNameBonus        factor on the prose of an {@code <article>}, {@code <main>} or an element
 *                                  whose class or id names article content
 * @param minLeadChars              a block before the article's first body paragraph with at least this many
 *                                  non-link chars (and few links) is its lead; shorter ones are passed over
 * @param maxLeadGap                how many short lines, bylines or captions the search for the lead passes
 *                                  over, walking back from the first body paragraph
 * @param maxCreditChars            a body line at most this long that labels itself a credit or source
 *                                  ("Foto:", "©", "Quelle:") is clutter
 * @param maxPromptChars            a body line at most this long that calls on the reader to subscribe,
 *                                  sign up, follow or support the outlet is clutter
 */
public record ExtractConfig(int maxHtmlChars, int maxElementDepth, int minParagraphChars,
                            double maxParagraphLinkDensity, double clutterPenalty, double maxBodyLinkDensity,
                            double maxMarkShare, double maxCommentMarkShare, int maxJsonLdChars,
                            int maxTextDateChars, int maxIntroChars, float articleBodyBonus, float containerNameBonus,
                            int minLeadChars, int maxLeadGap, int maxCreditChars, int maxPromptChars) {

    public ExtractConfig {
        if (maxHtmlChars < 1 || maxElementDepth < 2 || minParagraphChars < 1 || maxJsonLdChars < 0
                || maxTextDateChars < 0 || maxIntroChars < 0 || minLeadChars < 1 || maxLeadGap < 0
                || maxCreditChars < 0 || maxPromptChars < 0) {
            throw new IllegalArgumentException("limits must be positive: " + this);
        }
        requireShare("maxParagraphLinkDensity", maxParagraphLinkDensity);
        requireShare("maxBodyLinkDensity", maxBodyLinkDensity);
        requireShare("maxMarkShare", maxMarkShare);
        requireShare("maxCommentMarkShare", maxCommentMarkShare);
        if (!(articleBodyBonus >= 1) || !(containerNameBonus >= 1)) {
            throw new IllegalArgumentException("bonuses must be >= 1: " + this);
        }
        if (!(clutterPenalty >= 0)) {
            throw new IllegalArgumentException("clutterPenalty must be >= 0: " + clutterPenalty);
        }
    }

    private static void requireShare(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1]: " + v);
        }
    }

    /**
     * The defaults.
     * <ul>
     * <li>maxHtmlChars 8 Mi: news pages are rarely over 1 MB of HTML; beyond 8 Mi chars the rest is inline
     *     data or junk, and jsoup's DOM of it would take hundreds of MB.</li>
     * <li>maxElementDepth 256: real pages nest under 60 levels; this bounds per-block work on hostile
     *     nesting (100k levels) while never touching a real page.</li>
     * <li>minParagraphChars 30: about five words, shorter than any sentence of prose and longer than most
     *     menu entries, buttons and labels.</li>
     * <li>maxParagraphLinkDensity 0.33: prose links a few words; a block a third links is a list of links.</li>
     * <li>clutterPenalty 0.3: tuned on the development set so that an article's container wins over a page
     *     wrapper that adds menus and teasers, while a container missing real prose loses to its parent.</li>
     * <li>maxBodyLinkDensity 0.5: inside the article, a block mostly links is a "read more" or a link list.</li>
     * <li>maxMarkShare 0.6: clutter (a sidebar, a footer) never holds most of a page's prose; a wrapper
     *     whose class merely mentions "sidebar" or "footer" layout does.</li>
     * <li>maxCommentMarkShare 0.9: comment threads can be longer than the post they follow.</li>
     * <li>maxJsonLdChars 1 Mi: real JSON-LD is a few KB.</li>
     * <li>maxTextDateChars 3000: a dateline sits at the head of the article, not in its twentieth paragraph.</li>
     * <li>maxIntroChars 120: a line that introduces a list ("Read also:") is short; a paragraph ending in a
     *     colon before a quoted block is usually longer.</li>
     * <li>articleBodyBonus 1.5: the page's own statement of where the article is, strong but not blind
     *     (templates put it on a teaser's wrapper too).</li>
     * <li>containerNameBonus 1.2: a weaker hint; enough to prefer the article's element over an equal
     *     wrapper, not enough to prefer a half-empty one.</li>
     * <li>minLeadChars 80: a lead is a sentence or two; a byline, a date, a kicker or a share bar is shorter.
     *     Values from 50 to 120 scored the same on the development pages.</li>
     * <li>maxLeadGap 6: between a lead and the body sit at most a picture's caption and credit, a byline, a
     *     date and a few share buttons; 3 to 10 scored the same.</li>
     * <li>maxCreditChars 120: a caption with its credit is a line; a paragraph that quotes a photographer
     *     or names a source in passing is longer (60 to 200 scored within one snippet on the development
     *     pages; 400 began to drop article lines).</li>
     * <li>maxPromptChars 250: a prompt is a sentence or two; a paragraph of the story about a newsletter
     *     or a subscription is longer (150 to 400 scored within two snippets).</li>
     * </ul>
     */
    public static ExtractConfig defaults() {
        return new ExtractConfig(8 << 20, 256, 30, 0.33, 0.3, 0.5, 0.6, 0.9, 1 << 20, 3000, 120, 1.5f, 1.2f, 80, 6, 120, 250);
    }
}
