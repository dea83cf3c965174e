package org.stemma.cluster;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.stemma.fingerprint.TokenSequence;

/**
 * What the clusterer needs of one article.
 *
 * @param id     the article's id, unique in a call
 * @param tokens the tokens of the article's body, as {@link org.stemma.fingerprint.WordTokenizer} makes them
 * @param date   publication date when known; many articles have none, and a missing date is never a penalty
 * @param title  the headline when known; its words count a little more than the body's
 */
public record ClusterInput(String id, TokenSequence tokens, Optional<LocalDate> date, Optional<String> title) {
    public ClusterInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tokens, "tokens of " + id);
        Objects.requireNonNull(date, "date of " + id);
        Objects.requireNonNull(title, "title of " + id);
    }
}
