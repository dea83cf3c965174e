package org.stemma.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Shared-variant evidence of one family (stemmatics' "common errors", Maas 1958): which article lies between
 * two others.
 *
 * <p>Read against an article S, every other article has edits: S's words it lacks, and words of its own that
 * S lacks. When T has all of X's edits against S and more of its own, T descends from S through X (or S from
 * T through X): X lies between them, so S and T are not parent and child. The conclusion is about the shape of
 * the tree, not its direction: read against T, S has all of X's edits plus more, too. When instead X has some
 * of T's words that S lacks and some of S's words that T lacks, X splits S and T: a copy has its source's words
 * and its own, never those of another branch, so neither of S and T copied the other. Edits are what one text
 * has and the other lacks, and a substituted word counts on both sides (each lacks the other's word): a word a
 * copy changed and its own copy kept is the classic shared variant, as telling as a shared cut. When S has
 * words inside the text it shares with T that both T and X lack, while X has words of S that T lacks, X
 * orphans S's additions against T: had T copied S, it would have cut exactly the words S has of its own and
 * no others, where a copy of X (or of an article before S) never had them.
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

    /**
     * S and T are split by X: X has {@code withT} words that T has and S lacks, and {@code withS} words that S
     * has and T lacks.
     */
    record Split(String s, String t, String x, int withT, int withS) {
        String describe() {
            return String.format(Locale.ROOT, "split variants: %s has %d words of %s that %s lacks and %d words of "
                    + "%s that %s lacks, so neither copied the other", x, withT, t, s, withS, s, t);
        }
    }

    /**
     * X orphans S's additions against T: S has {@code adds} words inside the text it shares with T that T and X
     * both lack, and X has {@code withS} words of S that T lacks.
     */
    record Orphan(String s, String t, String x, int adds, int withS) {
        String describe() {
            return String.format(Locale.ROOT, "orphaned additions: %s has %d words inside the text it shares with "
                    + "%s that %s and %s both lack, and %s has %d words of %s's that %s lacks, so %s would have cut "
                    + "exactly what %s added", s, adds, t, t, x, x, withS, s, t, t, s);
        }
    }

    /**
     * The least number of words on each side of an {@link Orphan}: S's additions that T and X lack, and S's
     * words that X has and T lacks. Default 8: more than a changed word or two of alignment noise, less than a
     * sentence, since an added clause is already an edit of S's own. Set on development data
     * (docs/BENCHMARKS.md, "Orphaned additions"): 4 and 8 alike, 15 found fewer.
     */
    static final int MIN_ORPHANED_WORDS = 8;

    private final Map<String, Orphan> orphans = new HashMap<>();
    private final Map<String, Between> betweenPairs = new HashMap<>();
    private final Map<String, Split> splitPairs = new HashMap<>();
    /** Every article that splits a pair, by the pair's key, with the lesser side of the split (fragments too). */
    private final Map<String, Map<String, Integer>> splitters = new HashMap<>();
    private final Map<String, List<Between>> throughX = new HashMap<>();
    /**
     * By S and T, in that order (against S is a direction, unlike a {@link Between}): each X whose edits against
     * S T has all of, with none of its own besides.
     */
    private final Map<String, List<String>> sameEdits = new HashMap<>();

    /**
     * @param family       the family's pair readings (lost-source readings included: their explained parts are
     *                     as good as any)
     * @param minWords     the least number of words of edits that counts, for X's edits and for T's own
     * @param tolerance    the share of X's edits T may lack and still "have all" of them (alignment noise)
     */
    SharedVariants(List<PairReading> family, int minWords, double tolerance) {
        Map<String, ArticleProfile> profiles = new TreeMap<>();
        for (PairReading r : family) {
            profiles.put(r.a().id(), r.a());
            profiles.put(r.b().id(), r.b());
        }
        if (profiles.size() > MAX_FAMILY) {
            return;
        }
        // Articles by index in id order; each pair's explained words as bit sets over each side's words, so
        // that the k³ triples cost a few popcounts each instead of span merges and binary searches.
        List<ArticleProfile> members = new ArrayList<>(profiles.values());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            index.put(members.get(i).id(), i);
        }
        int k = members.size();
        long[][][] explained = new long[k][k][]; // [side][other]: side's words the other also has
        // [side][other]: side's words the other has or has another word for (aligned, substitutions included)
        long[][][] aligned = new long[k][k][];
        for (PairReading r : family) {
            int a = index.get(r.a().id());
            int b = index.get(r.b().id());
            explained[a][b] = r.a().wordBits(r.equalIn(r.a()));
            explained[b][a] = r.b().wordBits(r.equalIn(r.b()));
            aligned[a][b] = r.a().wordBits(r.explainedIn(r.a()));
            aligned[b][a] = r.b().wordBits(r.explainedIn(r.b()));
        }
        int[] words = new int[k];
        for (int i = 0; i < k; i++) {
            words[i] = members.get(i).words();
        }
        // Each side's extent against each other side: its first and last word the other also has.
        int[][] first = new int[k][k];
        int[][] last = new int[k][k];
        for (int s = 0; s < k; s++) {
            for (int t = 0; t < k; t++) {
                if (explained[s][t] != null) {
                    first[s][t] = firstBit(explained[s][t]);
                    last[s][t] = lastBit(explained[s][t]);
                }
            }
        }
        for (int s = 0; s < k; s++) {
            for (int t = s + 1; t < k; t++) {
                if (explained[s][t] == null) {
                    continue;
                }
                // One kept less than half of the other: a fragment lacks the other's variants along with nearly
                // everything else, so a third article siding with the other says nothing on its own. It still
                // counts toward a mutual split, whose other two splits need the fragment's own words.
                boolean fragment = 2 * count(explained[s][t]) < words[s] || 2 * count(explained[t][s]) < words[t];
                for (int x = 0; x < k; x++) {
                    if (x == s || x == t || explained[s][x] == null || explained[t][x] == null) {
                        continue;
                    }
                    // X's agreement with T against S (T's words S lacks that X has), and with S against T.
                    int withT = countOnlyFirst(explained[t][x], explained[t][s]);
                    int withS = countOnlyFirst(explained[s][x], explained[s][t]);
                    if (withT >= minWords && withS >= minWords) {
                        Split split = new Split(members.get(s).id(), members.get(t).id(), members.get(x).id(),
                                withT, withS);
                        if (!fragment) {
                            splitPairs.merge(key(split.s(), split.t()), split, SharedVariants::strongerSplit);
                        }
                        splitters.computeIfAbsent(key(split.s(), split.t()), key -> new TreeMap<>())
                                .put(split.x(), Math.min(withT, withS));
                    }
                    if (!fragment) {
                        orphan(members, explained, aligned, first, last, s, t, x);
                        orphan(members, explained, aligned, first, last, t, s, x);
                    }
                }
            }
        }
        for (int s = 0; s < k; s++) {
            for (int x = 0; x < k; x++) {
                if (x == s || explained[s][x] == null) {
                    continue;
                }
                // Against S, X lacks what it does not explain of S and adds what S does not explain of X.
                int xLacks = words[s] - count(explained[s][x]);
                int xAdds = words[x] - count(explained[x][s]);
                int edits = xLacks + xAdds;
                if (edits < minWords) {
                    continue;
                }
                for (int t = 0; t < k; t++) {
                    if (t == x || t == s || explained[s][t] == null || explained[x][t] == null) {
                        continue;
                    }
                    int tLacks = words[s] - count(explained[s][t]);
                    if (2 * tLacks > words[s]) {
                        // T kept less than half of S: a fragment (a rewrite that keeps a few sentences) lacks
                        // X's gaps along with nearly everything else, so sharing them says nothing about what
                        // lies between.
                        continue;
                    }
                    int bothLack = words[s] - countEither(explained[s][x], explained[s][t]);
                    // X's own words (not S's) that T has.
                    int tHasXAdds = count(explained[x][t]) - countBoth(explained[x][t], explained[x][s]);
                    int tAdds = words[t] - count(explained[t][s]);
                    int shared = bothLack + tHasXAdds;
                    int own = tLacks + tAdds - shared;
                    if (shared < (1 - tolerance) * edits) {
                        continue;
                    }
                    if (own < minWords) {
                        // T made X's edits and no others: read the other way too, the two are twins against S.
                        sameEdits.computeIfAbsent(against(members.get(s).id(), members.get(t).id()),
                                key -> new ArrayList<>()).add(members.get(x).id());
                        continue;
                    }
                    String sId = members.get(s).id();
                    String xId = members.get(x).id();
                    Between b = new Between(sId, xId, members.get(t).id(), edits, shared, own);
                    betweenPairs.merge(key(sId, b.t()), b, SharedVariants::stronger);
                    throughX.computeIfAbsent(xId, key -> new ArrayList<>()).add(b);
                }
            }
        }
    }

    /**
     * Records that X orphans S's additions against T when X has at least {@link #MIN_ORPHANED_WORDS} words of S
     * that T lacks and S has as many inside its extent with T (between its first and last word T also has, so
     * not a tail T cut) that neither T nor X has. Lacking here is having no word there at all: a word T
     * substituted is T's edit, not S's addition, and T's substitutions where X differs from S anyway would
     * otherwise orphan S's words against their own copy. Of several such X, the one with the larger lesser side.
     */
    private void orphan(List<ArticleProfile> members, long[][][] explained, long[][][] aligned, int[][] first,
                        int[][] last, int s, int t, int x) {
        int withS = countOnlyFirst(explained[s][x], aligned[s][t]);
        if (withS < MIN_ORPHANED_WORDS) {
            return;
        }
        int adds = countNeitherBetween(aligned[s][t], aligned[s][x], first[s][t] + 1, last[s][t]);
        if (adds < MIN_ORPHANED_WORDS) {
            return;
        }
        Orphan o = new Orphan(members.get(s).id(), members.get(t).id(), members.get(x).id(), adds, withS);
        orphans.merge(against(o.s(), o.t()), o, SharedVariants::strongerOrphan);
    }

    private static Orphan strongerOrphan(Orphan p, Orphan q) {
        int c = Integer.compare(Math.min(p.adds(), p.withS()), Math.min(q.adds(), q.withS()));
        if (c == 0) {
            c = q.x().compareTo(p.x());
        }
        return c >= 0 ? p : q;
    }

    /** Bits from {@code from} (inclusive) to {@code to} (exclusive) set in neither {@code x} nor {@code y}. */
    private static int countNeitherBetween(long[] x, long[] y, int from, int to) {
        int n = 0;
        for (int i = from; i < to; ) {
            int word = i >>> 6;
            int end = Math.min(to, (word + 1) << 6);
            long mask = (end - i == 64 ? -1L : ((1L << (end - i)) - 1)) << (i & 63);
            n += Long.bitCount(~(x[word] | y[word]) & mask);
            i = end;
        }
        return n;
    }

    private static int firstBit(long[] bits) {
        for (int w = 0; w < bits.length; w++) {
            if (bits[w] != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(bits[w]);
            }
        }
        return -1;
    }

    private static int lastBit(long[] bits) {
        for (int w = bits.length - 1; w >= 0; w--) {
            if (bits[w] != 0) {
                return (w << 6) + 63 - Long.numberOfLeadingZeros(bits[w]);
            }
        }
        return -1;
    }

    private static int count(long[] bits) {
        int n = 0;
        for (long w : bits) {
            n += Long.bitCount(w);
        }
        return n;
    }

    private static int countOnlyFirst(long[] x, long[] y) {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            n += Long.bitCount(x[i] & ~y[i]);
        }
        return n;
    }

    private static int countEither(long[] x, long[] y) {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            n += Long.bitCount(x[i] | y[i]);
        }
        return n;
    }

    private static int countBoth(long[] x, long[] y) {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            n += Long.bitCount(x[i] & y[i]);
        }
        return n;
    }

    /**
     * The articles that made the same edits against {@code s} as {@code t} did and no others, read from both
     * sides (each has all the other's edits against {@code s} and none of its own besides): {@code t}'s twins
     * against {@code s}. Copies of one text that cut, changed and added alike are seldom made apart; one is
     * usually the other's copy, and {@code s} the parent of at most the earlier. Which one is the copy the
     * text cannot tell, so this is no {@link Between}.
     */
    List<String> twinsAgainst(String s, String t) {
        List<String> twins = new ArrayList<>();
        for (String x : sameEdits.getOrDefault(against(s, t), List.of())) {
            if (sameEdits.getOrDefault(against(s, x), List.of()).contains(t)) {
                twins.add(x);
            }
        }
        return twins;
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

    /** The evidence that {@code t} did not copy {@code s} (a direction), if any: an article orphans s's additions. */
    Optional<Orphan> findOrphan(String s, String t) {
        return Optional.ofNullable(orphans.get(against(s, t)));
    }

    /** The evidence that {@code u} and {@code v} were not copied one from the other, if any. */
    Optional<Split> findSplit(String u, String v) {
        return Optional.ofNullable(splitPairs.get(key(u, v)));
    }

    /**
     * A third article that splits {@code u} and {@code v} while each of them splits it from the other: each of
     * the three lacks at least {@code minWords} words that the other two share. Without contamination none of
     * the three then descends from another: were A an ancestor of B, the words A and X share that B lacks
     * (B dropped them) keep X off B's line, and the words B and X share that A lacks (added after A) put it on
     * B's line or between A and B, where X in turn could not lack words A and B share. So the three are
     * siblings, copies of one source that each left out something else. Unlike {@link #findSplit}, a fragment
     * (one of a pair kept under half of the other) counts: its lacking the other's words is trivial, but the
     * other two splits need words of its own that the third article shares.
     */
    Optional<String> findMutualSplit(String u, String v, int minWords) {
        for (Map.Entry<String, Integer> x : splitters.getOrDefault(key(u, v), Map.of()).entrySet()) {
            if (x.getValue() >= minWords
                    && splitters.getOrDefault(key(u, x.getKey()), Map.of()).getOrDefault(v, 0) >= minWords
                    && splitters.getOrDefault(key(v, x.getKey()), Map.of()).getOrDefault(u, 0) >= minWords) {
                return Optional.of(x.getKey());
            }
        }
        return Optional.empty();
    }

    private static Split strongerSplit(Split p, Split q) {
        int c = Integer.compare(Math.min(p.withT(), p.withS()), Math.min(q.withT(), q.withS()));
        if (c == 0) {
            c = q.x().compareTo(p.x());
        }
        return c >= 0 ? p : q;
    }

    private static Between stronger(Between p, Between q) {
        int c = Integer.compare(p.shared(), q.shared());
        if (c == 0) {
            c = q.x().compareTo(p.x());
        }
        return c >= 0 ? p : q;
    }

    private static String against(String s, String t) {
        return s + '\u0000' + t;
    }

    private static String key(String u, String v) {
        return u.compareTo(v) < 0 ? u + '\u0000' + v : v + '\u0000' + u;
    }
}
