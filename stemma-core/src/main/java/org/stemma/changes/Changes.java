package org.stemma.changes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stemma.align.Witness;
import org.stemma.model.Change;
import org.stemma.model.Edge;
import org.stemma.model.Passage;

/** Runs a {@link ChangeClassifier} over a whole analysis, each pair read in its provenance direction. */
public final class Changes {

    /** The order of changes in an analysis: by source, target, source span, target span, kind. */
    public static final Comparator<Change> ORDER = Comparator.comparing(Change::source)
            .thenComparing(Change::target).thenComparing(Change::inSource).thenComparing(Change::inTarget)
            .thenComparing(Change::kind);

    private Changes() {
    }

    /**
     * The typed changes of every pair of articles that share passages. A pair joined by an edge (either way)
     * is read from the edge's source to its target; any other pair from the passage's {@code a} to its
     * {@code b}. Passages whose articles have no witness are skipped. Sorted by {@link #ORDER}.
     */
    public static List<Change> findAll(ChangeClassifier classifier, List<Passage> passages,
                                       Map<String, Witness> witnesses, List<Edge> edges) {
        Map<String, List<Passage>> byPair = new TreeMap<>();
        for (Passage p : passages) {
            byPair.computeIfAbsent(p.a() + '\u0000' + p.b(), k -> new ArrayList<>()).add(p);
        }
        Map<String, Edge> directed = new TreeMap<>();
        for (Edge e : edges) {
            directed.put(e.source() + '\u0000' + e.target(), e);
        }
        List<Change> out = new ArrayList<>();
        for (List<Passage> pair : byPair.values()) {
            Passage first = pair.get(0);
            Witness a = witnesses.get(first.a());
            Witness b = witnesses.get(first.b());
            if (a == null || b == null) {
                continue;
            }
            boolean reversed = !directed.containsKey(first.a() + '\u0000' + first.b())
                    && directed.containsKey(first.b() + '\u0000' + first.a());
            out.addAll(reversed ? classifier.classify(b, a, pair) : classifier.classify(a, b, pair));
        }
        out.sort(ORDER);
        return out;
    }
}
