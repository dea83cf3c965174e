package org.stemma.quotes;

/**
 * Settings of {@link AlignedQuoteGrouper}.
 *
 * @param minAlignedChars    a quotation is carried through a passage when at least this many of its chars fall
 *                           in equal edits. Default 12: two or three words, so a shared "the NATO" is not a
 *                           carried quotation but "reliable and firm" is
 * @param minAlignedShare    … and at least this share of all its chars. Default 0.3: a
 *                           translation keeps a third of the words equal ("concrete steps to reduce tensions"),
 *                           while a weak passage that only shares "that it was" does not carry a quotation
 * @param minSharedWords     two quotations of one speaker that the aligner did not pair are the same statement
 *                           when they share at least this many content words. Default 3: a translation or a
 *                           paraphrase keeps the rare words ("dangerous attempts … guarantees") while two
 *                           different remarks of one person rarely share three
 * @param minContainment     … and the shared words are at least this share of the shorter quotation's content
 *                           words. Default 0.5: half of a partial quotation must be in the longer one
 * @param statementGapChars  quotations of one speaker in one article this close (end to start) are one
 *                           statement told in pieces. Default 300: about two sentences
 */
public record QuoteGroupConfig(int minAlignedChars, double minAlignedShare, int minSharedWords,
                               double minContainment, int statementGapChars) {
    public QuoteGroupConfig {
        if (minAlignedChars < 1 || !(minAlignedShare >= 0 && minAlignedShare <= 1) || minSharedWords < 1 || !(minContainment > 0 && minContainment <= 1)
                || statementGapChars < 0) {
            throw new IllegalArgumentException("bad quote group config: " + minAlignedChars + ", " + minAlignedShare
                    + ", " + minSharedWords
                    + ", " + minContainment + ", " + statementGapChars);
        }
    }

    public static QuoteGroupConfig defaults() {
        return new QuoteGroupConfig(12, 0.3, 3, 0.5, 300);
    }
}
