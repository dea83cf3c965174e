package org.stemma.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stemma.model.Edge;
import org.stemma.model.Event;
import org.stemma.model.LostSource;
import org.stemma.model.Passage;
import org.stemma.model.Span;

/**
 * The paged lists of a snapshot, each one SQL query with LIMIT/OFFSET over indexed columns, so a page costs
 * about the same at any store size and no article text is decoded.
 */
final class Lists {
    /** A word of a search: what FTS5's unicode61 tokenizer keeps as one token. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String SUMMARY_COLUMNS = "a.id, a.outlet, a.title, a.date, a.seq";

    private Lists() {
    }

    static ResultPage<ArticleSummary> articles(Connection c, int offset, int limit) throws SQLException {
        return new ResultPage<>(count(c, "SELECT count(*) FROM article", List.of()),
                summaries(c, "SELECT " + SUMMARY_COLUMNS + " FROM article a ORDER BY a.id LIMIT ? OFFSET ?",
                        List.of(limit, offset)));
    }

    /** The summaries of the articles with these ids, sorted by id; unknown ids are left out. */
    static List<ArticleSummary> summaries(Connection c, Collection<String> ids) throws SQLException {
        List<String> list = new ArrayList<>(new TreeSet<>(ids));
        List<ArticleSummary> out = new ArrayList<>();
        for (int from = 0; from < list.size(); from += Rows.IN_CHUNK) {
            List<String> chunk = list.subList(from, Math.min(list.size(), from + Rows.IN_CHUNK));
            out.addAll(summaries(c, "SELECT " + SUMMARY_COLUMNS + " FROM article a WHERE a.id IN ("
                    + Rows.placeholders(chunk.size()) + ") ORDER BY a.id", new ArrayList<>(chunk)));
        }
        return out;
    }

    /**
     * Articles matching {@code q}: with words, best match first (FTS5's bm25 rank), ties by id; without, by id.
     * Each word is quoted before it reaches FTS5, so no input is read as query syntax.
     */
    static ResultPage<ArticleSummary> search(Connection c, SearchQuery q, int offset, int limit) throws SQLException {
        List<Object> args = new ArrayList<>();
        StringBuilder from = new StringBuilder(" FROM article a");
        List<String> where = new ArrayList<>();
        boolean ranked = false;
        if (q.words().isPresent()) {
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(q.words().get());
            while (m.find()) {
                words.add('"' + m.group().toLowerCase(Locale.ROOT) + '"');
            }
            if (words.isEmpty()) {
                throw new IllegalArgumentException("no words to search for in '" + q.words().get() + "'");
            }
            from.append(" JOIN article_fts f ON f.id = a.id");
            where.add("article_fts MATCH ?");
            args.add(String.join(" ", words));
            ranked = true;
        }
        q.outlet().ifPresent(o -> {
            where.add("a.outlet = ? COLLATE NOCASE");
            args.add(o);
        });
        q.from().ifPresent(d -> {
            where.add("a.date >= ?");
            args.add(d.toString());
        });
        q.to().ifPresent(d -> {
            where.add("substr(a.date, 1, 10) <= ?");
            args.add(d.toString());
        });
        String body = from + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
        int total = count(c, "SELECT count(*)" + body, args);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(limit);
        pageArgs.add(offset);
        return new ResultPage<>(total, summaries(c, "SELECT " + SUMMARY_COLUMNS + body + " ORDER BY "
                + (ranked ? "f.rank, " : "") + "a.id LIMIT ? OFFSET ?", pageArgs));
    }

    static ResultPage<Event> events(Connection c, int offset, int limit) throws SQLException {
        int total = count(c, "SELECT count(DISTINCT event) FROM event", List.of());
        List<String> ids = strings(c, "SELECT DISTINCT event FROM event ORDER BY event LIMIT ? OFFSET ?",
                List.of(limit, offset));
        List<Event> out = new ArrayList<>();
        for (String id : ids) {
            out.add(event(c, id).orElseThrow());
        }
        return new ResultPage<>(total, out);
    }

