package org.stemma.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.stemma.model.Analysis;
import org.stemma.model.Article;
import org.stemma.model.Edge;
import org.stemma.model.LostSource;
import org.stemma.model.Passage;
import org.stemma.model.PublicationDate;
import org.stemma.model.Span;

/**
 * A directed graph with typed attributes, as the GraphML, GEXF and CSV writers export it: the outlet network
 * ({@link #outlets}) or the article graph ({@link #articles}). Nodes and links are sorted; node ids are
 * positional ({@code n0}, {@code n1}, ...) so no input string becomes an XML id.
 *
 * @param name      "outlets" or "articles"
 * @param nodeAttrs the nodes' attribute names and types ({@code string}, {@code int}, {@code double})
 * @param nodes     each node's label and attribute values (null when absent), in {@code nodeAttrs} order
 * @param linkAttrs the links' attribute names and types
 * @param links     each link's ends (indexes into nodes), weight and attribute values
 */
public record NetworkGraph(String name, List<Attr> nodeAttrs, List<Node> nodes, List<Attr> linkAttrs,
                           List<Link> links) {

    /** An attribute's name and type. */
    public record Attr(String name, String type) {
    }

    /** A node: its label and attribute values. */
    public record Node(String label, List<Object> values) {
    }

    /** A link from node {@code source} to node {@code target}, with a weight and attribute values. */
    public record Link(int source, int target, double weight, List<Object> values) {
    }

    /** One outlet pair of the outlet network: the target outlet republishes from the source outlet. */
    public record OutletPair(String source, String target, int count, double reusedShare,
                             Optional<Double> medianLagHours) {
    }

    private static final double HOURS_PER_SECOND = 1.0 / 3600;

    /**
     * The outlet pairs, most republished first (then by names): for every provenance edge whose two ends
     * have an outlet (an article's stated outlet, else its URL's host; a lost source's credited outlet) and
     * the outlets differ. {@code reusedShare} is the mean share of the copy's body that the passages it shares
     * with its source (or, for a lost source, with the other witnesses) cover; the median lag is over edges
     * whose two ends are dated, in hours.
     */
    public static List<OutletPair> outletPairs(Analysis analysis) {
        Map<String, Article> articles = new HashMap<>();
        analysis.articles().forEach(a -> articles.put(a.id(), a));
        Map<String, LostSource> lost = new HashMap<>();
        analysis.lostSources().forEach(l -> lost.put(l.id(), l));
        Map<String, List<Passage>> passagesOf = new HashMap<>();
        for (Passage p : analysis.passages()) {
            passagesOf.computeIfAbsent(p.a(), k -> new ArrayList<>()).add(p);
            passagesOf.computeIfAbsent(p.b(), k -> new ArrayList<>()).add(p);
        }
        Map<List<String>, List<double[]>> byPair = new TreeMap<>(NetworkGraph::compareKeys);
        for (Edge e : analysis.edges()) {
            Optional<String> from = lost.containsKey(e.source()) ? lost.get(e.source()).credited()
                    : Optional.ofNullable(articles.get(e.source())).flatMap(NetworkGraph::outlet);
            Article target = articles.get(e.target());
            Optional<String> to = Optional.ofNullable(target).flatMap(NetworkGraph::outlet);
            if (from.isEmpty() || to.isEmpty() || from.get().equals(to.get())) {
                continue;
            }
            List<String> partners = lost.containsKey(e.source()) ? lost.get(e.source()).witnesses()
                    : List.of(e.source());
            double share = reusedShare(target, partners, passagesOf.getOrDefault(target.id(), List.of()));
            double lag = Double.NaN;
            Article source = articles.get(e.source());
            if (source != null) {
                lag = lagHours(source.date(), target.date()).orElse(Double.NaN);
            }
            byPair.computeIfAbsent(List.of(from.get(), to.get()), k -> new ArrayList<>())
                    .add(new double[] {share, lag});
        }
        List<OutletPair> out = new ArrayList<>();
        byPair.forEach((k, v) -> {
            double share = v.stream().mapToDouble(x -> x[0]).average().orElse(0);
            double[] lags = v.stream().mapToDouble(x -> x[1]).filter(x -> !Double.isNaN(x)).sorted().toArray();
            Optional<Double> median = lags.length == 0 ? Optional.empty()
                    : Optional.of(lags.length % 2 == 1 ? lags[lags.length / 2]
                            : (lags[lags.length / 2 - 1] + lags[lags.length / 2]) / 2);
            out.add(new OutletPair(k.get(0), k.get(1), v.size(), share, median));
        });
        out.sort((x, y) -> x.count() != y.count() ? Integer.compare(y.count(), x.count())
                : compareKeys(List.of(x.source(), x.target()), List.of(y.source(), y.target())));
        return out;
    }

    /** The outlet network: outlets as nodes (with their article counts), outlet pairs as links. */
    public static NetworkGraph outlets(Analysis analysis) {
        Map<String, Integer> articleCount = new TreeMap<>();
        for (Article a : analysis.articles()) {
            outlet(a).ifPresent(o -> articleCount.merge(o, 1, Integer::sum));
        }
        List<OutletPair> pairs = outletPairs(analysis);
        for (OutletPair p : pairs) {
            articleCount.putIfAbsent(p.source(), 0);
            articleCount.putIfAbsent(p.target(), 0);
        }
        List<String> names = new ArrayList<>(articleCount.keySet());
        Map<String, Integer> index = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (String n : names) {
            index.put(n, nodes.size());
            nodes.add(new Node(n, List.of(articleCount.get(n))));
        }
        List<Link> links = new ArrayList<>();
        for (OutletPair p : pairs) {
            links.add(new Link(index.get(p.source()), index.get(p.target()), p.count(),
                    Arrays.asList(p.count(), p.reusedShare(), p.medianLagHours().orElse(null))));
        }
        return new NetworkGraph("outlets", List.of(new Attr("articles", "int")), nodes,
                List.of(new Attr("count", "int"), new Attr("reused_share", "double"),
                        new Attr("median_lag_hours", "double")), links);
    }

    /** The article graph: articles and lost sources as nodes, provenance edges as links weighted by confidence. */
    public static NetworkGraph articles(Analysis analysis) {
        Map<String, Node> byId = new TreeMap<>();
        for (Article a : analysis.articles()) {
            byId.put(a.id(), new Node(a.id(), Arrays.asList(outlet(a).orElse(null), a.date().iso().orElse(null),
                    a.date().basis().label(), false)));
        }
        for (LostSource l : analysis.lostSources()) {
            byId.put(l.id(), new Node(l.id(), Arrays.asList(l.credited().orElse(null), null, "unknown", true)));
        }
        List<String> ids = new ArrayList<>(byId.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        List<Link> links = new ArrayList<>();
        for (Edge e : analysis.edges()) {
            if (index.containsKey(e.source()) && index.containsKey(e.target())) {
                links.add(new Link(index.get(e.source()), index.get(e.target()), e.confidence(),
                        List.of(e.confidence())));
            }
        }
        links.sort((x, y) -> x.source() != y.source() ? Integer.compare(x.source(), y.source())
                : Integer.compare(x.target(), y.target()));
        return new NetworkGraph("articles",
                List.of(new Attr("outlet", "string"), new Attr("date", "string"), new Attr("date_basis", "string"),
                        new Attr("lost", "boolean")),
                ids.stream().map(byId::get).toList(), List.of(new Attr("confidence", "double")), links);
    }

    /** An article's outlet: the stated one, else its URL's host without "www."; empty when neither is known. */
    static Optional<String> outlet(Article a) {
        Optional<String> stated = a.raw().outlet().map(String::strip).filter(s -> !s.isEmpty());
        if (stated.isPresent()) {
            return stated;
        }
        return a.raw().url().flatMap(u -> {
            try {
                String host = java.net.URI.create(u.strip()).getHost();
                return Optional.ofNullable(host).map(h -> h.startsWith("www.") ? h.substring(4) : h);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    private static double reusedShare(Article target, List<String> partners, List<Passage> passages) {
        List<Span> covered = new ArrayList<>();
        for (Passage p : passages) {
            if (p.a().equals(target.id()) && partners.contains(p.b())) {
                covered.add(p.inA());
            } else if (p.b().equals(target.id()) && partners.contains(p.a())) {
                covered.add(p.inB());
            }
        }
        covered.sort(null);
        int inBody = 0;
        int end = 0;
        for (Span c : covered) {
            Span s = Span.of(Math.max(c.start(), end), Math.max(c.end(), end));
            for (Span b : target.body()) {
                inBody += s.overlap(b);
            }
            end = Math.max(end, c.end());
        }
        int body = target.bodyLength();
        return body == 0 ? 0 : Math.min(1.0, (double) inBody / body);
    }

    private static Optional<Double> lagHours(PublicationDate source, PublicationDate target) {
        if (source.date().isEmpty() || target.date().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(source.dateTime().get(), target.dateTime().get()).getSeconds()
                * HOURS_PER_SECOND);
    }

    /** A value as text: doubles rounded half-up to {@code decimals} without trailing zeros; null as "". */
    static String text(Object v, int decimals) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return java.math.BigDecimal.valueOf(d).setScale(decimals, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }

    /** Text made safe for XML content and attributes: escaped, and characters XML 1.0 forbids dropped. */
    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    if (allowed && !(c >= 0xD800 && c <= 0xDFFF)) {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }

    private static int compareKeys(List<String> x, List<String> y) {
        int c = x.get(0).compareTo(y.get(0));
        return c != 0 ? c : x.get(1).compareTo(y.get(1));
    }

    /** Writes one graph to a stream; the network writers' per-format part. */
    @FunctionalInterface
    interface GraphWriter {
        void write(NetworkGraph graph, Writer out) throws IOException;
    }

    /**
     * Writes the outlet network and the article graph of {@code analysis} as {@code outlets<extension>} and
     * {@code articles<extension>} in {@code dir} (created if needed), UTF-8, each through {@code format}.
     */
    static void writeEach(Analysis analysis, Path dir, String extension, GraphWriter format) throws IOException {
        Files.createDirectories(dir);
        for (NetworkGraph g : List.of(outlets(analysis), articles(analysis))) {
            try (Writer w = Files.newBufferedWriter(dir.resolve(g.name() + extension), StandardCharsets.UTF_8)) {
                format.write(g, w);
            }
        }
    }
}
