package org.stemma.model;

import java.util.Optional;

/**
 * A statement reported in one article: the quoted or reported words, how they are reported, and who said them.
 *
 * @param articleId the article
 * @param span      the words, inside the quotation marks (marks excluded) or the reported clause
 * @param kind      direct, partial, indirect, or absorbed (only in quote groups)
 * @param speaker   the attributed speaker, when the text names one
 */
public record Quote(String articleId, Span span, QuoteKind kind, Optional<Speaker> speaker) {
    public Quote {
        if (articleId == null || span == null || kind == null || speaker == null) {
            throw new IllegalArgumentException("null field in quote; use Optional.empty()");
        }
        if (span.isEmpty()) {
            throw new IllegalArgumentException("empty quote span in " + articleId + ": " + span);
        }
    }

    /** The speaker's normalised name, if any. */
    public Optional<String> speakerName() {
        return speaker.map(Speaker::name);
    }
}
