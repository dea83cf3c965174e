package org.stemma.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.stemma.align.AnchoredAligner;
import org.stemma.align.Aligner;
import org.stemma.align.Witness;
import org.stemma.changes.ChangeClassifier;
import org.stemma.changes.Changes;
import org.stemma.changes.RuleChangeClassifier;
import org.stemma.cluster.Clusters;
import org.stemma.fingerprint.WordTokenizer;
import org.stemma.model.Article;
import org.stemma.model.Change;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCell;
import org.stemma.model.Clutter;
import org.stemma.model.Edge;
import org.stemma.model.Edit;
import org.stemma.model.EditOp;
import org.stemma.model.Event;
import org.stemma.model.LostSource;
import org.stemma.model.Passage;
import org.stemma.model.Quote;
import org.stemma.model.QuoteDrift;
import org.stemma.model.QuoteGroup;
import org.stemma.model.Span;
import org.stemma.model.Story;
import org.stemma.quotes.AlignedQuoteGrouper;
import org.stemma.quotes.ClaimMatrixBuilder;
import org.stemma.quotes.QuoteExtractor;
import org.stemma.quotes.QuoteGrouper;
import org.stemma.quotes.RuleQuoteExtractor;
import org.stemma.quotes.SentenceClaimMatrixBuilder;
import org.stemma.report.FamilySvg;
import org.stemma.store.BatchInfo;
import org.stemma.store.Snapshot;
import org.stemma.store.Store;
import org.stemma.store.StoredArticle;

/**
 * The two JSON views the web UI reads, computed on demand from one {@link Snapshot} with the pipeline's own
 * stage classes and default configs, so they say what {@code stemma analyze} would.
 *
 * <ul>
 *   <li>{@code GET /api/storylines/{id}}: the storyline's articles (with their event), events, provenance
 *   families (edges with confidence and evidence, lost sources with witnesses, credited outlet and
 *   reconstructed text, and the tree drawn by {@link FamilySvg}, every label escaped).</li>
 *   <li>{@code GET /api/storylines/{id}/quotes}: its quotation groups and claim matrix, extracted now from
 *   the stored articles ({@link RuleQuoteExtractor}, {@link AlignedQuoteGrouper} over the stored passages,
 *   {@link SentenceClaimMatrixBuilder}); left out above {@link ViewConfig#maxQuoteArticles()} articles. Apart
 *   from the storyline because it costs seconds on a large one; answers are cached per commit.</li>
 *   <li>{@code GET /api/articles/{id}/compare?with=OTHER}: the two texts side by side, the aligned passages
 *   with offsets in both, and the typed changes ({@link RuleChangeClassifier}), read from source to copy
 *   (provenance's direction when an edge joins the two, else from {@code OTHER} to {@code id}). OTHER defaults
 *   to the article's most confident provenance parent; when that parent is a lost source, to its first other
 *   witness (a real text rather than a reconstruction); {@code with=lost:...} compares with the reconstructed
 *   text itself. Two copies of one lost source with no edge between them are read both ways with
 *   {@link Changes#findAll} (as the analysis does) and each change names the copy that made it ({@code by}).</li>
 * </ul>
 * Errors are {@code {"error": message}}: 404 for unknown ids, 400 for bad parameters. Deterministic: every
 * list is sorted, nothing depends on map order.
 */
