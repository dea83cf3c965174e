package org.stemma.model;

import java.util.List;
import java.util.Optional;

/**
 * An inferred text that no article in the corpus is, but that several witnesses copied: each has material
 * the others lack, so none can be the others' source.
 *
 * @param id        a stable id, {@code "lost:"} followed by the first witness's id
 * @param witnesses the articles that descend from it, sorted
 * @param credited  the outlet the witnesses' credit lines name, when they name one
 * @param text      its reconstructed text: what two or more witnesses agree on, in the order of the witness
 *                  with the most such text, then what other witnesses agree on that it lacks; pieces that are
 *                  not adjacent are joined by {@link #GAP}. Empty when not reconstructed.
 */
public record LostSource(String id, List<String> witnesses, Optional<String> credited, String text) {
    public static final String PREFIX = "lost:";
    /** Marks a gap between reconstructed pieces. */
    public static final String GAP = "\n[\u2026]\n";

    public LostSource {
        if (id == null || !id.startsWith(PREFIX) || witnesses == null || witnesses.size() < 2
                || credited == null || text == null) {
            throw new IllegalArgumentException("lost source needs a 'lost:' id and two or more witnesses");
        }
        witnesses = List.copyOf(witnesses);
    }

    /** A lost source without reconstructed text. */
    public LostSource(String id, List<String> witnesses, Optional<String> credited) {
        this(id, witnesses, credited, "");
    }
}
