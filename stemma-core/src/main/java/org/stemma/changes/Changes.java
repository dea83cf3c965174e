package org.stemma.changes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.stemma.align.Witness;
import org.stemma.model.Change;
import org.stemma.model.ChangeKind;
import org.stemma.model.Edge;
import org.stemma.model.LostSource;
import org.stemma.model.Passage;
import org.stemma.model.Span;
import org.stemma.util.DisjointSets;
import org.stemma.util.Sorted;

/** Runs a {@link ChangeClassifier} over a whole analysis, each pair read in its provenance direction. */
public final class Changes {

    /** The order of one pair's changes: by source, target, source span, target span, kind. */
    public static final Comparator<Change> ORDER = Comparator.comparing(Change::source)
            .thenComparing(Change::target).thenComparing(Change::inSource).thenComparing(Change::inTarget)
            .thenComparing(Change::kind);

    /**
     * The order of changes in an analysis: pair by pair, pairs by their two ids in order (as passages are),
     * then {@link #ORDER} within a pair. Pair by pair so that the pipeline can write changes as it finds them,
     * one batch of pairs at a time, without holding the corpus's changes (millions) to sort them.
     */
    public static final Comparator<Change> OUTPUT_ORDER = Comparator.comparing(Changes::firstId)
            .thenComparing(Changes::secondId).thenComparing(ORDER);

    private static String firstId(Change c) {
        return c.source().compareTo(c.target()) < 0 ? c.source() : c.target();
    }

    private static String secondId(Change c) {
        return c.source().compareTo(c.target()) < 0 ? c.target() : c.source();
    }

    /**
     * Between two copies of a lost source, which reading of a difference is believed: the kinds of edit a
     * copier is known to make (issue #5's list: commentary inserted, hedge, attribution or denial dropped,
     * quotation marks removed, modifier added) before their mirror images (a hedge "added", a modifier
     * "removed"), and the generic readings (new reporting, dropped or reworded text) last. First = most
     * believed.
     */
    private static final List<ChangeKind> SIBLING_READING = List.of(
            ChangeKind.EDITORIAL_COMMENTARY, ChangeKind.DROPPED_HEDGE, ChangeKind.DROPPED_ATTRIBUTION,
            ChangeKind.DROPPED_DENIAL, ChangeKind.QUOTE_MARKS_REMOVED, ChangeKind.MODIFIER_ADDED,
            ChangeKind.CLUTTER, ChangeKind.ATTRIBUTION_ADDED, ChangeKind.TRIMMED_TAIL, ChangeKind.NEGATION_FLIPPED,
            ChangeKind.NUMBER_CHANGED, ChangeKind.ENTITY_SWAPPED, ChangeKind.QUOTE_CHANGED,
            ChangeKind.SPELLING_STYLE, ChangeKind.MODIFIER_REMOVED, ChangeKind.NEW_REPORTING,
            ChangeKind.DROPPED_TEXT, ChangeKind.REWORDED);
    /** A kind's place in {@link #SIBLING_READING}, by the kind's ordinal. */
    private static final int[] RANK = new int[ChangeKind.values().length];

    static {
        if (EnumSet.copyOf(SIBLING_READING).size() != ChangeKind.values().length
                || SIBLING_READING.size() != ChangeKind.values().length) {
            throw new IllegalStateException("every change kind needs one sibling reading rank: " + SIBLING_READING);
        }
        for (int i = 0; i < SIBLING_READING.size(); i++) {
            RANK[SIBLING_READING.get(i).ordinal()] = i;
        }
    }

    private Changes() {
    }

    /**
     * The typed changes of every pair of articles that share passages. A pair joined by an edge (either way)
     * is read from the edge's source to its target. A pair of copies of one {@link LostSource} (both targets
     * of edges from one {@code lost:} id, with no edge between them) is read both ways, and each difference
     * is given to the copy whose reading of it is the more typical copy edit (see {@link #siblings}). Any
     * other pair is read from the passage's {@code a} to its {@code b}. Passages whose articles have no
     * witness are skipped. Sorted by {@link #OUTPUT_ORDER}.
     */
    public static List<Change> findAll(ChangeClassifier classifier, List<Passage> passages,
                                       Map<String, Witness> witnesses, List<Edge> edges) {
        Map<String, List<Passage>> byPair = new TreeMap<>();
        for (Passage p : passages) {
            byPair.computeIfAbsent(p.a() + '\u0000' + p.b(), k -> new ArrayList<>()).add(p);
        }
        Set<String> directed = new HashSet<>();
        Map<String, Set<String>> lostOf = new HashMap<>();
        for (Edge e : edges) {
            directed.add(e.source() + '\u0000' + e.target());
            if (e.source().startsWith(LostSource.PREFIX)) {
                lostOf.computeIfAbsent(e.target(), k -> new HashSet<>()).add(e.source());
            }
        }
        List<Change> out = new ArrayList<>();
        for (List<Passage> pair : byPair.values()) {
            Passage first = pair.get(0);
            Witness a = witnesses.get(first.a());
            Witness b = witnesses.get(first.b());
            if (a == null || b == null) {
                continue;
            }
            boolean forward = directed.contains(first.a() + '\u0000' + first.b());
            boolean reversed = !forward && directed.contains(first.b() + '\u0000' + first.a());
            if (!forward && !reversed && shareLostSource(lostOf, a.id(), b.id())) {
                out.addAll(siblings(classifier, a, b, pair));
            } else {
                out.addAll(reversed ? classifier.classify(b, a, pair) : classifier.classify(a, b, pair));
            }
        }
        out.sort(OUTPUT_ORDER);
        return out;
    }

