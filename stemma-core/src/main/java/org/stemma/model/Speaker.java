package org.stemma.model;

/**
 * Who a quotation is attributed to.
 *
 * @param mention where the attribution names the speaker in the original text ("he", "the 33-year-old's rep
 *                Jack Smith", "the statement")
 * @param name    the normalised name: the person or body the mention resolves to within the article,
 *                without titles and articles ("Jack Smith"); for an unresolved description, the description
 */
public record Speaker(Span mention, String name) {
    public Speaker {
        if (mention == null || name == null || name.isBlank()) {
            throw new IllegalArgumentException("speaker needs a mention and a name: " + mention + ", " + name);
        }
    }
}
