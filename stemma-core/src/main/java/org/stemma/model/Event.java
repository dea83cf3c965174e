package org.stemma.model;

import java.util.List;

/** Articles that report the same real-world happening; {@code articles} sorted by id. */
public record Event(String id, String story, List<String> articles) {
    public Event {
        if (id == null || story == null || articles == null || articles.isEmpty()) {
            throw new IllegalArgumentException("event needs an id, a story and at least one article");
        }
        articles = List.copyOf(articles);
    }
}
