package org.stemma.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * How well a predicted partition matches a gold one: BCubed precision, recall and F1 (Bagga &amp; Baldwin
 * 1998, "Algorithms for scoring coreference chains"), pairwise precision, recall and F1 over same-cluster
 * pairs, and the adjusted Rand index (Hubert &amp; Arabie 1985).
 *
 * <p>The items are the gold map's keys. An item missing from the prediction counts as a singleton cluster of
 * its own; predicted items absent from gold are ignored. Where a figure has no pairs to count (e.g. pairwise
 * precision when nothing is predicted together) it is 1 if the partitions agree on that point, the usual
 * convention; an ARI whose denominator vanishes (both partitions all singletons, or both one cluster) is 1.
 *
 * @param items number of gold items scored
 */
public record ClusterScores(int items, double bcubedPrecision, double bcubedRecall, double bcubedF1,
        double pairwisePrecision, double pairwiseRecall, double pairwiseF1, double adjustedRand) {

    /** Scores {@code predicted} (item to cluster) against {@code gold} (item to cluster). */
    public static ClusterScores of(Map<String, String> predicted, Map<String, String> gold) {
        int n = gold.size();
        if (n == 0) {
            return new ClusterScores(0, 1, 1, 1, 1, 1, 1, 1);
        }
        Map<String, Integer> predId = new HashMap<>();
        Map<String, Integer> goldId = new HashMap<>();
        int[] p = new int[n];
        int[] g = new int[n];
        int i = 0;
        int singletons = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            g[i] = goldId.computeIfAbsent(e.getValue(), k -> goldId.size());
            String pc = predicted.get(e.getKey());
            if (pc == null) {
                // A fresh id per missing item: it shares its cluster with nobody.
                p[i] = -1 - singletons++;
            } else {
                p[i] = predId.computeIfAbsent(pc, k -> predId.size());
            }
            i++;
        }
        Map<Integer, Integer> predSize = new HashMap<>();
        Map<Integer, Integer> goldSize = new HashMap<>();
        Map<Long, Integer> cell = new HashMap<>();
        for (int k = 0; k < n; k++) {
            predSize.merge(p[k], 1, Integer::sum);
            goldSize.merge(g[k], 1, Integer::sum);
            cell.merge(((long) p[k] << 32) | (g[k] & 0xffffffffL), 1, Integer::sum);
        }
        double bp = 0;
        double br = 0;
        for (int k = 0; k < n; k++) {
            double together = cell.get(((long) p[k] << 32) | (g[k] & 0xffffffffL));
            bp += together / predSize.get(p[k]);
            br += together / goldSize.get(g[k]);
        }
        bp /= n;
        br /= n;
        double tp = 0;
        for (int c : cell.values()) {
            tp += pairs(c);
        }
        double predPairs = 0;
        for (int c : predSize.values()) {
            predPairs += pairs(c);
        }
        double goldPairs = 0;
        for (int c : goldSize.values()) {
            goldPairs += pairs(c);
        }
        double pp = predPairs == 0 ? (goldPairs == 0 ? 1 : 0) : tp / predPairs;
        double pr = goldPairs == 0 ? (predPairs == 0 ? 1 : 0) : tp / goldPairs;
        double all = pairs(n);
        double expected = all == 0 ? 0 : predPairs * goldPairs / all;
        double max = (predPairs + goldPairs) / 2;
        double ari = max == expected ? 1 : (tp - expected) / (max - expected);
        return new ClusterScores(n, bp, br, f1(bp, br), pp, pr, f1(pp, pr), ari);
    }

    private static double pairs(long size) {
        return size * (size - 1) / 2.0;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
