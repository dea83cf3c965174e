package org.stemma.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What {@link Snapshot#search} looks for; every part is optional and the parts combine with AND.
 *
 * @param words  words every hit's title or text must hold (case- and accent-insensitive, whole words)
 * @param outlet the stated outlet, compared ignoring ASCII case
 * @param from   the earliest publication date, inclusive; undated articles never match a date bound
 * @param to     the latest publication date, inclusive
 */
public record SearchQuery(Optional<String> words, Optional<String> outlet, Optional<LocalDate> from,
                          Optional<LocalDate> to) {
    public SearchQuery {
        if (words == null || outlet == null || from == null || to == null) {
            throw new IllegalArgumentException("null part in search query; use Optional.empty()");
        }
    }
}
