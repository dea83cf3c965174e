package org.stemma.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stemma.model.Event;
import org.stemma.model.Story;

/**
 * A partition of articles into events and of events into storylines.
 *
 * <p>Validated on construction: {@code events} and {@code stories} are sorted by id with no duplicates, each
 * article is in exactly one event, each event is in exactly one story and names that story.
 */
public record Clusters(List<Event> events, List<Story> stories) {

    public Clusters {
        events = List.copyOf(events);
        stories = List.copyOf(stories);
        Map<String, String> storyOfEvent = new HashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            Story s = stories.get(i);
            if (i > 0 && stories.get(i - 1).id().compareTo(s.id()) >= 0) {
                throw new IllegalArgumentException("stories not sorted by id at " + s.id());
            }
            for (String e : s.events()) {
                if (storyOfEvent.put(e, s.id()) != null) {
                    throw new IllegalArgumentException("event " + e + " is in two stories");
                }
            }
        }
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (i > 0 && events.get(i - 1).id().compareTo(e.id()) >= 0) {
                throw new IllegalArgumentException("events not sorted by id at " + e.id());
            }
            if (!e.story().equals(storyOfEvent.remove(e.id()))) {
                throw new IllegalArgumentException("event " + e.id() + " is not listed by its story " + e.story());
            }
            for (String a : e.articles()) {
                if (seen.put(a, e.id()) != null) {
                    throw new IllegalArgumentException("article " + a + " is in two events");
                }
            }
        }
        if (!storyOfEvent.isEmpty()) {
            throw new IllegalArgumentException("stories list unknown events " + storyOfEvent.keySet());
        }
    }

    /** The event that holds article {@code articleId}, if the article was clustered. */
    public Optional<Event> eventOf(String articleId) {
        for (Event e : events) {
            if (e.articles().contains(articleId)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The storyline that holds article {@code articleId}, if the article was clustered. */
    public Optional<Story> storyOf(String articleId) {
        return eventOf(articleId).flatMap(e -> findStory(e.story()));
    }

    /** The storyline with id {@code storyId}. */
    public Optional<Story> findStory(String storyId) {
        for (Story s : stories) {
            if (s.id().equals(storyId)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Article id to event id, for every article; a new map, sorted by article id. */
    public Map<String, String> eventByArticle() {
        Map<String, String> out = new java.util.TreeMap<>();
        for (Event e : events) {
            for (String a : e.articles()) {
                out.put(a, e.id());
            }
        }
        return out;
    }

    /** Article id to story id, for every article; a new map, sorted by article id. */
    public Map<String, String> storyByArticle() {
        Map<String, String> out = new java.util.TreeMap<>();
        for (Event e : events) {
            for (String a : e.articles()) {
                out.put(a, e.story());
            }
        }
        return out;
    }
}
