package org.stemma.eval.families;

/**
 * How {@link SyndicationFamilyGenerator} builds families; {@link #defaults(int, long)} documents each value.
 *
 * @param families          how many families to build (fewer when the pool runs out of usable originals)
 * @param seed              the random seed: the same seed and pool give the same corpus, byte for byte
 * @param minOriginalWords  an original needs at least this many words. Default 250: a typical wire story; enough for two copies to
 *                          each drop a paragraph and still share a hundred words, as syndicated news does.
 * @param minSentences      ... and at least this many sentences. Default 8: room for a lead, a dropped
 *                          paragraph and a trimmed tail.
 * @param maxSentences      an original keeps at most this many sentences. Default 30: a long news story.
 * @param datedShare        the share of families whose articles carry dates. Default 0.5, so dated and
 *                          undated figures rest on equal numbers.
 * @param missingDate       in a dated family, the chance that a copy's date is missing. Default 0.1.
 * @param wrongDate         ... that a copy's date is wrong: earlier than its parent's. Default 0.1; a scraper
 *                          that reads a "last updated" or a time zone wrongly does this.
 * @param trim              the chance that a copy cuts the end of its parent. Default 0.4: news is written to be
 *                          cut from the bottom, and republishers do.
 * @param commentary        the chance that a copy inserts commentary paragraphs. Default 0.35.
 * @param lead              the chance that a copy opens with a lead paragraph of its own. Default 0.3.
 * @param wordEdits         the chance that a copy changes a few words (drops a hedge, an attribution). Default 0.5.
 * @param dropParagraph     the chance that a copy of a present parent drops an inner paragraph. Default 0.2.
 * @param credit            the chance that a copy credits its parent's outlet. Default 0.5: credits are often
 *                          left out, so the method must not depend on them.
 * @param starCopies        how many copies a star family has: 0 (the default) draws two or three; N from 1 to
 *                          {@link #MAX_STAR_COPIES} draws N to 2N, a wire story that many outlets republish at
 *                          once. Families of that size hold many near-copies of one another (the same end cut,
 *                          the same credit line), which small families seldom do.
 * @param substitutions     the chance that a copy replaces one to three words with other words of its text (a
 *                          name, a number, a verb taken from another sentence), as a copy that changes what the
 *                          story says does. Default 0: copies only cut words, so the default corpora stay as
 *                          they were; {@code eval provenance --substitutions} sets it, to measure families whose
 *                          copies also change words (substituted words are on both sides of an alignment, where
 *                          a cut word is on one).
 */
public record FamilyConfig(int families, long seed, int minOriginalWords, int minSentences, int maxSentences,
                           double datedShare, double missingDate, double wrongDate, double trim,
                           double commentary, double lead, double wordEdits, double dropParagraph,
                           double credit, int starCopies, double substitutions) {
    /** The most {@code starCopies}: a family's outlets are distinct, and 2N copies and the original must fit. */
    public static final int MAX_STAR_COPIES = 11;

    public FamilyConfig {
        if (starCopies < 0 || starCopies > MAX_STAR_COPIES) {
            throw new IllegalArgumentException("starCopies must be in [0, " + MAX_STAR_COPIES + "]: " + starCopies);
        }
        if (families < 0) {
            throw new IllegalArgumentException("families must not be negative: " + families);
        }
        if (minSentences < 4 || maxSentences < minSentences) {
            throw new IllegalArgumentException("need 4 <= minSentences <= maxSentences: " + minSentences + ", "
                    + maxSentences);
        }
        for (double p : new double[] {datedShare, missingDate, wrongDate, trim, commentary, lead, wordEdits,
            dropParagraph, credit, substitutions}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("probabilities must be in [0, 1]: " + p);
            }
        }
    }

    public static FamilyConfig defaults(int families, long seed) {
        return new FamilyConfig(families, seed, 250, 8, 30, 0.5, 0.1, 0.1, 0.4, 0.35, 0.3, 0.5, 0.2, 0.5, 0, 0);
    }

    /** This configuration with {@code starCopies} changed. */
    public FamilyConfig withStarCopies(int copies) {
        return new FamilyConfig(families, seed, minOriginalWords, minSentences, maxSentences, datedShare,
                missingDate, wrongDate, trim, commentary, lead, wordEdits, dropParagraph, credit, copies,
                substitutions);
    }

    /** This configuration with {@code substitutions} changed. */
    public FamilyConfig withSubstitutions(double chance) {
        return new FamilyConfig(families, seed, minOriginalWords, minSentences, maxSentences, datedShare,
                missingDate, wrongDate, trim, commentary, lead, wordEdits, dropParagraph, credit, starCopies,
                chance);
    }
}
