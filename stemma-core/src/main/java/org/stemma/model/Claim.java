package org.stemma.model;

import java.util.List;

/**
 * A row of a storyline's claim matrix: sentences of several articles that state the same thing, and one cell
 * for every article of the storyline.
 *
 * @param id        {@code c0001}…, numbered by story, then by the reference sentence's position
 * @param story     the storyline
 * @param reference the article whose wording the cells are compared with: the earliest that states it
 * @param cells     one per article of the storyline, sorted by article id
 */
public record Claim(String id, String story, String reference, List<ClaimCell> cells) {
    public Claim {
        if (id == null || story == null || reference == null || cells == null || cells.isEmpty()) {
            throw new IllegalArgumentException("claim needs an id, a story, a reference and cells");
        }
        cells = List.copyOf(cells);
    }
}
