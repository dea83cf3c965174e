package org.stemma.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.stemma.model.Analysis;
import org.stemma.model.Edge;
import org.stemma.model.Event;
import org.stemma.model.LostSource;
import org.stemma.model.Passage;
import org.stemma.model.Story;

/** Who belongs where in an analysis: each article's event and story, each lost source's witnesses. */
final class Memberships {
    static final Comparator<Passage> PASSAGE_ORDER = Comparator.comparing(Passage::a).thenComparing(Passage::b)
            .thenComparing(Passage::inA).thenComparing(Passage::inB);
    static final Comparator<Edge> EDGE_ORDER = Comparator.comparing(Edge::target).thenComparing(Edge::source);

    private final Map<String, Event> eventByArticle;
    private final Map<String, Event> eventById;
    private final Map<String, LostSource> lostById;

    private Memberships(Map<String, Event> eventByArticle, Map<String, Event> eventById,
                        Map<String, LostSource> lostById) {
        this.eventByArticle = eventByArticle;
        this.eventById = eventById;
        this.lostById = lostById;
    }

    static Memberships of(Analysis analysis) {
        Map<String, Event> byArticle = new TreeMap<>();
        Map<String, Event> byId = new TreeMap<>();
        List<Event> events = new ArrayList<>(analysis.events());
        events.sort(Comparator.comparing(Event::id));
        for (Event e : events) {
            byId.putIfAbsent(e.id(), e);
            for (String a : e.articles()) {
                // an article in two events (a clusterer's bug) is reported under the first by id
                byArticle.putIfAbsent(a, e);
            }
        }
        Map<String, LostSource> lost = new TreeMap<>();
        for (LostSource l : analysis.lostSources()) {
            lost.putIfAbsent(l.id(), l);
        }
        return new Memberships(byArticle, byId, lost);
    }

    Optional<Event> eventOf(String articleId) {
        return Optional.ofNullable(eventByArticle.get(articleId));
    }

    Optional<String> storyOf(String articleId) {
        return eventOf(articleId).map(Event::story);
    }

    boolean isLost(String id) {
        return lostById.containsKey(id);
    }

    /** The articles of a story's events, sorted, each once. */
    List<String> articlesOfStory(Story s) {
        Set<String> out = new TreeSet<>();
        for (String id : s.events()) {
            Event e = eventById.get(id);
            if (e != null) {
                out.addAll(e.articles());
            }
        }
        return List.copyOf(out);
    }

    /**
     * The story an edge belongs to: its target's (a lost source's first witness stands for it); empty when
     * the target is in no story.
     */
    Optional<String> storyOfEdge(Edge e) {
        return storyOf(articleFor(e.target()));
    }

    /** An article id, or for a lost source its first witness. */
    String articleFor(String id) {
        LostSource l = lostById.get(id);
        return l == null ? id : l.witnesses().get(0);
    }
}
