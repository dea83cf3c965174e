package org.stemma.model;

import java.util.List;
import java.util.Optional;

/**
 * One cell of a claim matrix: how one article of the storyline states one claim.
 *
 * @param articleId the article
 * @param state     verbatim, altered or absent
 * @param sentence  the sentence stating the claim, absent when the state is absent
 * @param changes   for altered cells, the word changes against the reference: {@code -word}, {@code +word},
 *                  {@code old → new}; empty otherwise
 */
public record ClaimCell(String articleId, ClaimState state, Optional<Span> sentence, List<String> changes) {
    public ClaimCell {
        if (articleId == null || state == null || sentence == null || changes == null) {
            throw new IllegalArgumentException("null field in claim cell");
        }
        if ((state == ClaimState.ABSENT) != sentence.isEmpty()) {
            throw new IllegalArgumentException("a cell has a sentence exactly when it is not absent: " + state);
        }
        changes = List.copyOf(changes);
    }
}