    private static boolean shareLostSource(Map<String, Set<String>> lostOf, String x, String y) {
        Set<String> lx = lostOf.getOrDefault(x, Set.of());
        return lostOf.getOrDefault(y, Set.of()).stream().anyMatch(lx::contains);
    }

    /**
     * The changes between two copies of one lost source, each given to the copy that most likely made it.
     * Where the copies differ, the lost source's reading is not known (with two copies its reconstruction
     * holds only what they agree on), so the pair is classified both ways ({@code x} as the stand-in source
     * of {@code y}'s changes, and the reverse) and, for each group of readings of one difference (changes
     * whose spans meet in both texts), the direction whose best kind ranks first in
     * {@link #SIBLING_READING} is kept: "defensive" in one copy only is that copy's added modifier rather
     * than the other's removed one, a hedge in one copy only is the other's dropped hedge rather than new
     * reporting, and a comment paragraph is the commentary of the copy that has it. Ties go to the copy that
     * won more of the other differences (the more edited one), then to {@code y}.
     */
    static List<Change> siblings(ChangeClassifier classifier, Witness x, Witness y, List<Passage> passages) {
        List<Change> ofY = classifier.classify(x, y, passages);
        List<Change> ofX = classifier.classify(y, x, passages);
        // readings in the same frame: span in x, span in y
        int n = ofY.size() + ofX.size();
        Span[] inX = new Span[n];
        Span[] inY = new Span[n];
        for (int i = 0; i < ofY.size(); i++) {
            inX[i] = ofY.get(i).inSource();
            inY[i] = ofY.get(i).inTarget();
        }
        for (int i = 0; i < ofX.size(); i++) {
            inX[ofY.size() + i] = ofX.get(i).inTarget();
            inY[ofY.size() + i] = ofX.get(i).inSource();
        }
        int[] group = DisjointSets.singletons(n);
        // Only readings of x's change whose span in x starts within reach can meet it: x's readings sorted by
        // start, and reach bounded by the longest of them. The partition does not depend on the order of the
        // unions (a group's root is its least index), so this gives what comparing every pair gives.
        // Sorted as (start << 32 | index) in one primitive array: by start, then index, without boxing.
        long[] byStart = new long[n - ofY.size()];
        int longest = 0;
        for (int j = ofY.size(); j < n; j++) {
            byStart[j - ofY.size()] = ((long) inX[j].start() << 32) | j;
            longest = Math.max(longest, inX[j].length());
        }
        Arrays.sort(byStart);
        int[] starts = new int[byStart.length];
        for (int k = 0; k < byStart.length; k++) {
            starts[k] = (int) (byStart[k] >>> 32);
        }
        for (int i = 0; i < ofY.size(); i++) {
            int from = Sorted.firstAtLeast(starts, inX[i].start() - longest);
            for (int k = from; k < starts.length && starts[k] <= inX[i].end(); k++) {
                int j = (int) byStart[k];
                if (meet(inX[i], inX[j]) && meet(inY[i], inY[j])) {
                    DisjointSets.union(group, i, j);
                }
            }
        }
        // per group, kept at its root: the best rank on each side
        int[] bestY = new int[n];
        int[] bestX = new int[n];
        Arrays.fill(bestY, Integer.MAX_VALUE);
        Arrays.fill(bestX, Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            int g = DisjointSets.find(group, i);
            if (i < ofY.size()) {
                bestY[g] = Math.min(bestY[g], RANK[ofY.get(i).kind().ordinal()]);
            } else {
                bestX[g] = Math.min(bestX[g], RANK[ofX.get(i - ofY.size()).kind().ordinal()]);
            }
        }
        int winsY = 0;
        int winsX = 0;
        for (int g = 0; g < n; g++) {
            if (group[g] != g) {
                continue;
            }
            if (bestY[g] < bestX[g]) {
                winsY++;
            } else if (bestX[g] < bestY[g]) {
                winsX++;
            }
        }
        boolean tieToX = winsX > winsY;
        List<Change> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int g = DisjointSets.find(group, i);
            boolean keepY = bestY[g] < bestX[g] || (bestY[g] == bestX[g] && !tieToX);
            if (i < ofY.size() && keepY) {
                out.add(ofY.get(i));
            } else if (i >= ofY.size() && !keepY) {
                out.add(ofX.get(i - ofY.size()));
            }
        }
        return out;
    }

    /** Whether two spans share a char, or an empty one touches the other. */
    private static boolean meet(Span p, Span q) {
        int from = Math.max(p.start(), q.start());
        int to = Math.min(p.end(), q.end());
        return p.start() == p.end() || q.start() == q.end() ? from <= to : from < to;
    }

}
