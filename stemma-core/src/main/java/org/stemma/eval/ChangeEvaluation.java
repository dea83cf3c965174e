package org.stemma.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.stemma.align.Aligner;
import org.stemma.align.Witness;
import org.stemma.changes.ChangeClassifier;
import org.stemma.eval.DerivationPairs.Pair;
import org.stemma.model.Change;
import org.stemma.model.ChangeKind;

/**
 * Scores edit typing on labelled derivation pairs: per kind, over pairs, a kind found and expected is a true
 * positive, found and not expected a false positive, expected and not found a false negative. Each pair is
 * aligned and typed exactly as the pipeline does it (source = the base article).
 *
 * @param counts   per kind: true positives, false positives, false negatives
 * @param misses   one line per pair whose found kinds differ from the expected ones
 * @param pairs    pairs scored
 */
public record ChangeEvaluation(Map<ChangeKind, int[]> counts, List<String> misses, int pairs) {

    public ChangeEvaluation {
        counts = Map.copyOf(counts);
        misses = List.copyOf(misses);
    }

    /** Aligns and types every pair. */
    public static ChangeEvaluation run(List<Pair> pairs, Aligner aligner, ChangeClassifier classifier) {
        Map<ChangeKind, int[]> counts = new EnumMap<>(ChangeKind.class);
        for (ChangeKind k : ChangeKind.values()) {
            counts.put(k, new int[3]);
        }
        List<String> misses = new ArrayList<>();
        for (Pair p : pairs) {
            Witness source = Witness.ofText(p.id() + "-source", p.source());
            Witness target = Witness.ofText(p.id() + "-target", p.target());
            Set<ChangeKind> found = EnumSet.noneOf(ChangeKind.class);
            List<Change> changes = classifier.classify(source, target, aligner.align(source, target));
            for (Change c : changes) {
                found.add(c.kind());
            }
            for (ChangeKind k : ChangeKind.values()) {
                boolean f = found.contains(k);
                boolean e = p.expected().contains(k);
                counts.get(k)[f && e ? 0 : f ? 1 : 2] += f || e ? 1 : 0;
            }
            if (!found.equals(p.expected().isEmpty() ? EnumSet.noneOf(ChangeKind.class)
                    : EnumSet.copyOf(p.expected()))) {
                StringBuilder sb = new StringBuilder(p.id()).append(": expected ").append(labels(p.expected()))
                        .append(", found");
                for (Change c : changes) {
                    sb.append(' ').append(c.kind().label()).append(" [").append(flat(c.before())).append("]->[")
                            .append(flat(c.after())).append(']');
                }
                misses.add(sb.toString());
            }
        }
        return new ChangeEvaluation(counts, misses, pairs.size());
    }

    public double precision(ChangeKind k) {
        int[] c = counts.get(k);
        return c[0] + c[1] == 0 ? Double.NaN : (double) c[0] / (c[0] + c[1]);
    }

    public double recall(ChangeKind k) {
        int[] c = counts.get(k);
        return c[0] + c[2] == 0 ? Double.NaN : (double) c[0] / (c[0] + c[2]);
    }

    /** Micro-averaged precision and recall over all kinds. */
    public double[] micro() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int[] c : counts.values()) {
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return new double[] {tp + fp == 0 ? 0 : (double) tp / (tp + fp), tp + fn == 0 ? 0 : (double) tp / (tp + fn)};
    }

    /** A table: one row per kind that was expected or found, then the micro average. */
    public String format() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-22s %5s %5s %5s %6s %6s%n", "kind",
                "tp", "fp", "fn", "P", "R"));
        for (ChangeKind k : ChangeKind.values()) {
            int[] c = counts.get(k);
            if (c[0] + c[1] + c[2] == 0) {
                continue;
            }
            sb.append(String.format(Locale.ROOT, "%-22s %5d %5d %5d %6.3f %6.3f%n", k.label(), c[0], c[1], c[2],
                    zeroIfNaN(precision(k)), zeroIfNaN(recall(k))));
        }
        double[] m = micro();
        sb.append(String.format(Locale.ROOT, "%-22s %5s %5s %5s %6.3f %6.3f%n", "all (micro)", "", "", "", m[0],
                m[1]));
        return sb.toString();
    }

    private static double zeroIfNaN(double x) {
        return Double.isNaN(x) ? 0 : x;
    }

    private static String labels(Set<ChangeKind> kinds) {
        List<String> out = new ArrayList<>();
        for (ChangeKind k : ChangeKind.values()) {
            if (kinds.contains(k)) {
                out.add(k.label());
            }
        }
        return String.join(",", out);
    }

    private static String flat(String s) {
        String f = s.replaceAll("\\s+", " ").strip();
        return f.length() > 60 ? f.substring(0, 57) + "..." : f;
    }
}
