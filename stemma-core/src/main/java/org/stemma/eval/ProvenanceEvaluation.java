package org.stemma.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.stemma.model.Edge;
import org.stemma.model.LostSource;
import org.stemma.model.PublicationDate;

/**
 * Scores a provenance graph against the true lineage of syndication families, separately for families with
 * dates and without.
 *
 * <ul>
 *   <li><b>Parent accuracy</b>: over every article the truth lists, the share whose predicted parent (the
 *       source of its most confident incoming edge, or none) is its true parent. A family's root is right
 *       with no parent; an article whose true parent is lost is right when its predicted parent is the lost
 *       source matched to that one.</li>
 *   <li><b>Lost-source precision and recall</b>: a predicted lost source matches a true one when their
 *       witness sets overlap with Jaccard at least {@link #MATCH_JACCARD}, one to one, best first.</li>
 *   <li><b>Direction accuracy</b>: over predicted edges between two articles of which the truth makes one an
 *       ancestor of the other, the share pointing from ancestor to descendant.</li>
 *   <li><b>Parent accuracy where the dates are whole</b>: parent accuracy over the dated families in which
 *       every article has a date and no copy is dated before its parent (a lost parent has no date to
 *       compare). A diagnostic beside the dated figure, not a replacement for it: it says how much of the
 *       dated families' errors come with missing or wrong dates, which a generator gives some copies on
 *       purpose. It needs the articles' dates; without them no family counts as whole.</li>
 * </ul>
 * Articles the truth does not list, and edges touching them, are ignored.
 */
public record ProvenanceEvaluation(Scores dated, Scores undated, Scores all) {

    /** Half the witnesses in common: a lost source found with one witness too many or too few still counts. */
    public static final double MATCH_JACCARD = 0.5;

    /** Counts for one group of families; ratios are NaN when their denominator is 0. */
    public record Scores(int families, int articles, int rightParents, int predictedLost, int matchedPredictedLost,
                         int trueLost, int matchedTrueLost, int directedEdges, int rightDirections,
                         int rightUpToTwins, int wholeDatedArticles, int wholeDatedRight) {
        public double parentAccuracy() {
            return ratio(rightParents, articles);
        }

        /** Parent accuracy where a twin of the right answer counts as right (see {@link #of(ProvenanceTruth, List, List, Map)}). */
        public double twinTolerantAccuracy() {
            return ratio(rightUpToTwins, articles);
        }

        /** Parent accuracy over the families whose dates are whole (see the class comment). */
        public double wholeDatesAccuracy() {
            return ratio(wholeDatedRight, wholeDatedArticles);
        }

        public double lostPrecision() {
            return ratio(matchedPredictedLost, predictedLost);
        }

        public double lostRecall() {
            return ratio(matchedTrueLost, trueLost);
        }

        public double directionAccuracy() {
            return ratio(rightDirections, directedEdges);
        }

        Scores plus(Scores o) {
            return new Scores(families + o.families, articles + o.articles, rightParents + o.rightParents,
                    predictedLost + o.predictedLost, matchedPredictedLost + o.matchedPredictedLost,
                    trueLost + o.trueLost, matchedTrueLost + o.matchedTrueLost, directedEdges + o.directedEdges,
                    rightDirections + o.rightDirections, rightUpToTwins + o.rightUpToTwins,
                    wholeDatedArticles + o.wholeDatedArticles, wholeDatedRight + o.wholeDatedRight);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? Double.NaN : (double) a / b;
        }
    }

    /** Scores {@code edges} and {@code lost} against {@code truth}; no two articles are twins. */
    public static ProvenanceEvaluation of(ProvenanceTruth truth, List<Edge> edges, List<LostSource> lost) {
        return of(truth, edges, lost, Map.of());
    }

    /**
     * What tells an article's text and date from another's, for the twin-tolerant count: the body text, word
     * for word, and the publication date when known.
     */
    public record Witness(String text, Optional<LocalDate> date) {
        public Witness {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(date, "date");
        }

