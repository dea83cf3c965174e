package org.stemma.quotes;

/**
 * Settings of {@link RuleQuoteExtractor}.
 *
 * @param minQuoteWords         quoted stretches with fewer words are terms or scare quotes, never quotations.
 *                              Default 2: one quoted word ("concerns", "espionage") is almost always a term
 * @param minUnattributedWords  a quoted stretch with no speaker found must have at least this many words to be
 *                              kept. Default 8: shorter unattributed quotes are mostly titles of works, names and
 *                              slogans; a real quotation that long is kept even when its speaker is implicit
 * @param minIndirectWords      a reported clause needs at least this many words. Default 4: subject, verb and
 *                              object ("it was an act"); shorter remainders are an object ("told columnist Cindy
 *                              Adams"), not a clause
 * @param maxSpeakerTokens      the longest speaker mention read, in tokens. Default 12: enough for "Mid-South
 *                              Canterbury Area Commander Inspector Dave Gaskin"; longer runs are clauses
 * @param maxQuoteChars         an open quotation whose closing mark is farther than this ends at its line.
 *                              Default 4000: about five paragraphs, longer than any real quotation, so a
 *                              missing closing mark cannot swallow the article
 * @param continuationSentences a direct quotation without attribution continues the previous quotation's
 *                              speaker when it starts within this many sentences after it. Default 2: the
 *                              usual second paragraph of a quote, not a later one
 */
public record QuoteConfig(int minQuoteWords, int minUnattributedWords, int minIndirectWords, int maxSpeakerTokens,
                          int maxQuoteChars, int continuationSentences) {
    public QuoteConfig {
        if (minQuoteWords < 1 || minUnattributedWords < minQuoteWords || minIndirectWords < 1
                || maxSpeakerTokens < 1 || maxQuoteChars < 1 || continuationSentences < 0) {
            throw new IllegalArgumentException("bad quote config: " + minQuoteWords + ", " + minUnattributedWords
                    + ", " + minIndirectWords + ", " + maxSpeakerTokens + ", " + maxQuoteChars + ", "
                    + continuationSentences);
        }
    }

    public static QuoteConfig defaults() {
        return new QuoteConfig(2, 8, 4, 12, 4000, 2);
    }
}
