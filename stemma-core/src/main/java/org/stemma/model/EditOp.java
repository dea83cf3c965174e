package org.stemma.model;

import java.util.Locale;

/** One step of an edit script that turns the first witness of a passage into the second. */
public enum EditOp {
    /** The same words on both sides (up to normalisation: case, punctuation, quote style). */
    EQUAL,
    /** Words on the first side replaced by other words on the second. */
    SUBSTITUTE,
    /** Words present only on the second side. */
    INSERT,
    /** Words present only on the first side. */
    DELETE;

    /** The same step read from the second side to the first: inserts and deletes swap. */
    public EditOp reversed() {
        return switch (this) {
            case INSERT -> DELETE;
            case DELETE -> INSERT;
            default -> this;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
