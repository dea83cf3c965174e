package org.stemma.store;

import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stemma.align.AnchoredAligner;
import org.stemma.align.Aligner;
import org.stemma.align.Witness;
import org.stemma.cluster.Clusters;
import org.stemma.fingerprint.Fingerprints;
import org.stemma.fingerprint.TokenSequence;
import org.stemma.fingerprint.WinnowingFingerprinter;
import org.stemma.fingerprint.WordTokenizer;
import org.stemma.model.Edge;
import org.stemma.model.Edit;
import org.stemma.model.Event;
import org.stemma.model.EditOp;
import org.stemma.model.LostSource;
import org.stemma.model.Passage;
import org.stemma.model.Span;

/**
 * A consistent, read-only view of a {@link Store} as of one commit: batches committed after it was taken are
 * not seen, and a batch is never seen in part. Hold it briefly: a long-lived snapshot keeps the store's log
 * from being folded back into the database. Not thread-safe; open one per thread.
 */
public final class Snapshot implements Closeable {
    /** The passage's id as a witness: sorts before any article id and cannot be one (ids are never blank). */
    private static final String PASSAGE_ID = "";
    private static final Aligner ALIGNER = new AnchoredAligner();
    private final Connection c;
    private final WordTokenizer tokenizer = new WordTokenizer();

    Snapshot(Connection c) {
        this.c = c;
    }

    /** The committed batches, in commit order. */
    public List<BatchInfo> batches() throws IOException {
        List<BatchInfo> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT seq, label, articles, passages FROM batch ORDER BY seq");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new BatchInfo(r.getLong(1), r.getString(2), r.getInt(3), r.getInt(4)));
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return out;
    }

