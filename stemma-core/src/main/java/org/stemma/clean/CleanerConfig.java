package org.stemma.clean;

/**
 * Settings of {@link RuleCleaner}. {@link #defaults()} documents each default and why it has that value.
 *
 * @param languageIdentifier     names the body's language when the input states none
 * @param maxTitleWords          a first line longer than this is not a title
 * @param minTeaserWords         a headline-like line between body paragraphs needs this many words to be taken
 *                               for a teaser; shorter ones are the article's own subheadings
 * @param maxTeaserWords         a line longer than this is never a headline-like teaser
 * @param minBodyWords           a line with this many words is body-like even without final punctuation
 * @param headerLines            how many non-blank lines from the top may hold a title, navigation or dateline
 * @param maxNavigationWords     a navigation trail has at most this many words
 * @param maxMetaLineWords       a byline or dateline has at most this many words
 * @param maxCueLineWords        a line longer than this is never matched against cue phrases
 * @param maxNameWords           a commenter's name line has at most this many words
 * @param commentLookaheadLines  how many lines after a name line may pass before its timestamp
 * @param minGluedChars          each half of a line printed twice must be at least this long
 * @param markupMergeGapChars    markup tokens closer than this on one line merge into one debris span
 * @param markupLineShare        a line whose non-blank chars are at least this share markup is all markup
 * @param maxScanLineChars       lines longer than this are not scanned for cues, dates or names
 * @param minYear                the earliest year a date read from the text may have
 * @param maxYear                the latest year a date read from the text may have
 * @param languageSampleChars    how many body chars the language identifier is given
 */
public record CleanerConfig(
        LanguageIdentifier languageIdentifier,
        int maxTitleWords,
        int minTeaserWords,
        int maxTeaserWords,
        int minBodyWords,
        int headerLines,
        int maxNavigationWords,
        int maxMetaLineWords,
        int maxCueLineWords,
        int maxNameWords,
        int commentLookaheadLines,
        int minGluedChars,
        int markupMergeGapChars,
        double markupLineShare,
        int maxScanLineChars,
        int minYear,
        int maxYear,
        int languageSampleChars) {

    public CleanerConfig {
        if (languageIdentifier == null) {
            throw new IllegalArgumentException("languageIdentifier is null");
        }
        requirePositive("maxTitleWords", maxTitleWords);
        requirePositive("minTeaserWords", minTeaserWords);
        requirePositive("minBodyWords", minBodyWords);
        requirePositive("headerLines", headerLines);
        requirePositive("maxNavigationWords", maxNavigationWords);
        requirePositive("maxMetaLineWords", maxMetaLineWords);
        requirePositive("maxCueLineWords", maxCueLineWords);
        requirePositive("maxNameWords", maxNameWords);
        requirePositive("commentLookaheadLines", commentLookaheadLines);
        requirePositive("minGluedChars", minGluedChars);
        requirePositive("markupMergeGapChars", markupMergeGapChars);
        requirePositive("maxScanLineChars", maxScanLineChars);
        requirePositive("languageSampleChars", languageSampleChars);
        if (maxTeaserWords < minTeaserWords) {
            throw new IllegalArgumentException("maxTeaserWords " + maxTeaserWords + " < minTeaserWords "
                    + minTeaserWords);
        }
        if (!(markupLineShare > 0 && markupLineShare <= 1)) {
            throw new IllegalArgumentException("markupLineShare must be in (0, 1]: " + markupLineShare);
        }
        if (minYear > maxYear) {
            throw new IllegalArgumentException("minYear " + minYear + " > maxYear " + maxYear);
        }
    }

    /**
     * The defaults, tuned on invented news pages, not on any evaluation corpus:
     * <ul>
     *   <li>maxTitleWords 25: news headlines run 5-15 words; 25 leaves room for long ones while a lead
     *       paragraph (typically 30+ words) stays out.</li>
     *   <li>minTeaserWords 5: section subheadings are 1-4 words ("Thorny path"); headlines of other articles
     *       are sentences without a full stop, 6-15 words.</li>
     *   <li>maxTeaserWords 18: the longest common headline length; a longer unpunctuated line is more often
     *       a paragraph whose final stop the scraper lost.</li>
     *   <li>minBodyWords 12: a line that long is text even if unpunctuated; shorter unpunctuated lines are
     *       headings, names, labels.</li>
     *   <li>headerLines 6: breadcrumb, title, subtitle, byline, dateline and one spare.</li>
     *   <li>maxNavigationWords 15: breadcrumbs hold a few menu words plus at most a headline.</li>
     *   <li>maxMetaLineWords 12: "By Name Surname, Agency, 15 January 2022 07:30 | Updated ..." fits.</li>
     *   <li>maxCueLineWords 40: widget labels are short; a takedown disclaimer is one or two sentences.</li>
     *   <li>maxNameWords 4: display names are one to four words.</li>
     *   <li>commentLookaheadLines 3: name, repeated name, "Reply to X", then the timestamp.</li>
     *   <li>minGluedChars 10: shorter repeats ("hahaha", "no no") are ordinary text.</li>
     *   <li>markupMergeGapChars 160: a JSON value between two debris tokens is rarely longer than a sentence.</li>
     *   <li>markupLineShare 0.5: a line that is half markup has no readable sentence left.</li>
     *   <li>maxScanLineChars 2,000: cue, name and date lines are short; bounds regex work on huge lines.</li>
     *   <li>minYear 1900, maxYear 2100: rejects numbers that merely look like dates (versions, scores).</li>
     *   <li>languageSampleChars 10,000: plenty for identification; bounds the cost.</li>
     * </ul>
     */
    public static CleanerConfig defaults() {
        return new CleanerConfig(new OpenNlpLanguageIdentifier(), 25, 5, 18, 12, 6, 15, 12, 40, 4, 3, 10, 160,
                0.5, 2_000, 1900, 2100, 10_000);
    }

    /** These settings with another language identifier. */
    public CleanerConfig withLanguageIdentifier(LanguageIdentifier identifier) {
        return new CleanerConfig(identifier, maxTitleWords, minTeaserWords, maxTeaserWords, minBodyWords,
                headerLines, maxNavigationWords, maxMetaLineWords, maxCueLineWords, maxNameWords,
                commentLookaheadLines, minGluedChars, markupMergeGapChars, markupLineShare, maxScanLineChars,
                minYear, maxYear, languageSampleChars);
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