    static Optional<Event> event(Connection c, String id) throws SQLException {
        String story = null;
        List<String> articles = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT article, story FROM event WHERE event = ? ORDER BY article")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    articles.add(r.getString(1));
                    story = r.getString(2);
                }
            }
        }
        return story == null ? Optional.empty() : Optional.of(new Event(id, story, articles));
    }

    static ResultPage<Storyline> storylines(Connection c, int offset, int limit) throws SQLException {
        int total = count(c, "SELECT count(DISTINCT story) FROM event", List.of());
        List<Storyline> out = new ArrayList<>();
        for (String id : strings(c, "SELECT DISTINCT story FROM event ORDER BY story LIMIT ? OFFSET ?",
                List.of(limit, offset))) {
            out.add(storyline(c, id).orElseThrow());
        }
        return new ResultPage<>(total, out);
    }

    static Optional<Storyline> storyline(Connection c, String id) throws SQLException {
        Map<String, List<String>> events = new TreeMap<>();
        TreeSet<String> outlets = new TreeSet<>();
        TreeSet<String> days = new TreeSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT e.event, e.article, a.outlet, substr(a.date, 1, 10) "
                + "FROM event e JOIN article a ON a.id = e.article WHERE e.story = ? ORDER BY e.event, e.article")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    events.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
                    Optional.ofNullable(r.getString(3)).ifPresent(outlets::add);
                    Optional.ofNullable(r.getString(4)).ifPresent(days::add);
                }
            }
        }
        if (events.isEmpty()) {
            return Optional.empty();
        }
        List<Event> list = new ArrayList<>();
        events.forEach((e, articles) -> list.add(new Event(e, id, articles)));
        return Optional.of(new Storyline(id, list, List.copyOf(outlets), Optional.ofNullable(days.isEmpty() ? null
                : days.first()), Optional.ofNullable(days.isEmpty() ? null : days.last())));
    }

    private static final String FAMILY_ROWS = "SELECT family, 1 AS edge, 0 AS lost FROM edge "
            + "UNION ALL SELECT family, 0, 1 FROM lost_source";

    static ResultPage<FamilySummary> families(Connection c, int offset, int limit) throws SQLException {
        int total = count(c, "SELECT count(DISTINCT family) FROM (" + FAMILY_ROWS + ")", List.of());
        List<FamilySummary> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT family, sum(edge), sum(lost) FROM (" + FAMILY_ROWS
                + ") GROUP BY family ORDER BY family LIMIT ? OFFSET ?")) {
            s.setInt(1, limit);
            s.setInt(2, offset);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new FamilySummary(r.getString(1), r.getInt(2), r.getInt(3)));
                }
            }
        }
        return new ResultPage<>(total, out);
    }

    static Optional<Family> family(Connection c, String id) throws SQLException {
        List<Edge> edges = new ArrayList<>();
        try (PreparedStatement s = prepare(c, "SELECT source, target, confidence, evidence FROM edge WHERE family = ? "
                + "ORDER BY target, source", List.of(id)); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                edges.add(new Edge(r.getString(1), r.getString(2), r.getDouble(3), Codec.strings(r.getString(4))));
            }
        }
        List<LostSource> lost = new ArrayList<>();
        try (PreparedStatement s = prepare(c, "SELECT id, witnesses, credited, text FROM lost_source WHERE family = ? "
                + "ORDER BY id", List.of(id)); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                lost.add(new LostSource(r.getString(1), Codec.strings(r.getString(2)),
                        Optional.ofNullable(r.getString(3)), r.getString(4)));
            }
        }
        return edges.isEmpty() && lost.isEmpty() ? Optional.empty() : Optional.of(new Family(id, edges, lost));
    }

    /** The passages both of whose articles are among {@code ids}, sorted by (a, b, inA, inB). */
    static List<Passage> passagesAmong(Connection c, Collection<String> ids) throws SQLException {
        Set<String> wanted = new HashSet<>(ids);
        List<String> list = new ArrayList<>(wanted);
        List<Passage> out = new ArrayList<>();
        for (int from = 0; from < list.size(); from += Rows.IN_CHUNK) {
            List<String> chunk = list.subList(from, Math.min(list.size(), from + Rows.IN_CHUNK));
            try (PreparedStatement s = prepare(c, "SELECT a, b, a_start, a_end, b_start, b_end, score, edits FROM passage "
                    + "WHERE a IN (" + Rows.placeholders(chunk.size()) + ")", new ArrayList<>(chunk));
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (wanted.contains(r.getString(2))) {
                        out.add(new Passage(r.getString(1), r.getString(2), new Span(r.getInt(3), r.getInt(4)),
                                new Span(r.getInt(5), r.getInt(6)), r.getDouble(7), Codec.edits(r.getString(8))));
                    }
                }
            }
        }
        out.sort(Comparator.comparing(Passage::a).thenComparing(Passage::b).thenComparing(Passage::inA)
                .thenComparing(Passage::inB));
        return out;
    }

    /** The ids of a storyline's articles, sorted; empty when the storyline is unknown. */
    static List<String> articlesOfStory(Connection c, String story) throws SQLException {
        return strings(c, "SELECT article FROM event WHERE story = ? ORDER BY article", List.of(story));
    }

    private static List<ArticleSummary> summaries(Connection c, String sql, List<Object> args) throws SQLException {
        List<ArticleSummary> out = new ArrayList<>();
        try (PreparedStatement s = prepare(c, sql, args); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new ArticleSummary(r.getString(1), Optional.ofNullable(r.getString(2)),
                        Optional.ofNullable(r.getString(3)), Optional.ofNullable(r.getString(4)), r.getLong(5)));
            }
        }
        return out;
    }

    private static int count(Connection c, String sql, List<Object> args) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, args); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    private static List<String> strings(Connection c, String sql, List<Object> args) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = prepare(c, sql, args); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            s.setObject(i + 1, args.get(i));
        }
        return s;
    }
}