        /** The same text on the same day, or both undated: nothing tells which of the two came first. */
        boolean twinOf(Witness o) {
            return o != null && text.equals(o.text) && date.equals(o.date);
        }

        /** The same text, and not dated after {@code reader}: copying this reads as copying the other. */
        boolean standsInFor(Witness o, Witness reader) {
            return o != null && text.equals(o.text)
                    && (date.isEmpty() || reader.date.isEmpty() || !date.get().isAfter(reader.date.get()));
        }
    }

    /**
     * Scores {@code edges} and {@code lost} against {@code truth}, and also counts parents right up to
     * <i>twins</i>, articles that no evidence can tell apart ({@code witnesses}; {@code eval provenance} gives
     * every analysed article's body text and date). If b copied a word for word, "c copied a" and "c copied b"
     * read the same as long as neither is dated after c; and if b did so on a's day, "a is the original, b its
     * copy" and the reverse read the same too. So the twin-tolerant count also accepts, for an article x:
     * <ul>
     *   <li>a predicted parent with its true parent's text, not dated after x;</li>
     *   <li>a predicted parent that is x's twin (same text, same day): the order inside such a set is
     *       arbitrary;</li>
     *   <li>when x's true parent is its twin, a parent (or none) that a twin of x truly has from outside the
     *       set, for then which twin took it from outside is arbitrary too.</li>
     * </ul>
     * {@link Scores#parentAccuracy()} stays strict; the tolerant figure says how much of the gap no method can
     * close. Articles without a witness are nobody's twin.
     */
    public static ProvenanceEvaluation of(ProvenanceTruth truth, List<Edge> edges, List<LostSource> lost,
                                          Map<String, Witness> witnesses) {
        return of(truth, edges, lost, witnesses, Map.of());
    }