public final class ViewRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Aligner ALIGNER = new AnchoredAligner();
    private static final ChangeClassifier CLASSIFIER = new RuleChangeClassifier();
    private static final QuoteExtractor QUOTES = new RuleQuoteExtractor();
    private static final QuoteGrouper GROUPER = new AlignedQuoteGrouper();
    private static final ClaimMatrixBuilder CLAIMS = new SentenceClaimMatrixBuilder();
    /** The order of edges in a family: by target, then source, as the store and the report list them. */
    private static final Comparator<Edge> EDGE_ORDER = Comparator.comparing(Edge::target).thenComparing(Edge::source);

    private final Store store;
    private final ViewConfig config;
    /** Quotation answers by (last batch, storyline), least recently used dropped first. */
    private final Map<String, String> quoteCache;

    private ViewRoutes(Store store, ViewConfig config) {
        this.store = store;
        this.config = config;
        this.quoteCache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > config.quoteCacheEntries();
            }
        });
    }

    /** Adds the two routes to a server being configured; {@code store} stays owned by the caller. */
    public static void register(JavalinConfig c, Store store, ViewConfig config) {
        if (store == null || config == null) {
            throw new IllegalArgumentException("store and config must not be null");
        }
        ViewRoutes routes = new ViewRoutes(store, config);
        c.routes.get("/api/storylines/{id}", routes::storyline);
        c.routes.get("/api/storylines/{id}/quotes", routes::storylineQuotes);
        c.routes.get("/api/articles/{id}/compare", routes::compare);
        c.routes.exception(ViewError.class, (e, ctx) -> ctx.status(e.status).contentType("application/json")
                .result(JSON.createObjectNode().put("error", e.getMessage()).toString()));
    }

    /** A request the client got wrong, with its status. */
    private static final class ViewError extends RuntimeException {
        private final int status;

        ViewError(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    void storyline(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        try (Snapshot s = store.snapshot()) {
            Clusters clusters = s.clusters();
            Story story = clusters.findStory(id).orElseThrow(() -> new ViewError(404, "no storyline " + id));
            Map<String, Event> events = new HashMap<>();
            clusters.events().forEach(e -> events.put(e.id(), e));
            Map<String, String> eventOf = new TreeMap<>();
            for (String e : story.events()) {
                events.get(e).articles().forEach(a -> eventOf.put(a, e));
            }
            Map<String, StoredArticle> members = read(s, eventOf.keySet());
            ObjectNode out = JSON.createObjectNode().put("id", story.id()).put("size", members.size());
            ArrayNode articles = out.putArray("articles");
            for (StoredArticle a : members.values()) {
                summary(articles.addObject(), a).put("event", eventOf.get(a.id()));
            }
            ArrayNode ev = out.putArray("events");
            for (String e : story.events()) {
                ArrayNode ids = ev.addObject().put("id", e).putArray("articles");
                events.get(e).articles().forEach(ids::add);
            }
            families(s, out.putArray("families"), members);
            json(ctx, out);
        }
    }

    void storylineQuotes(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        try (Snapshot s = store.snapshot()) {
            List<BatchInfo> batches = s.batches();
            // A storyline's quotations change only when a batch commits: key the cache by the last one.
            String key = (batches.isEmpty() ? 0 : batches.get(batches.size() - 1).seq()) + "\u0000" + id;
            String cached = quoteCache.get(key);
            if (cached == null) {
                Clusters clusters = s.clusters();
                Story story = clusters.findStory(id).orElseThrow(() -> new ViewError(404, "no storyline " + id));
                List<Event> events = new ArrayList<>();
                TreeSet<String> ids = new TreeSet<>();
                for (String e : story.events()) {
                    Event event = clusters.events().stream().filter(x -> x.id().equals(e)).findFirst().orElseThrow();
                    events.add(event);
                    ids.addAll(event.articles());
                }
                ObjectNode out = JSON.createObjectNode().put("storyline", id);
                quotes(s, out, story, read(s, ids), events);
                cached = out.toString();
                quoteCache.put(key, cached);
            }
            ctx.contentType("application/json").result(cached);
        }
    }

    /** The provenance families touching the storyline: connected groups of its edges and lost sources. */
    private void families(Snapshot s, ArrayNode out, Map<String, StoredArticle> members) throws IOException {
        List<Edge> edges = new ArrayList<>();
        for (Edge e : s.edges()) {
            if (members.containsKey(e.source()) || members.containsKey(e.target())) {
                edges.add(e);
            }
        }
        List<LostSource> lost = new ArrayList<>();
        for (LostSource l : s.lostSources()) {
            if (l.witnesses().stream().anyMatch(members::containsKey)) {
                lost.add(l);
            }
        }
        Map<String, String> parent = new HashMap<>();
        edges.forEach(e -> union(parent, e.source(), e.target()));
        lost.forEach(l -> l.witnesses().forEach(w -> union(parent, l.id(), w)));
        // A family is named by the smallest id among its members, which is stable across requests.
        Map<String, TreeSet<String>> nodesOf = new TreeMap<>();
        for (String n : new TreeSet<>(parent.keySet())) {
            nodesOf.computeIfAbsent(find(parent, n), k -> new TreeSet<>()).add(n);
        }
        Set<String> outside = new TreeSet<>(parent.keySet());
        outside.removeAll(members.keySet());
        outside.removeIf(n -> n.startsWith(LostSource.PREFIX));
        Map<String, StoredArticle> known = new TreeMap<>(members);
        known.putAll(read(s, outside));
        Map<String, List<Edge>> edgesOf = new HashMap<>();
        edges.forEach(e -> edgesOf.computeIfAbsent(find(parent, e.source()), k -> new ArrayList<>()).add(e));
        Map<String, List<LostSource>> lostOf = new HashMap<>();
        lost.forEach(l -> lostOf.computeIfAbsent(find(parent, l.id()), k -> new ArrayList<>()).add(l));
        List<TreeSet<String>> families = new ArrayList<>(nodesOf.values());
        families.sort(Comparator.comparing(TreeSet::first));
        for (TreeSet<String> nodes : families) {
            String root = find(parent, nodes.first());
            List<Edge> fe = new ArrayList<>(edgesOf.getOrDefault(root, List.of()));
            fe.sort(EDGE_ORDER);
            List<LostSource> fl = new ArrayList<>(lostOf.getOrDefault(root, List.of()));
            fl.sort(Comparator.comparing(LostSource::id));
            ObjectNode f = out.addObject().put("id", nodes.first());
            ArrayNode nn = f.putArray("nodes");
            for (String n : nodes) {
                ObjectNode node = nn.addObject().put("id", n).put("lost", n.startsWith(LostSource.PREFIX))
                        .put("in_storyline", members.containsKey(n));
                Optional.ofNullable(known.get(n)).ifPresent(a -> node.put("outlet", a.outlet().orElse(null))
                        .put("title", a.article().title().orElse(null)));
            }
            ArrayNode en = f.putArray("edges");
            for (Edge e : fe) {
                ArrayNode evidence = en.addObject().put("source", e.source()).put("target", e.target())
                        .put("confidence", e.confidence()).putArray("evidence");
                e.evidence().forEach(evidence::add);
            }
            ArrayNode ln = f.putArray("lost_sources");
            for (LostSource l : fl) {
                ObjectNode o = ln.addObject().put("id", l.id()).put("credited", l.credited().orElse(null))
                        .put("text", l.text());
                l.witnesses().forEach(o.putArray("witnesses")::add);
            }
            f.put("svg", FamilySvg.draw(fe, fl, n -> Optional.ofNullable(known.get(n))
                    .flatMap(StoredArticle::outlet).orElse("")));
        }
    }

    /** Quotation groups and the claim matrix of the storyline, extracted now from its stored articles. */
    private void quotes(Snapshot s, ObjectNode out, Story story, Map<String, StoredArticle> members,
                        List<Event> events) throws IOException {
        if (members.size() > config.maxQuoteArticles()) {
            out.put("computed", false).put("reason", "storyline of " + members.size()
                    + " articles, more than " + config.maxQuoteArticles() + ": quotations are not extracted here");
            return;
        }
        out.put("computed", true);
        List<Article> articles = members.values().stream().map(StoredArticle::article).toList();
        Map<String, String> texts = new HashMap<>();
        articles.forEach(a -> texts.put(a.id(), a.text()));
        List<Quote> found = new ArrayList<>();
        articles.forEach(a -> found.addAll(QUOTES.extract(a)));
        // only the storyline's own passages: reading every stored passage made the page cost grow with the store
        List<Passage> passages = s.passagesAmong(members.keySet());
        ArrayNode groups = out.putArray("groups");
        for (QuoteGroup g : GROUPER.group(articles, found, passages)) {
            ObjectNode o = groups.addObject().put("id", g.id()).put("speaker", g.speaker().orElse(null))
                    .put("earliest", g.earliest());
            g.outlets().forEach(o.putArray("outlets")::add);
            ArrayNode drift = o.putArray("drift");
            g.drift().stream().map(QuoteDrift::label).forEach(drift::add);
            g.changes().forEach(o.putArray("changes")::add);
            ArrayNode m = o.putArray("members");
            for (Quote q : g.members()) {
                m.addObject().put("article", q.articleId()).put("kind", q.kind().label())
                        .put("start", q.span().start()).put("end", q.span().end())
                        .put("speaker", q.speakerName().orElse(null)).put("text", q.span().of(texts.get(q.articleId())));
            }
        }
        ArrayNode claims = out.putArray("claims");
        for (Claim c : CLAIMS.build(articles, events, List.of(story))) {
            ObjectNode o = claims.addObject().put("id", c.id()).put("reference", c.reference());
            ArrayNode cells = o.putArray("cells");
            for (ClaimCell cell : c.cells()) {
                // Most cells of a large storyline are absent: they carry only the article and the state.
                ObjectNode co = cells.addObject().put("article", cell.articleId()).put("state", cell.state().label());
                cell.sentence().ifPresent(sp -> co.put("text", sp.of(texts.get(cell.articleId()))));
                if (!cell.changes().isEmpty()) {
                    cell.changes().forEach(co.putArray("changes")::add);
                }
            }
        }
    }

    void compare(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        String with = ctx.queryParam("with");
        if (with != null && with.isBlank()) {
            throw new ViewError(400, "with is blank: give an article or lost source id, or leave it out");
        }
        try (Snapshot s = store.snapshot()) {
            StoredArticle self = s.findArticle(id).orElseThrow(() -> new ViewError(404, "no article " + id));
            List<Edge> edges = s.edges();
            List<LostSource> lost = s.lostSources();
            ObjectNode out = JSON.createObjectNode().put("article", id);
            ArrayNode partners = out.putArray("partners");
            Map<String, String> relations = partners(id, edges, lost);
            relations.forEach((p, relation) -> partners.addObject().put("id", p).put("relation", relation));
            String other = with != null ? with : defaultPartner(id, edges, lost).orElse(null);
            if (other == null) {
                out.putNull("source");
                out.putNull("target");
                out.put("note", "no provenance source is known for " + id + "; give ?with=ID to compare");
                json(ctx, out);
                return;
            }
            if (other.equals(id)) {
                throw new ViewError(400, "an article compared with itself: with=" + other);
            }
            WordTokenizer tokenizer = new WordTokenizer();
            Side mine = Side.of(self.article(), tokenizer);
            Side theirs = other.startsWith(LostSource.PREFIX)
                    ? Side.of(lost.stream().filter(l -> l.id().equals(other)).findFirst()
                            .orElseThrow(() -> new ViewError(404, "no lost source " + other)))
                    : Side.of(s.findArticle(other).orElseThrow(() -> new ViewError(404, "no article " + other))
                            .article(), tokenizer);
            for (Side side : List.of(mine, theirs)) {
                if (side.witness.text().length() > config.maxCompareChars()) {
                    throw new ViewError(400, side.witness.id() + " has " + side.witness.text().length()
                            + " chars, more than " + config.maxCompareChars() + " to compare");
                }
            }
            boolean selfIsSource = edges.stream().anyMatch(e -> e.source().equals(id) && e.target().equals(other));
            Side source = selfIsSource ? mine : theirs;
            Side target = selfIsSource ? theirs : mine;
            boolean sourceIsA = source.witness.id().compareTo(target.witness.id()) < 0;
            List<Passage> passages = sourceIsA ? ALIGNER.align(source.witness, target.witness)
                    : ALIGNER.align(target.witness, source.witness);
            side(out.putObject("source"), source);
            side(out.putObject("target"), target);
            ArrayNode ps = out.putArray("passages");
            for (Passage p : passages) {
                ObjectNode o = ps.addObject();
                span(o, "source", sourceIsA ? p.inA() : p.inB());
                span(o, "target", sourceIsA ? p.inB() : p.inA());
                o.put("score", p.score());
                ArrayNode edits = o.putArray("edits");
                for (Edit e : p.edits()) {
                    ObjectNode eo = edits.addObject().put("op", (sourceIsA ? e.op() : e.op().reversed()).label());
                    span(eo, "source", sourceIsA ? e.a() : e.b());
                    span(eo, "target", sourceIsA ? e.b() : e.a());
                }
            }
            // Changes.findAll reads the pair as the analysis does: along an edge between the two, or, for two
            // copies of one lost source, both ways with each difference given to the copy that likely made it.
            String sid = source.witness.id();
            String tid = target.witness.id();
            List<Edge> pairEdges = edges.stream().filter(e -> (e.source().equals(sid) || e.source().equals(tid)
                            || e.source().startsWith(LostSource.PREFIX))
                    && (e.target().equals(sid) || e.target().equals(tid))).sorted(EDGE_ORDER).toList();
            boolean direct = pairEdges.stream().anyMatch(e -> !e.source().startsWith(LostSource.PREFIX));
            boolean siblings = !direct && !source.lost && !target.lost && pairEdges.stream()
                    .filter(e -> e.target().equals(sid)).anyMatch(e -> pairEdges.stream()
                            .anyMatch(f -> f.target().equals(tid) && f.source().equals(e.source())));
            out.put("siblings", siblings);
            Map<String, Witness> witnesses = Map.of(sid, source.witness, tid, target.witness);
            List<Change> found = siblings ? Changes.findAll(CLASSIFIER, passages, witnesses, pairEdges)
                    : CLASSIFIER.classify(source.witness, target.witness, passages);
            ArrayNode changes = out.putArray("changes");
            for (Change c : found) {
                // Spans always in the view's frame: source_* in the source text, target_* in the target's;
                // a change made by the source side (a sibling's own edit) has its spans swapped back.
                boolean bySource = c.target().equals(sid);
                ObjectNode o = changes.addObject().put("kind", c.kind().label())
                        .put("form", c.kind().form().name().toLowerCase(java.util.Locale.ROOT))
                        .put("by", c.target());
                span(o, "source", bySource ? c.inTarget() : c.inSource());
                span(o, "target", bySource ? c.inSource() : c.inTarget());
                o.put("before", c.before()).put("after", c.after()).put("meaning_changing", c.meaningChanging());
            }
            json(ctx, out);
        }
    }

    /** One side of a comparison: a stored article, or a lost source's reconstructed text. */
    private record Side(Witness witness, Optional<Article> article, boolean lost) {
        static Side of(Article a, WordTokenizer tokenizer) {
            return new Side(Witness.of(a, tokenizer), Optional.of(a), false);
        }

        static Side of(LostSource l) {
            if (l.text().isEmpty()) {
                throw new ViewError(400, "lost source " + l.id() + " has no reconstructed text to compare with");
            }
            return new Side(Witness.ofText(l.id(), l.text()), Optional.empty(), true);
        }
    }

    private static void side(ObjectNode o, Side side) {
        o.put("id", side.witness.id()).put("lost", side.lost);
        side.article.ifPresent(a -> o.put("outlet", a.raw().outlet().orElse(null)).put("title", a.title().orElse(null))
                .put("date", a.date().iso().orElse(null)).put("url", a.raw().url().orElse(null)));
        o.put("text", side.witness.text());
        ArrayNode clutter = o.putArray("clutter");
        for (Clutter c : side.article.map(Article::clutter).orElse(List.of())) {
            clutter.addObject().put("kind", c.kind().label()).put("start", c.span().start()).put("end", c.span().end());
        }
    }

    /** The articles and lost sources this one can sensibly be compared with, and how each is related to it. */
    private static Map<String, String> partners(String id, List<Edge> edges, List<LostSource> lost) {
        Map<String, String> out = new LinkedHashMap<>();
        edges.stream().filter(e -> e.target().equals(id)).sorted(byConfidence())
                .forEach(e -> out.putIfAbsent(e.source(), e.source().startsWith(LostSource.PREFIX) ? "lost source" : "source"));
        for (LostSource l : lost) {
            if (l.witnesses().contains(id)) {
                out.putIfAbsent(l.id(), "lost source");
                l.witnesses().stream().filter(w -> !w.equals(id)).forEach(w -> out.putIfAbsent(w, "sibling"));
            }
        }
        edges.stream().filter(e -> e.source().equals(id)).sorted(byConfidence())
                .forEach(e -> out.putIfAbsent(e.target(), "copy"));
        return out;
    }

    /** The most confident parent; a lost parent stands in for its first other witness. */
    private static Optional<String> defaultPartner(String id, List<Edge> edges, List<LostSource> lost) {
        Optional<String> parent = edges.stream().filter(e -> e.target().equals(id)).sorted(byConfidence())
                .map(Edge::source).findFirst();
        Optional<LostSource> lostParent = lost.stream()
                .filter(l -> parent.map(l.id()::equals).orElse(l.witnesses().contains(id))).findFirst();
        if (lostParent.isPresent()) {
            return lostParent.get().witnesses().stream().filter(w -> !w.equals(id)).findFirst();
        }
        return parent;
    }

    private static Comparator<Edge> byConfidence() {
        return Comparator.comparingDouble(Edge::confidence).reversed().thenComparing(Edge::source);
    }

    private static Map<String, StoredArticle> read(Snapshot s, Set<String> ids) throws IOException {
        Map<String, StoredArticle> out = new TreeMap<>();
        for (String id : ids) {
            s.findArticle(id).ifPresent(a -> out.put(id, a));
        }
        return out;
    }

    private static ObjectNode summary(ObjectNode o, StoredArticle a) {
        return o.put("id", a.id()).put("outlet", a.outlet().orElse(null))
                .put("title", a.article().title().orElse(null)).put("date", a.article().date().iso().orElse(null))
                .put("url", a.article().raw().url().orElse(null));
    }

    private static void span(ObjectNode o, String side, Span span) {
        o.put(side + "_start", span.start()).put(side + "_end", span.end());
    }

    private static void union(Map<String, String> parent, String x, String y) {
        String rx = find(parent, x);
        String ry = find(parent, y);
        if (!rx.equals(ry)) {
            // The smaller id becomes the root, so roots do not depend on the order of union calls.
            if (rx.compareTo(ry) < 0) {
                parent.put(ry, rx);
            } else {
                parent.put(rx, ry);
            }
        }
    }

    private static String find(Map<String, String> parent, String x) {
        parent.putIfAbsent(x, x);
        String root = x;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(x, root);
        return root;
    }

    private static void json(Context ctx, Object node) {
        ctx.contentType("application/json").result(node.toString());
    }
}
