package org.stemma.store;

import java.util.List;
import java.util.Optional;
import org.stemma.model.EditOp;
import org.stemma.model.Span;

/**
 * A stored article that carries a traced passage or a close variant of it.
 *
 * @param articleId   the article
 * @param outlet      its outlet, when stated
 * @param date        its publication date (ISO), when known
 * @param span        where the passage lies in the article's original text
 * @param text        the article's text in {@code span}
 * @param coverage    the share of the passage's words the span aligns with, in (0, 1]
 * @param score       the share of aligned words that are equal on both sides, in [0, 1]
 * @param differences the non-equal edits, passage side first, in text order; empty for a verbatim copy
 */
public record TraceHit(String articleId, Optional<String> outlet, Optional<String> date, Span span, String text,
                       double coverage, double score, List<Difference> differences) {
    public TraceHit {
        differences = List.copyOf(differences);
    }

    /**
     * One difference between the passage and the article; texts without surrounding whitespace.
     *
     * @param op          what the article did to the passage's words
     * @param passageText the passage's words (empty for an insertion)
     * @param articleText the article's words (empty for a deletion)
     */
    public record Difference(EditOp op, String passageText, String articleText) {
    }
}
