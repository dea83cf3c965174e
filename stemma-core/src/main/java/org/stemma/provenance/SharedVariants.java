package org.stemma.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.stemma.model.Span;

/**
 * Shared-variant evidence of one family (stemmatics' "common errors", Maas 1958): which article lies between
 * two others.
 *
 * <p>Read against an article S, every other article has edits: S's words it lacks, and words of its own that
 * S lacks. When T has all of X's edits against S and more of its own, T descends from S through X (or S from
 * T through X): X lies between them, so S and T are not parent and child. The conclusion is about the shape of
 * the tree, not its direction: read against T, S has all of X's edits plus more, too. Words both texts have,
 * as equal or as substituted words, are not edits here; only what one has and the other lacks.
 *
 * <p>Only triples whose three pairs are all linked are read. Immutable once built; cost O(k³) span
 * operations for a family of k linked articles, so a family of more than {@link #MAX_FAMILY} articles (a
 * boilerplate-linked clump, not a syndication family) is not read and gives no evidence.
 */
final class SharedVariants {
    /** Families larger than this are not read: 200³ triples is already seconds of span work. */
    static final int MAX_FAMILY = 200;

    /** X lies between S and T: T has {@code shared} of X's {@code edits} words of edits against S, and
     *  {@code own} more. */
    record Between(String s, String x, String t, int edits, int shared, int own) {
        String describe() {
            return String.format(Locale.ROOT, "shared variants: %s has all %d words of %s's edits against %s "
                    + "(%d of them) and %d more of its own, so %s lies between them", t, edits, x, s, shared, own, x);
        }
    }

    private final Map<String, Between> betweenPairs = new HashMap<>();
    private final Map<String, List<Between>> throughX = new HashMap<>();

    /**
     * @param family       the family's pair readings (lost-source readings included: their explained parts are
     *                     as good as any)
     * @param minWords     the least number of words of edits that counts, for X's edits and for T's own
     * @param tolerance    the share of X's edits T may lack and still "have all" of them (alignment noise)
     */
    SharedVariants(List<PairReading> family, int minWords, double tolerance) {
        Map<String, PairReading> byPair = new HashMap<>();
        Map<String, ArticleProfile> profiles = new TreeMap<>();
        Map<String, Set<String>> links = new TreeMap<>();
        for (PairReading r : family) {
            byPair.put(key(r.a().id(), r.b().id()), r);
            profiles.put(r.a().id(), r.a());
            profiles.put(r.b().id(), r.b());
            links.computeIfAbsent(r.a().id(), k -> new TreeSet<>()).add(r.b().id());
            links.computeIfAbsent(r.b().id(), k -> new TreeSet<>()).add(r.a().id());
        }
        if (profiles.size() > MAX_FAMILY) {
            return;
        }
        for (String s : profiles.keySet()) {
            List<String> linked = new ArrayList<>(links.get(s));
            for (String x : linked) {
                for (String t : linked) {
                    if (x.equals(t) || !links.get(x).contains(t)) {
                        continue;
                    }
                    between(profiles.get(s), profiles.get(x), profiles.get(t), byPair, minWords, tolerance)
                            .ifPresent(b -> {
                                betweenPairs.merge(key(s, t), b, SharedVariants::stronger);
                                throughX.computeIfAbsent(x, k -> new ArrayList<>()).add(b);
                            });
                }
            }
        }
    }

    /** The strongest evidence that some article lies between {@code u} and {@code v}, in either order. */
    Optional<Between> findBetween(String u, String v) {
        return Optional.ofNullable(betweenPairs.get(key(u, v)));
    }

    /**
     * The first reading in which one end of the edge lies between the other end and a third article: the
     * shared variants that make the two neighbours in the tree. Empty when none does.
     */
    Optional<Between> findSupport(String source, String target) {
        for (String x : List.of(source, target)) {
            String other = x.equals(source) ? target : source;
            for (Between b : throughX.getOrDefault(x, List.of())) {
                if (b.t().equals(other) || b.s().equals(other)) {
                    return Optional.of(b);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Between> between(ArticleProfile s, ArticleProfile x, ArticleProfile t,
                                             Map<String, PairReading> byPair, int minWords, double tolerance) {
        PairReading sx = byPair.get(key(s.id(), x.id()));
        PairReading st = byPair.get(key(s.id(), t.id()));
        PairReading xt = byPair.get(key(x.id(), t.id()));
        // Against S: what X lacks and what T lacks, in S's words.
        List<Span> keptByX = sx.explainedIn(s);
        List<Span> keptByT = st.explainedIn(s);
        int xLacks = s.words() - s.words(keptByX);
        int bothLack = s.words() - s.words(union(keptByX, keptByT));
        int tLacks = s.words() - s.words(keptByT);
        // X's own words (not S's), in X's words, and how many of them T has.
        List<Span> xFromS = sx.explainedIn(x);
        List<Span> xInT = xt.explainedIn(x);
        int xAdds = x.words() - x.words(xFromS);
        int tHasXAdds = x.words(xInT) - x.words(ArticleProfile.intersect(xInT, xFromS));
        // T's own words, in T's words.
        int tAdds = t.words() - t.words(st.explainedIn(t));
        if (2 * tLacks > s.words()) {
            // T kept less than half of S: a fragment (a rewrite that keeps a few sentences) lacks X's gaps
            // along with nearly everything else, so sharing them says nothing about what lies between.
            return Optional.empty();
        }
        int edits = xLacks + xAdds;
        int shared = bothLack + tHasXAdds;
        int own = tLacks + tAdds - shared;
        if (edits < minWords || shared < (1 - tolerance) * edits || own < minWords) {
            return Optional.empty();
        }
        return Optional.of(new Between(s.id(), x.id(), t.id(), edits, shared, own));
    }

    private static Between stronger(Between p, Between q) {
        int c = Integer.compare(p.shared(), q.shared());
        if (c == 0) {
            c = q.x().compareTo(p.x());
        }
        return c >= 0 ? p : q;
    }

    private static List<Span> union(List<Span> x, List<Span> y) {
        List<Span> all = new ArrayList<>(x);
        all.addAll(y);
        return ArticleProfile.union(all);
    }

    private static String key(String u, String v) {
        return u.compareTo(v) < 0 ? u + '\u0000' + v : v + '\u0000' + u;
    }
}
