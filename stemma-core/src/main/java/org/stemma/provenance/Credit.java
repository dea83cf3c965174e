package org.stemma.provenance;

import org.stemma.model.Span;

/**
 * A name an article's text credits: where its text or a claim came from.
 *
 * @param name          the credited name as written, with runs of white space made single spaces
 * @param span          where the name stands in the original text
 * @param namesSource   true when the cue names where the text came from ("via X", "Source: X", "(c) X"),
 *                      false when it only attributes a claim ("according to X", "X reported")
 */
public record Credit(String name, Span span, boolean namesSource) {
    public Credit {
        if (name == null || name.isBlank() || span == null) {
            throw new IllegalArgumentException("credit needs a name and a span");
        }
    }
}
