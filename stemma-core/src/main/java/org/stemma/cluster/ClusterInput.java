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
 * @param text   the original text that the token offsets point into, when at hand: it shows which words are
 *               capitalised inside a sentence, i.e. names, which weigh as named things. Without it only numbers
 *               and dates count as named things. Offsets outside the text are ignored, never an error.
 */
public record ClusterInput(String id, TokenSequence tokens, Optional<LocalDate> date, Optional<String> title,
        Optional<String> text) {
    public ClusterInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tokens, "tokens of " + id);
        Objects.requireNonNull(date, "date of " + id);
        Objects.requireNonNull(title, "title of " + id);
        Objects.requireNonNull(text, "text of " + id);
    }

    /** An input without its original text: names are then not told from other words. */
    public ClusterInput(String id, TokenSequence tokens, Optional<LocalDate> date, Optional<String> title) {
        this(id, tokens, date, title, Optional.empty());
    }
}
