package org.stemma.quotes;

/**
 * Settings of {@link SentenceClaimMatrixBuilder}.
 *
 * @param minSharedWords   two sentences state the same claim when they share at least this many content
 *                         words. Default 4: fewer is a shared topic ("NATO", "Russia", "Ukraine"), not a claim
 * @param minDice          … and their content words overlap at least this much (Dice coefficient). Default
 *                         0.5: half of the words kept through a rewrite; the claim matrix shows the rest as
 *                         changes
 * @param maxDiffTokens    the words of a sentence compared for a cell's changes. Default 200: longer "sentences"
 *                         are run-on text; the cap bounds the quadratic word diff
 * @param maxPostingArticles a word in more sentences than this is too common to find claims by. Default 200:
 *                         bounds the candidate pairs in a large storyline
 */
public record ClaimConfig(int minSharedWords, double minDice, int maxDiffTokens, int maxPostingArticles) {
    public ClaimConfig {
        if (minSharedWords < 1 || !(minDice > 0 && minDice <= 1) || maxDiffTokens < 1 || maxPostingArticles < 2) {
            throw new IllegalArgumentException("bad claim config: " + minSharedWords + ", " + minDice + ", "
                    + maxDiffTokens + ", " + maxPostingArticles);
        }
    }

    public static ClaimConfig defaults() {
        return new ClaimConfig(4, 0.5, 200, 200);
    }
}
