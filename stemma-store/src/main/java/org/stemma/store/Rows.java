package org.stemma.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.stemma.cluster.Clusters;
import org.stemma.model.Edge;
import org.stemma.model.Event;
import org.stemma.model.LostSource;
import org.stemma.model.Passage;
import org.stemma.model.Span;
import org.stemma.model.Story;

/** Reads the store's tables back into model records; shared by the ingester and snapshots. */
final class Rows {
    /** The columns {@link #storedArticle} reads, in its order. */
    private static final String SELECT_ARTICLES = "SELECT id, text, raw, clean, seq FROM article";

    /** Ids per {@code IN (...)} list: well under SQLite's limit on bound parameters. */
    static final int IN_CHUNK = 500;

    private Rows() {
    }

    static Map<String, StoredArticle> articles(Connection c, Collection<String> ids) throws SQLException {
        Map<String, StoredArticle> out = new LinkedHashMap<>();
        List<String> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += IN_CHUNK) {
            List<String> chunk = list.subList(from, Math.min(list.size(), from + IN_CHUNK));
            try (PreparedStatement s = c.prepareStatement(SELECT_ARTICLES + " WHERE id IN ("
                    + placeholders(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(i + 1, chunk.get(i));
                }
                readArticles(s, out);
            }
        }
        return out;
    }

    static Map<String, StoredArticle> allArticles(Connection c) throws SQLException {
        Map<String, StoredArticle> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(SELECT_ARTICLES + " ORDER BY id")) {
            readArticles(s, out);
        }
        return out;
    }

    private static void readArticles(PreparedStatement s, Map<String, StoredArticle> out) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                StoredArticle a = storedArticle(r);
                out.put(a.id(), a);
            }
        }
    }

    /** One row of {@link #SELECT_ARTICLES}. */
    private static StoredArticle storedArticle(ResultSet r) throws SQLException {
        String id = r.getString(1);
        return new StoredArticle(Codec.article(id, r.getString(2), r.getString(3), r.getString(4)), r.getLong(5));
    }

    /** Receives the stored articles a chunk at a time. */
    interface ArticleChunks {
        void accept(List<StoredArticle> chunk) throws SQLException;
    }

    /**
     * Every stored article in id order, {@code chunk} at a time, so that reading a store never holds more
     * than one chunk of texts.
     */
    static void allArticles(Connection c, int chunk, ArticleChunks to) throws SQLException {
        List<StoredArticle> buffer = new ArrayList<>(chunk);
        try (PreparedStatement s = c.prepareStatement(SELECT_ARTICLES + " ORDER BY id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                buffer.add(storedArticle(r));
                if (buffer.size() == chunk) {
                    to.accept(buffer);
                    buffer = new ArrayList<>(chunk);
                }
            }
        }
        if (!buffer.isEmpty()) {
            to.accept(buffer);
        }
    }

    /** The stored passages with an end among {@code ids}, each once, in no particular order. */
    static List<Passage> passagesOf(Connection c, Collection<String> ids) throws SQLException {
        Map<Long, Passage> out = new LinkedHashMap<>();
        List<String> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += IN_CHUNK) {
            List<String> chunk = list.subList(from, Math.min(list.size(), from + IN_CHUNK));
            for (String end : List.of("a", "b")) {
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT a, b, a_start, a_end, b_start, b_end, score, edits, rowid FROM passage WHERE " + end
                                + " IN (" + placeholders(chunk.size()) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        s.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            // a passage with both ends among the ids comes twice: once per end
                            if (!out.containsKey(r.getLong(9))) {
                                out.put(r.getLong(9), passage(r));
                            }
                        }
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static Passage passage(ResultSet r) throws SQLException {
        return new Passage(r.getString(1), r.getString(2), new Span(r.getInt(3), r.getInt(4)),
                new Span(r.getInt(5), r.getInt(6)), r.getDouble(7), Codec.edits(r.getString(8)));
    }

    static List<Passage> passages(Connection c) throws SQLException {
        List<Passage> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT a, b, a_start, a_end, b_start, b_end, score, edits FROM passage "
                        + "ORDER BY a, b, a_start, a_end, b_start, b_end");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(passage(r));
            }
        }
        return out;
    }

    static Clusters clusters(Connection c) throws SQLException {
        Map<String, List<String>> articlesOfEvent = new TreeMap<>();
        Map<String, String> storyOfEvent = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT article, event, story FROM event ORDER BY article");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                articlesOfEvent.computeIfAbsent(r.getString(2), k -> new ArrayList<>()).add(r.getString(1));
                storyOfEvent.put(r.getString(2), r.getString(3));
            }
        }
        List<Event> events = new ArrayList<>();
        Map<String, List<String>> eventsOfStory = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : articlesOfEvent.entrySet()) {
            String story = storyOfEvent.get(e.getKey());
            events.add(new Event(e.getKey(), story, e.getValue()));
            eventsOfStory.computeIfAbsent(story, k -> new ArrayList<>()).add(e.getKey());
        }
        List<Story> stories = new ArrayList<>();
        eventsOfStory.forEach((id, ev) -> stories.add(new Story(id, ev)));
        return new Clusters(events, stories);
    }

    static List<Edge> edges(Connection c) throws SQLException {
        List<Edge> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT source, target, confidence, evidence FROM edge ORDER BY target, source");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Edge(r.getString(1), r.getString(2), r.getDouble(3), Codec.strings(r.getString(4))));
            }
        }
        return out;
    }

    static List<LostSource> lostSources(Connection c) throws SQLException {
        List<LostSource> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, witnesses, credited, text FROM lost_source ORDER BY id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new LostSource(r.getString(1), Codec.strings(r.getString(2)),
                        Optional.ofNullable(r.getString(3)), r.getString(4)));
            }
        }
        return out;
    }

    static String placeholders(int n) {
        return "?,".repeat(n - 1) + "?";
    }
}