    /** How many articles are stored. */
    public int articleCount() throws IOException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM article")) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Every stored article, sorted by id. */
    public List<StoredArticle> articles() throws IOException {
        try {
            return List.copyOf(Rows.allArticles(c).values());
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** A page of article summaries, sorted by id. */
    public ResultPage<ArticleSummary> articles(int offset, int limit) throws IOException {
        checkPage(offset, limit);
        try {
            return Lists.articles(c, offset, limit);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * A page of the articles matching {@code query} (full text over title and text, outlet, date range): with
     * words, best match first (bm25), ties by id; without, by id.
     *
     * @throws IllegalArgumentException when the query's words hold no letter or digit
     */
    public ResultPage<ArticleSummary> search(SearchQuery query, int offset, int limit) throws IOException {
        checkPage(offset, limit);
        try {
            return Lists.search(c, query, offset, limit);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The stored articles with these ids, sorted by id; unknown ids are left out. */
    public List<StoredArticle> articles(Collection<String> ids) throws IOException {
        try {
            List<StoredArticle> out = new ArrayList<>(Rows.articles(c, ids).values());
            out.sort(Comparator.comparing(StoredArticle::id));
            return out;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The summaries of the articles with these ids, sorted by id, read without decoding texts; unknown ids are left out. */
    public List<ArticleSummary> summaries(Collection<String> ids) throws IOException {
        try {
            return Lists.summaries(c, ids);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** A page of events, by id, each with its articles. */
    public ResultPage<Event> events(int offset, int limit) throws IOException {
        checkPage(offset, limit);
        try {
            return Lists.events(c, offset, limit);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The event with this id. */
    public Optional<Event> findEvent(String id) throws IOException {
        try {
            return Lists.event(c, id);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** A page of storylines, by id, each with its events, outlets and time span. */
    public ResultPage<Storyline> storylines(int offset, int limit) throws IOException {
        checkPage(offset, limit);
        try {
            return Lists.storylines(c, offset, limit);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The storyline with this id. */
    public Optional<Storyline> findStoryline(String id) throws IOException {
        try {
            return Lists.storyline(c, id);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** A page of provenance families, by key. */
    public ResultPage<FamilySummary> families(int offset, int limit) throws IOException {
        checkPage(offset, limit);
        try {
            return Lists.families(c, offset, limit);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The provenance family with this key (its smallest article id). */
    public Optional<Family> findFamily(String id) throws IOException {
        try {
            return Lists.family(c, id);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The passages both of whose articles are among {@code ids}, sorted by (a, b, inA, inB). */
    public List<Passage> passagesAmong(Collection<String> ids) throws IOException {
        try {
            return Lists.passagesAmong(c, ids);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static void checkPage(int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
    }

    /** The stored article with this id. */
    public Optional<StoredArticle> findArticle(String id) throws IOException {
        try {
            return Optional.ofNullable(Rows.articles(c, List.of(id)).get(id));
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Every stored passage, sorted by (a, b, inA, inB). */
    public List<Passage> passages() throws IOException {
        try {
            return Rows.passages(c);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The events and storylines over every stored article. */
    public Clusters clusters() throws IOException {
        try {
            return Rows.clusters(c);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Every provenance edge, sorted by (target, source). */
    public List<Edge> edges() throws IOException {
        try {
            return Rows.edges(c);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Every lost source, sorted by id. */
    public List<LostSource> lostSources() throws IOException {
        try {
            return Rows.lostSources(c);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * Every stored article that carries {@code passage} or a close variant, earliest first (articles without a
     * date last, ties by id): candidates come from the anchor index, each is aligned word by word with the
     * passage, and the aligned span covering most of the passage is kept if it covers at least
     * {@link TraceConfig#minCoverage()} of it. A passage too short to fingerprint (fewer words than a
     * fingerprint's k-gram) or to align (fewer than the aligner's minimum passage) finds nothing.
     */
    public List<TraceHit> trace(String passage, TraceConfig config) throws IOException {
        if (passage == null || config == null) {
            throw new IllegalArgumentException("passage and config must not be null");
        }
        TokenSequence tokens = tokenizer.tokenize(passage);
        if (tokens.isEmpty()) {
            return List.of();
        }
        Fingerprints prints = new WinnowingFingerprinter().fingerprint(PASSAGE_ID, tokens);
        Set<Long> hashes = new HashSet<>();
        for (int i = 0; i < prints.size(); i++) {
            hashes.add(prints.hash(i));
        }
        try {
            Map<String, Integer> shared = new HashMap<>();
            Ingester.postings(c, hashes).values().forEach(holders -> holders.forEach(h -> shared.merge(h, 1, Integer::sum)));
            int needed = Math.min(config.minSharedAnchors(), hashes.size());
            List<String> candidates = shared.entrySet().stream().filter(e -> e.getValue() >= needed)
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(config.maxCandidates()).map(Map.Entry::getKey).toList();
            Witness query = new Witness(PASSAGE_ID, passage, tokens);
            List<TraceHit> hits = new ArrayList<>();
            for (StoredArticle s : Rows.articles(c, candidates).values()) {
                bestHit(query, s, config).ifPresent(hits::add);
            }
            hits.sort(Comparator.comparing((TraceHit h) -> h.date().isEmpty()).thenComparing(h -> h.date().orElse(""))
                    .thenComparing(TraceHit::articleId));
            return hits;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private Optional<TraceHit> bestHit(Witness query, StoredArticle stored, TraceConfig config) {
        Witness article = Witness.of(stored.article(), tokenizer);
        Optional<TraceHit> best = Optional.empty();
        for (Passage p : ALIGNER.align(query, article)) {
            // The passage's witness id sorts first, so it is always side a.
            int covered = query.tokens().indexAtOrAfter(p.inA().end()) - query.tokens().indexAtOrAfter(p.inA().start());
            double coverage = (double) covered / query.tokens().size();
            if (coverage >= config.minCoverage() && (best.isEmpty() || coverage > best.get().coverage())) {
                List<TraceHit.Difference> differences = new ArrayList<>();
                for (Edit e : p.edits()) {
                    if (e.op() != EditOp.EQUAL) {
                        differences.add(new TraceHit.Difference(e.op(), e.a().of(query.text()).strip(),
                                e.b().of(article.text()).strip()));
                    }
                }
                Span span = p.inB();
                best = Optional.of(new TraceHit(stored.id(), stored.outlet(), stored.article().date().iso(), span,
                        span.of(article.text()), coverage, p.score(), differences));
            }
        }
        return best;
    }

    @Override
    public void close() throws IOException {
        try {
            c.rollback();
            c.close();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static IOException failed(SQLException e) {
        return new IOException("cannot read store: " + e.getMessage(), e);
    }
}
