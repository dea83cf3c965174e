package org.stemma.model;

import java.util.List;

/** A storyline: events connected by topic, actors and time; {@code events} sorted by id. */
public record Story(String id, List<String> events) {
    public Story {
        if (id == null || events == null || events.isEmpty()) {
            throw new IllegalArgumentException("story needs an id and at least one event");
        }
        events = List.copyOf(events);
    }
}
