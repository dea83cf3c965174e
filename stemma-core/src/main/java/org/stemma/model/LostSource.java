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
 */
public record LostSource(String id, List<String> witnesses, Optional<String> credited) {
    public static final String PREFIX = "lost:";

    public LostSource {
        if (id == null || !id.startsWith(PREFIX) || witnesses == null || witnesses.size() < 2
                || credited == null) {
            throw new IllegalArgumentException("lost source needs a 'lost:' id and two or more witnesses");
        }
        witnesses = List.copyOf(witnesses);
    }
}