    /**
     * As {@link #of(ProvenanceTruth, List, List, Map)}, and with each article's publication date ({@code dates}),
     * for the parent accuracy over the families whose dates are whole (see the class comment).
     */
    public static ProvenanceEvaluation of(ProvenanceTruth truth, List<Edge> edges, List<LostSource> lost,
                                          Map<String, Witness> witnesses, Map<String, PublicationDate> dates) {
        Map<String, ProvenanceTruth.Lineage> byId = new HashMap<>();
        for (ProvenanceTruth.Lineage l : truth.articles()) {
            byId.put(l.id(), l);
        }
        // Predicted parent: the most confident incoming edge; ties to the smaller source id.
        Map<String, Edge> parentEdge = new HashMap<>();
        List<Edge> sorted = new ArrayList<>(edges);
        sorted.sort(Comparator.comparingDouble((Edge e) -> -e.confidence()).thenComparing(Edge::source));
        for (Edge e : sorted) {
            parentEdge.putIfAbsent(e.target(), e);
        }
        // Match predicted lost sources to true ones, best overlap first.
        Map<String, Set<String>> trueLost = truth.lostSources();
        record Pair(String predicted, String truth, double jaccard) {
        }
        List<Pair> pairs = new ArrayList<>();
        List<LostSource> known = new ArrayList<>();
        for (LostSource l : lost) {
            Set<String> w = new TreeSet<>(l.witnesses());
            w.retainAll(byId.keySet());
            if (w.isEmpty()) {
                continue;
            }
            known.add(l);
            for (Map.Entry<String, Set<String>> t : trueLost.entrySet()) {
                double j = jaccard(w, t.getValue());
                if (j >= MATCH_JACCARD) {
                    pairs.add(new Pair(l.id(), t.getKey(), j));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.jaccard()).thenComparing(Pair::predicted)
                .thenComparing(Pair::truth));
        Map<String, String> lostMatch = new HashMap<>();
        Set<String> matchedTruth = new HashSet<>();
        for (Pair p : pairs) {
            if (!lostMatch.containsKey(p.predicted()) && !matchedTruth.contains(p.truth())) {
                lostMatch.put(p.predicted(), p.truth());
                matchedTruth.add(p.truth());
            }
        }

        // what each set of twins (equal witnesses) truly has from outside the set: "" stands for no parent
        Map<Witness, Set<String>> external = new HashMap<>();
        for (ProvenanceTruth.Lineage m : truth.articles()) {
            Witness w = witnesses.get(m.id());
            if (w != null && (m.parent().isEmpty() || !w.twinOf(witnesses.get(m.parent().get())))) {
                external.computeIfAbsent(w, k -> new HashSet<>()).add(m.parent().orElse(""));
            }
        }
        // dated families with a date on every article and no copy dated before its (present) parent
        Set<String> broken = new HashSet<>();
        for (ProvenanceTruth.Lineage l : truth.articles()) {
            PublicationDate own = dates.getOrDefault(l.id(), PublicationDate.UNKNOWN);
            Optional<PublicationDate> parent = l.parent().filter(x -> !l.parentIsLost())
                    .map(x -> dates.getOrDefault(x, PublicationDate.UNKNOWN));
            if (!l.dated() || own.date().isEmpty() || parent.filter(p -> p.date().isEmpty()).isPresent()
                    || parent.filter(own::isBefore).isPresent()) {
                broken.add(l.family());
            }
        }
        Map<Boolean, int[]> counts = new HashMap<>();
        Map<Boolean, Set<String>> families = new HashMap<>();
        for (boolean d : new boolean[] {true, false}) {
            counts.put(d, new int[11]);
            families.put(d, new TreeSet<>());
        }
        for (ProvenanceTruth.Lineage l : truth.articles()) {
            int[] c = counts.get(l.dated());
            boolean whole = !broken.contains(l.family());
            if (whole) {
                c[9]++;
            }
            families.get(l.dated()).add(l.family());
            c[0]++;
            Optional<String> predicted = Optional.ofNullable(parentEdge.get(l.id())).map(Edge::source);
            boolean right;
            if (l.parent().isEmpty()) {
                right = predicted.isEmpty();
            } else if (l.parentIsLost()) {
                right = predicted.map(lostMatch::get).filter(l.parent().get()::equals).isPresent();
            } else {
                right = predicted.filter(l.parent().get()::equals).isPresent();
            }
            if (right) {
                c[1]++;
                if (whole) {
                    c[10]++;
                }
            }
            if (right || rightUpToTwins(l, predicted, witnesses, external, lostMatch)) {
                c[8]++;
            }
        }
        for (LostSource l : known) {
            boolean dated = l.witnesses().stream().map(byId::get).filter(x -> x != null).findFirst()
                    .map(ProvenanceTruth.Lineage::dated).orElse(false);
            int[] c = counts.get(dated);
            c[2]++;
            if (lostMatch.containsKey(l.id())) {
                c[3]++;
            }
        }
        for (Map.Entry<String, Set<String>> t : trueLost.entrySet()) {
            boolean dated = byId.get(t.getValue().iterator().next()).dated();
            int[] c = counts.get(dated);
            c[4]++;
            if (matchedTruth.contains(t.getKey())) {
                c[5]++;
            }
        }
        for (Edge e : edges) {
            ProvenanceTruth.Lineage s = byId.get(e.source());
            ProvenanceTruth.Lineage t = byId.get(e.target());
            if (s == null || t == null || !s.family().equals(t.family())) {
                continue;
            }
            boolean forward = ancestor(byId, s.id(), t.id());
            boolean backward = ancestor(byId, t.id(), s.id());
            if (forward || backward) {
                int[] c = counts.get(s.dated());
                c[6]++;
                if (forward) {
                    c[7]++;
                }
            }
        }
        Scores dated = scores(families.get(true).size(), counts.get(true));
        Scores undated = scores(families.get(false).size(), counts.get(false));
        return new ProvenanceEvaluation(dated, undated, dated.plus(undated));
    }

    /** A table of the figures, one row per measure, columns dated, undated, all. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-22s %10s %10s %10s%n", "", "dated", "undated", "all"));
        row(sb, "families", dated.families(), undated.families(), all.families());
        row(sb, "articles", dated.articles(), undated.articles(), all.articles());
        row(sb, "parent accuracy", dated.parentAccuracy(), undated.parentAccuracy(), all.parentAccuracy());
        row(sb, "twin-tolerant parent", dated.twinTolerantAccuracy(), undated.twinTolerantAccuracy(),
                all.twinTolerantAccuracy());
        row(sb, "parent, dates whole", dated.wholeDatesAccuracy(), undated.wholeDatesAccuracy(),
                all.wholeDatesAccuracy());
        row(sb, "lost precision", dated.lostPrecision(), undated.lostPrecision(), all.lostPrecision());
        row(sb, "lost recall", dated.lostRecall(), undated.lostRecall(), all.lostRecall());
        row(sb, "direction accuracy", dated.directionAccuracy(), undated.directionAccuracy(),
                all.directionAccuracy());
        sb.append(String.format(Locale.ROOT, "%-22s %10s %10s %10s%n", "(lost true/predicted)",
                dated.trueLost() + "/" + dated.predictedLost(), undated.trueLost() + "/" + undated.predictedLost(),
                all.trueLost() + "/" + all.predictedLost()));
        sb.append(String.format(Locale.ROOT, "%-22s %10d %10d %10d%n", "(directed edges)", dated.directedEdges(),
                undated.directedEdges(), all.directedEdges()));
        sb.append(String.format(Locale.ROOT, "%-22s %10d %10d %10d%n", "(articles, dates whole)",
                dated.wholeDatedArticles(), undated.wholeDatedArticles(), all.wholeDatedArticles()));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, double d, double u, double a) {
        sb.append(String.format(Locale.ROOT, "%-22s %10.3f %10.3f %10.3f%n", name, d, u, a));
    }

    private static void row(StringBuilder sb, String name, int d, int u, int a) {
        sb.append(String.format(Locale.ROOT, "%-22s %10d %10d %10d%n", name, d, u, a));
    }

    private static Scores scores(int families, int[] c) {
        return new Scores(families, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10]);
    }

    /**
     * Whether {@code predicted} is right for {@code l} once twins are one (see {@link #of(ProvenanceTruth, List,
     * List, Map)}); {@code external} holds, per set of twins, the parents it truly has from outside.
     */
    private static boolean rightUpToTwins(ProvenanceTruth.Lineage l, Optional<String> predicted,
                                          Map<String, Witness> witnesses, Map<Witness, Set<String>> external,
                                          Map<String, String> lostMatch) {
        Witness x = witnesses.get(l.id());
        if (x == null) {
            return false;
        }
        Witness p = predicted.map(witnesses::get).orElse(null);
        Witness t = l.parent().map(witnesses::get).orElse(null);
        if (x.twinOf(p)) {
            return true;
        }
        if (x.twinOf(t)) {
            for (String q : external.getOrDefault(x, Set.of())) {
                if (q.isEmpty() ? predicted.isEmpty() : predicted.isPresent() && (q.equals(predicted.get())
                        || q.equals(lostMatch.get(predicted.get())) || p != null && p.standsInFor(witnesses.get(q), x))) {
                    return true;
                }
            }
            return false;
        }
        return p != null && p.standsInFor(t, x);
    }

    /** Whether {@code a} is a true ancestor of {@code d}. */
    private static boolean ancestor(Map<String, ProvenanceTruth.Lineage> byId, String a, String d) {
        Set<String> seen = new HashSet<>();
        Optional<String> at = byId.get(d).parent();
        while (at.isPresent() && seen.add(at.get())) {
            if (at.get().equals(a)) {
                return true;
            }
            ProvenanceTruth.Lineage l = byId.get(at.get());
            at = l == null ? Optional.empty() : l.parent();
        }
        return false;
    }

    private static double jaccard(Set<String> x, Set<String> y) {
        Set<String> inter = new HashSet<>(x);
        inter.retainAll(y);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        return union.isEmpty() ? 0 : (double) inter.size() / union.size();
    }
}
