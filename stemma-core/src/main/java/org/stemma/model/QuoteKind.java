package org.stemma.model;

import java.util.Locale;

/** How a statement is reported in an article's text. */
public enum QuoteKind {
    /** A whole sentence or more between quotation marks. */
    DIRECT,
    /** Quoted words embedded in the outlet's own sentence. */
    PARTIAL,
    /** Reported speech without quotation marks, introduced by a reporting verb or "according to". */
    INDIRECT,
    /**
     * Words aligned with a quotation in another article but written here in the outlet's own voice, without
     * marks or a reporting verb: only quote groups make these, never extraction.
     */
    ABSORBED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the words stand between quotation marks. */
    public boolean marked() {
        return this == DIRECT || this == PARTIAL;
    }
}
