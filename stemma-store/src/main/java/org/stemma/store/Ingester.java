package org.stemma.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.stemma.align.AnchoredAligner;
import org.stemma.align.Aligner;
import org.stemma.align.Witness;
import org.stemma.candidates.CandidatePair;
import org.stemma.candidates.InvertedAnchorIndex;
import org.stemma.clean.Cleaner;
import org.stemma.clean.CleanerConfig;
import org.stemma.clean.OutletTemplates;
import org.stemma.clean.RuleCleaner;
import org.stemma.cluster.ArticleTerms;
import org.stemma.cluster.AverageLinkClusterer;
import org.stemma.cluster.ClusterInput;
import org.stemma.cluster.ClusterState;
import org.stemma.fingerprint.Fingerprinter;
import org.stemma.fingerprint.Fingerprints;
import org.stemma.fingerprint.TokenSequence;
import org.stemma.fingerprint.WinnowingFingerprinter;
import org.stemma.fingerprint.WordTokenizer;
import org.stemma.model.Article;
import org.stemma.model.Edge;
import org.stemma.model.Event;
import org.stemma.model.LostSource;
import org.stemma.model.Passage;
import org.stemma.model.Problem;
import org.stemma.model.RawArticle;
import org.stemma.model.Stage;
import org.stemma.provenance.EvidenceProvenanceBuilder;
import org.stemma.provenance.Provenance;
import org.stemma.provenance.ProvenanceBuilder;
import org.stemma.provenance.ProvenanceConfig;

/**
 * Commits one batch incrementally on the store's write connection: the same stages as
 * {@link org.stemma.pipeline.Pipeline}, but candidates come from the stored anchor table, alignment touches
 * only pairs with a new article, clustering continues the persisted {@link ClusterState}, and provenance is
 * rebuilt only for the families (connected components of the passage graph) that hold a new article.
 *
 * <p>The cluster state is kept in memory between commits once read, and dropped when a commit fails so the
 * next one reads it again from the last commit. It holds per stored article only its {@link ArticleTerms};
 * texts, tokens and passages stay in the database and are read for the articles a batch reaches, so memory
 * follows the batch plus a few kilobytes a stored article. Not thread-safe: {@link Store} serialises commits.
 */
final class Ingester {
    private final Connection c;
    private final StoreConfig config;
    private final Cleaner cleaner = new RuleCleaner(CleanerConfig.defaults());
    private final OutletTemplates templates = new OutletTemplates();
    /** A batch's tokens share one String per distinct term (the cluster state keeps its own copy of each). */
    private final WordTokenizer tokenizer = WordTokenizer.sharingTerms();
    private final Fingerprinter fingerprinter = new WinnowingFingerprinter();
    private final InvertedAnchorIndex anchors = new InvertedAnchorIndex();
    private final Aligner aligner = new AnchoredAligner();
    private final AverageLinkClusterer clusterer = new AverageLinkClusterer();
    private final ProvenanceBuilder provenance = new EvidenceProvenanceBuilder(ProvenanceConfig.defaults());
    private Optional<ClusterState> state = Optional.empty();

    Ingester(Connection c, StoreConfig config) {
        this.c = c;
        this.config = config;
    }

    CommitResult commit(List<RawArticle> batch, String label) throws SQLException {
        ForkJoinPool pool = new ForkJoinPool(config.threads());
        try {
            CommitResult result = commit(batch, label, pool);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            state = Optional.empty();
            c.rollback();
            throw e;
        } finally {
            pool.shutdown();
        }
    }

