package org.stemma.store;

import java.util.List;
import java.util.Optional;
import org.stemma.model.Event;

/**
 * A storyline as a list shows it, read without decoding article texts.
 *
 * @param id      the storyline
 * @param events  its events with their articles, by id
 * @param outlets the distinct stated outlets of its articles, sorted
 * @param first   the earliest publication day (ISO date) among its articles, when any is dated
 * @param last    the latest publication day
 */
public record Storyline(String id, List<Event> events, List<String> outlets, Optional<String> first,
                        Optional<String> last) {
    public Storyline {
        events = List.copyOf(events);
        outlets = List.copyOf(outlets);
    }

    /** How many articles it holds. */
    public int size() {
        return events.stream().mapToInt(e -> e.articles().size()).sum();
    }
}
