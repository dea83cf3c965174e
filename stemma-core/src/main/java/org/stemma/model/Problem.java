package org.stemma.model;

import java.util.Optional;

/**
 * Malformed input met on the way: recorded, reported, and the batch goes on.
 *
 * @param origin    the file and line of the bad record
 * @param articleId the article's id when it could be read
 * @param stage     the stage that met it
 * @param message   what is wrong, for a person
 */
public record Problem(Origin origin, Optional<String> articleId, Stage stage, String message) {
    public Problem {
        if (origin == null || articleId == null || stage == null || message == null) {
            throw new IllegalArgumentException("null field in problem");
        }
    }

    @Override
    public String toString() {
        return origin + ": " + stage.label() + ": " + articleId.map(id -> id + ": ").orElse("") + message;
    }
}
