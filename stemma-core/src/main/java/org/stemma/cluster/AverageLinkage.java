package org.stemma.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Agglomerative clustering with average linkage (UPGMA) over a sparse similarity graph: repeatedly merges the
 * two clusters with the highest mean pairwise similarity while it is at least the threshold. Pairs without an
 * edge count as similarity 0, so a cluster joins another only if most of their pairs are similar: one member
 * similar to both of two groups cannot chain them.
 *
 * <p>Deterministic: ties go to the pair with the smaller cluster ids, and a merged cluster keeps the smaller
 * id (its smallest node). Cost O(E log E) for E edges, with each merge touching the neighbours of the merged
 * clusters.
 */
final class AverageLinkage {
    private AverageLinkage() {
    }

    /** An undirected edge {@code a < b} with a positive similarity (summed over item pairs between groups). */
    record Edge(int a, int b, double similarity) {
    }

    private record Candidate(double mean, int lo, int hi, int loVersion, int hiVersion) {
    }

    /**
     * For each of {@code initialSize.length} starting groups, the smallest group it ends in. Group {@code i}
     * holds {@code initialSize[i]} items; an edge's similarity is a sum over item pairs between its two groups
     * (several edges of one pair add up, in list order), so a merge's mean is that sum over the product of the
     * sizes. Two groups that are both {@code initiallySettled} (or grew from settled ones) are never merged: what
     * was decided earlier stays apart, and only new groups can join it or each other.
     */
    static int[] clusterGroups(int[] initialSize, boolean[] initiallySettled, List<Edge> edges, double threshold) {
        int n = initialSize.length;
        List<Map<Integer, Double>> sums = new ArrayList<>(n);
        int[] size = initialSize.clone();
        boolean[] settled = initiallySettled.clone();
        int[] version = new int[n];
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            sums.add(new HashMap<>());
            parent[i] = i;
        }
        for (Edge e : edges) {
            int a = e.a();
            int b = e.b();
            if (a != b) {
                sums.get(a).merge(b, e.similarity(), Double::sum);
                sums.get(b).merge(a, e.similarity(), Double::sum);
            }
        }
        PriorityQueue<Candidate> queue = new PriorityQueue<>((x, y) -> x.mean() != y.mean()
                ? Double.compare(y.mean(), x.mean())
                : x.lo() != y.lo() ? Integer.compare(x.lo(), y.lo()) : Integer.compare(x.hi(), y.hi()));
        for (int a = 0; a < n; a++) {
            for (Map.Entry<Integer, Double> e : sums.get(a).entrySet()) {
                int b = e.getKey();
                double mean = e.getValue() / ((double) size[a] * size[b]);
                if (a < b && mean >= threshold && !(settled[a] && settled[b])) {
                    queue.add(new Candidate(mean, a, b, 0, 0));
                }
            }
        }
        while (!queue.isEmpty()) {
            Candidate c = queue.poll();
            if (c.mean() < threshold) {
                break;
            }
            int lo = c.lo();
            int hi = c.hi();
            if (parent[lo] != lo || parent[hi] != hi || version[lo] != c.loVersion() || version[hi] != c.hiVersion()) {
                continue;
            }
            parent[hi] = lo;
            size[lo] += size[hi];
            settled[lo] |= settled[hi];
            version[lo]++;
            Map<Integer, Double> into = sums.get(lo);
            Map<Integer, Double> from = sums.get(hi);
            into.remove(hi);
            from.remove(lo);
            for (Map.Entry<Integer, Double> e : from.entrySet()) {
                int other = e.getKey();
                into.merge(other, e.getValue(), Double::sum);
                Map<Integer, Double> back = sums.get(other);
                double moved = back.remove(hi);
                back.merge(lo, moved, Double::sum);
            }
            sums.set(hi, Map.of());
            for (Map.Entry<Integer, Double> e : into.entrySet()) {
                int other = e.getKey();
                double mean = e.getValue() / ((double) size[lo] * size[other]);
                if (mean >= threshold && !(settled[lo] && settled[other])) {
                    int a = Math.min(lo, other);
                    int b = Math.max(lo, other);
                    queue.add(new Candidate(mean, a, b, version[a], version[b]));
                }
            }
        }
        int[] root = new int[n];
        for (int i = 0; i < n; i++) {
            int r = i;
            while (parent[r] != r) {
                r = parent[r];
            }
            root[i] = r;
        }
        return root;
    }
}