    private CommitResult commit(List<RawArticle> batch, String label, ForkJoinPool pool) throws SQLException {
        ClusterState before = state.isPresent() ? state.get() : loadState(pool);
        List<Problem> problems = new ArrayList<>();
        List<RawArticle> fresh = freshArticles(batch, problems);

        // clean, tokenize, fingerprint
        Article[] cleaned = new Article[fresh.size()];
        RuntimeException[] failed = new RuntimeException[fresh.size()];
        run(pool, () -> IntStream.range(0, fresh.size()).parallel().forEach(i -> {
            try {
                cleaned[i] = cleaner.clean(fresh.get(i));
            } catch (RuntimeException e) {
                failed[i] = e;
            }
        }));
        for (int i = 0; i < fresh.size(); i++) {
            if (failed[i] != null) {
                problems.add(new Problem(fresh.get(i).origin(), Optional.of(fresh.get(i).id()), Stage.CLEAN,
                        "internal error, article left out: " + failed[i]));
            }
        }
        List<Article> articles = markTemplates(Arrays.stream(cleaned).filter(a -> a != null)
                .sorted(Comparator.comparing(Article::id)).toList());
        Map<String, TokenSequence> tokens = new HashMap<>();
        List<Fingerprints> prints = new ArrayList<>();
        for (Article a : articles) {
            TokenSequence t = tokenizer.tokenize(a.text(), a.body());
            tokens.put(a.id(), t);
            prints.add(fingerprinter.fingerprint(a.id(), t));
        }

        // candidates: among the batch, and against the stored anchors
        Set<CandidatePair> pairs = new TreeSet<>(anchors.findAll(prints));
        pairs.addAll(storedCandidates(prints, before.articles().size() + articles.size()));

        // align
        Map<String, Witness> witnesses = new HashMap<>();
        for (Article a : articles) {
            witnesses.put(a.id(), new Witness(a.id(), a.text(), tokens.get(a.id())));
        }
        Set<String> storedIds = new TreeSet<>();
        for (CandidatePair p : pairs) {
            for (String id : List.of(p.a(), p.b())) {
                if (!witnesses.containsKey(id)) {
                    storedIds.add(id);
                }
            }
        }
        for (StoredArticle s : Rows.articles(c, storedIds).values()) {
            witnesses.put(s.id(), Witness.of(s.article(), tokenizer));
        }
        List<CandidatePair> pairList = new ArrayList<>(pairs);
        @SuppressWarnings("unchecked")
        List<Passage>[] aligned = new List[pairList.size()];
        // an article is in many pairs: the aligner for these pairs does its own share of the work once
        Aligner pairAligner = aligner.forBatch();
        run(pool, () -> IntStream.range(0, pairList.size()).parallel().forEach(p -> {
            CandidatePair pair = pairList.get(p);
            aligned[p] = pairAligner.align(witnesses.get(pair.a()), witnesses.get(pair.b()));
        }));
        List<Passage> passages = new ArrayList<>();
        Arrays.stream(aligned).forEach(passages::addAll);

        long seq = nextSeq();
        writeArticles(articles, prints, seq);
        writePassages(passages);

        // cluster: continue the persisted state
        List<ClusterInput> inputs = new ArrayList<>();
        for (Article a : articles) {
            inputs.add(new ClusterInput(a.id(), tokens.get(a.id()), a.date().date(), a.title(), Optional.of(a.text())));
        }
        Map<String, TokenSequence> storedTokens = new HashMap<>();
        for (String id : storedIds) {
            storedTokens.put(id, witnesses.get(id).tokens());
        }
        ClusterState after = articles.isEmpty() ? before : clusterer.add(before, inputs, passages, storedTokens);
        writeEvents(before, after);

        // provenance: rebuild the families that hold a new article
        rebuildFamilies(articles);

        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO batch (seq, label, articles, passages, problems) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, seq);
            s.setString(2, label);
            s.setInt(3, articles.size());
            s.setInt(4, passages.size());
            s.setString(5, Codec.strings(problems.stream().map(p -> p.articleId().orElse("") + ": "
                    + p.message()).toList()));
            s.executeUpdate();
        }
        state = Optional.of(after);
        return new CommitResult(seq, articles.size(), passages.size(), problems);
    }

    /** The batch less repeated ids and ids already stored, each left out with a problem. */
    private List<RawArticle> freshArticles(List<RawArticle> batch, List<Problem> problems) throws SQLException {
        Set<String> seen = new HashSet<>();
        List<RawArticle> fresh = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM article WHERE id = ?")) {
            for (RawArticle r : batch) {
                s.setString(1, r.id());
                boolean stored;
                try (ResultSet rs = s.executeQuery()) {
                    stored = rs.next();
                }
                if (stored || !seen.add(r.id())) {
                    problems.add(new Problem(r.origin(), Optional.of(r.id()), Stage.INGEST,
                            (stored ? "id already stored" : "id repeated in the batch") + ", article left out"));
                } else {
                    fresh.add(r);
                }
            }
        }
        return fresh;
    }

    /**
     * Pairs of a new article with a stored one sharing at least {@code minSharedAnchors} anchors, counting only
     * anchors held by no more stored articles than the document-frequency cap of the grown corpus.
     */
    private List<CandidatePair> storedCandidates(List<Fingerprints> prints, int corpusSize) throws SQLException {
        Set<Long> hashes = new HashSet<>();
        for (Fingerprints f : prints) {
            for (int i = 0; i < f.size(); i++) {
                hashes.add(f.hash(i));
            }
        }
        Map<Long, List<String>> postings = postings(c, hashes);
        int cap = anchors.config().docFrequencyCap(corpusSize);
        List<CandidatePair> out = new ArrayList<>();
        for (Fingerprints f : prints) {
            Map<String, Integer> shared = new TreeMap<>();
            Set<Long> distinct = new HashSet<>();
            for (int i = 0; i < f.size(); i++) {
                List<String> holders = postings.get(f.hash(i));
                if (holders != null && holders.size() <= cap && distinct.add(f.hash(i))) {
                    holders.forEach(h -> shared.merge(h, 1, Integer::sum));
                }
            }
            shared.forEach((stored, n) -> {
                if (n >= anchors.config().minSharedAnchors()) {
                    String a = f.articleId();
                    out.add(a.compareTo(stored) < 0 ? new CandidatePair(a, stored, n) : new CandidatePair(stored, a, n));
                }
            });
        }
        return out;
    }

    /** The stored articles holding each of {@code hashes}; hashes held by none are absent. */
    static Map<Long, List<String>> postings(Connection c, Set<Long> hashes) throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        List<Long> list = new ArrayList<>(hashes);
        for (int from = 0; from < list.size(); from += Rows.IN_CHUNK) {
            List<Long> chunk = list.subList(from, Math.min(list.size(), from + Rows.IN_CHUNK));
            try (PreparedStatement s = c.prepareStatement("SELECT hash, article FROM anchor WHERE hash IN ("
                    + Rows.placeholders(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The cluster state of the last commit, from the stored articles and events: each article's terms derived
     * again from its text, a chunk of articles at a time (in parallel), so only a chunk of texts is in memory.
     */
    private ClusterState loadState(ForkJoinPool pool) throws SQLException {
        List<ArticleTerms> terms = new ArrayList<>();
        // a tokenizer of its own: sharing would keep every stored article's terms alive in its map
        WordTokenizer loading = new WordTokenizer();
        Rows.allArticles(c, LOAD_CHUNK, chunk -> {
            ArticleTerms[] out = new ArticleTerms[chunk.size()];
            run(pool, () -> IntStream.range(0, chunk.size()).parallel().forEach(i -> {
                Article a = chunk.get(i).article();
                out[i] = clusterer.terms(new ClusterInput(a.id(), loading.tokenize(a.text(), a.body()),
                        a.date().date(), a.title(), Optional.of(a.text())));
            }));
            terms.addAll(Arrays.asList(out));
        });
        return new ClusterState(terms, Rows.clusters(c));
    }

    private long nextSeq() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(seq), 0) FROM batch")) {
            r.next();
            return r.getLong(1) + 1;
        }
    }

    /**
     * The clean stage's corpus-level part ({@link OutletTemplates}), kept up as batches arrive: the batch's votes
     * are added to the stored ones, each outlet it voted in is judged again, and the templates as they then
     * stand are moved to clutter in the batch's articles. An article stored before its outlet's frame became a template keeps it as body
     * (its pairs are still read by provenance, which leaves such a frame out); {@code stemma analyze} on the whole
     * corpus marks it in every article. The votes and templates are part of the batch's transaction.
     */
    private List<Article> markTemplates(List<Article> articles) throws SQLException {
        List<OutletTemplates.Vote> votes = new ArrayList<>();
        Map<String, Article> batch = new HashMap<>();
        for (Article a : articles) {
            votes.addAll(templates.votes(a));
            batch.put(a.id(), a);
        }
        Schema.writeVotes(c, votes);
        Set<Long> found = new TreeSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT key FROM template")) {
            while (r.next()) {
                found.add(r.getLong(1));
            }
        }
        // Judge again each outlet the batch voted in, over all the votes stored for its candidate frames.
        Set<String> outlets = new TreeSet<>();
        votes.forEach(v -> outlets.add(v.outlet()));
        try (PreparedStatement add = c.prepareStatement("INSERT OR IGNORE INTO template (key) VALUES (?)")) {
            for (String outlet : outlets) {
                for (long key : judge(outlet, batch, found)) {
                    found.add(key);
                    add.setLong(1, key);
                    add.addBatch();
                }
            }
            add.executeBatch();
        }
        if (found.isEmpty()) {
            return articles;
        }
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            out.add(templates.apply(a, found));
        }
        return out;
    }

    /**
     * The new templates of one outlet: its candidate frames (keys with enough stored votes) that are no template
     * yet and that articles telling different stories vote for, the stored ones read back, the batch's in hand.
     */
    private List<Long> judge(String outlet, Map<String, Article> batch, Set<Long> found) throws SQLException {
        Set<Long> candidates = new TreeSet<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT key FROM template_vote WHERE outlet = ? GROUP BY key HAVING count(*) >= ?")) {
            s.setString(1, outlet);
            s.setInt(2, templates.minArticles());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    candidates.add(r.getLong(1));
                }
            }
        }
        // Only the candidates that are no template yet are judged: their voters are read back.
        Map<Long, List<String>> voters = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT article FROM template_vote WHERE outlet = ? AND key = ? ORDER BY article")) {
            for (long key : candidates) {
                if (found.contains(key)) {
                    continue;
                }
                s.setString(1, outlet);
                s.setLong(2, key);
                try (ResultSet r = s.executeQuery()) {
                    List<String> ids = new ArrayList<>();
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                    voters.put(key, ids);
                }
            }
        }
        Set<String> stored = new TreeSet<>();
        voters.values().forEach(ids -> ids.stream().filter(id -> !batch.containsKey(id)).forEach(stored::add));
        Map<String, Article> byId = new HashMap<>(batch);
        for (StoredArticle a : Rows.articles(c, stored).values()) {
            byId.put(a.id(), a.article());
        }
        Map<String, long[]> sketches = new HashMap<>();
        List<Long> out = new ArrayList<>();
        for (Map.Entry<Long, List<String>> e : voters.entrySet()) {
            Map<String, long[]> contexts = new TreeMap<>();
            for (String id : e.getValue()) {
                contexts.put(id, sketches.computeIfAbsent(id,
                        x -> OutletTemplates.context(OutletTemplates.segmentKeys(byId.get(x)), candidates)));
            }
            if (templates.isTemplate(contexts)) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    private void writeArticles(List<Article> articles, List<Fingerprints> prints, long seq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO article (id, seq, outlet, date, title, text, raw, "
                + "clean) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement h = c.prepareStatement("INSERT OR IGNORE INTO anchor (hash, article) VALUES (?, ?)")) {
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                s.setString(1, a.id());
                s.setLong(2, seq);
                s.setString(3, a.raw().outlet().orElse(null));
                s.setString(4, a.date().iso().orElse(null));
                s.setString(5, a.title().orElse(null));
                s.setString(6, a.text());
                s.setString(7, Codec.rawMetadata(a.raw()));
                s.setString(8, Codec.cleanResult(a));
                s.addBatch();
            }
            s.executeBatch();
            // In key order: the (hash, article) B-tree then takes the batch's anchors leaf by leaf instead of
            // at random, which kept SQLite re-reading pages once the table outgrew its page cache.
            long[] keys = anchorKeys(prints);
            for (long key : keys) {
                h.setLong(1, prints.get((int) key).hash((int) (key >>> 32)));
                h.setString(2, articles.get((int) key).id());
                h.addBatch();
            }
            h.executeBatch();
        }
    }

    /**
     * Every anchor of {@code prints} as {@code (position << 32) | article index}, in the anchor table's key order:
     * by hash, then article id ({@code prints} is in id order, so the index orders ties as the ids do).
     */
    static long[] anchorKeys(List<Fingerprints> prints) {
        int n = 0;
        for (Fingerprints f : prints) {
            n += f.size();
        }
        Long[] keys = new Long[n];
        int k = 0;
        for (int i = 0; i < prints.size(); i++) {
            for (int j = 0; j < prints.get(i).size(); j++) {
                keys[k++] = ((long) j << 32) | i;
            }
        }
        Arrays.sort(keys, Comparator.<Long>comparingLong(key -> prints.get((int) (long) key).hash((int) (key >>> 32)))
                .thenComparingInt(key -> (int) (long) key));
        return Arrays.stream(keys).mapToLong(Long::longValue).toArray();
    }

    private void writePassages(List<Passage> passages) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO passage (a, b, a_start, a_end, b_start, b_end, "
                + "score, edits) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Passage p : passages) {
                s.setString(1, p.a());
                s.setString(2, p.b());
                s.setInt(3, p.inA().start());
                s.setInt(4, p.inA().end());
                s.setInt(5, p.inB().start());
                s.setInt(6, p.inB().end());
                s.setDouble(7, p.score());
                s.setString(8, Codec.edits(p.edits()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Brings the event table from {@code before} to {@code after}. Articles are never removed, so every article
     * whose row changes is in an event of {@code after} that {@code before} does not hold as it is (same id,
     * storyline and articles); only those events' rows are written. Rewriting the whole table each batch made a
     * batch's cost grow with the store. (The clusterer renumbers events and storylines on every batch, by
     * their smallest article ids, so where new ids sort after stored ones most events keep their ids.)
     */
    private void writeEvents(ClusterState before, ClusterState after) throws SQLException {
        Set<Event> unchanged = new HashSet<>(before.clusters().events());
        try (PreparedStatement s = c.prepareStatement(
                "INSERT OR REPLACE INTO event (article, event, story) VALUES (?, ?, ?)")) {
            for (Event e : after.clusters().events()) {
                if (unchanged.contains(e)) {
                    continue;
                }
                for (String a : e.articles()) {
                    s.setString(1, a);
                    s.setString(2, e.id());
                    s.setString(3, e.story());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    /**
     * Rebuilds provenance for each connected component of the passage graph that holds a new article. A
     * family is keyed by its smallest article id; components only grow, so the keys of the families a
     * component absorbed are among its ids, and their rows are replaced. The components are walked in the
     * passage table (this batch's passages are written already), a ring of articles at a time, so only the
     * families the batch touches are read.
     */
    private void rebuildFamilies(List<Article> fresh) throws SQLException {
        Map<String, Article> freshById = new HashMap<>();
        fresh.forEach(a -> freshById.put(a.id(), a));
        Set<String> done = new HashSet<>();
        for (Article start : fresh) {
            if (done.contains(start.id())) {
                continue;
            }
            Set<String> family = new TreeSet<>();
            Set<Passage> familyPassages = new LinkedHashSet<>();
            List<String> ring = List.of(start.id());
            family.add(start.id());
            while (!ring.isEmpty()) {
                List<String> next = new ArrayList<>();
                for (Passage p : Rows.passagesOf(c, ring)) {
                    familyPassages.add(p);
                    for (String end : List.of(p.a(), p.b())) {
                        if (family.add(end)) {
                            next.add(end);
                        }
                    }
                }
                ring = next;
            }
            done.addAll(family);
            if (familyPassages.isEmpty()) {
                continue;
            }
            List<Article> members = new ArrayList<>();
            Set<String> stored = new TreeSet<>();
            for (String id : family) {
                if (freshById.containsKey(id)) {
                    members.add(freshById.get(id));
                } else {
                    stored.add(id);
                }
            }
            Rows.articles(c, stored).values().forEach(s -> members.add(s.article()));
            members.sort(Comparator.comparing(Article::id));
            List<Passage> sorted = new ArrayList<>(familyPassages);
            sorted.sort(Comparator.comparing(Passage::a).thenComparing(Passage::b).thenComparing(Passage::inA)
                    .thenComparing(Passage::inB));
            writeFamily(family, provenance.build(members, sorted));
        }
    }

    private void writeFamily(Set<String> family, Provenance lineage) throws SQLException {
        List<String> ids = new ArrayList<>(family);
        for (String table : List.of("edge", "lost_source")) {
            for (int from = 0; from < ids.size(); from += Rows.IN_CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + Rows.IN_CHUNK));
                try (PreparedStatement d = c.prepareStatement("DELETE FROM " + table + " WHERE family IN ("
                        + Rows.placeholders(chunk.size()) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        d.setString(i + 1, chunk.get(i));
                    }
                    d.executeUpdate();
                }
            }
        }
        String key = ids.get(0);
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO edge (family, source, target, confidence, evidence) VALUES (?, ?, ?, ?, ?)")) {
            for (Edge e : lineage.edges()) {
                s.setString(1, key);
                s.setString(2, e.source());
                s.setString(3, e.target());
                s.setDouble(4, e.confidence());
                s.setString(5, Codec.strings(e.evidence()));
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT OR REPLACE INTO lost_source (family, id, witnesses, credited, text) VALUES (?, ?, ?, ?, ?)")) {
            for (LostSource l : lineage.lostSources()) {
                s.setString(1, key);
                s.setString(2, l.id());
                s.setString(3, Codec.strings(l.witnesses()));
                s.setString(4, l.credited().orElse(null));
                s.setString(5, l.text());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Stored articles per chunk when the cluster state is read again. */
    private static final int LOAD_CHUNK = 2_000;

    private static void run(ForkJoinPool pool, Runnable work) {
        try {
            pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
