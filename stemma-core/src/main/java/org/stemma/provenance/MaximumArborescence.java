package org.stemma.provenance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The maximum-weight spanning arborescence of a directed graph: one incoming arc for every node but the root,
 * no cycles, the largest total weight (Chu and Liu 1965; Edmonds 1967, "Optimum branchings").
 *
 * <p>Input: {@code nodes} nodes numbered from 0, a {@code root}, and arcs in any order; every node other than
 * the root must have at least one incoming arc from another node (a virtual root with an arc to every node
 * gives that). Output: for each node the index, in the given list, of the arc chosen to enter it, or -1 for
 * the root. Ties are broken by the arcs' order in the list (the earlier wins), so a caller that sorts its arcs
 * deterministically gets a deterministic tree. Weights may be negative. Pure and stateless; cost
 * O(nodes × arcs), which is small for reuse families (tens of articles).
 */
final class MaximumArborescence {

    /** A directed arc with its weight. */
    record Arc(int from, int to, double weight) {
    }

    private MaximumArborescence() {
    }

    /**
     * The chosen incoming arc of each node.
     *
     * @throws IllegalArgumentException if an arc names a node outside {@code [0, nodes)}, or a node other than
     *                                  the root has no incoming arc from another node
     */
    static int[] solve(int nodes, int root, List<Arc> arcs) {
        if (root < 0 || root >= nodes) {
            throw new IllegalArgumentException("root " + root + " outside [0, " + nodes + ")");
        }
        int[] from = new int[arcs.size()];
        int[] to = new int[arcs.size()];
        double[] weight = new double[arcs.size()];
        for (int i = 0; i < arcs.size(); i++) {
            Arc a = arcs.get(i);
            if (a.from() < 0 || a.from() >= nodes || a.to() < 0 || a.to() >= nodes) {
                throw new IllegalArgumentException("arc " + a + " names a node outside [0, " + nodes + ")");
            }
            from[i] = a.from();
            to[i] = a.to();
            weight[i] = a.weight();
        }
        int[] chosenArcs = contract(nodes, root, from, to, weight);
        int[] entering = new int[nodes];
        Arrays.fill(entering, -1);
        for (int i : chosenArcs) {
            entering[to[i]] = i;
        }
        return entering;
    }

    /** The indices of the chosen arcs (one per non-root node), by recursive contraction of cycles. */
    private static int[] contract(int n, int root, int[] from, int[] to, double[] weight) {
        int[] best = new int[n];
        Arrays.fill(best, -1);
        for (int i = 0; i < from.length; i++) {
            int v = to[i];
            if (v == root || from[i] == v) {
                continue;
            }
            if (best[v] < 0 || weight[i] > weight[best[v]]) {
                best[v] = i;
            }
        }
        for (int v = 0; v < n; v++) {
            if (v != root && best[v] < 0) {
                throw new IllegalArgumentException("node " + v + " has no incoming arc");
            }
        }
        // Find the cycles of the best-incoming graph; label every node with its component in the contraction.
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int[] visitedBy = new int[n];
        Arrays.fill(visitedBy, -1);
        int components = 0;
        boolean anyCycle = false;
        for (int start = 0; start < n; start++) {
            int v = start;
            while (v != root && visitedBy[v] < 0 && component[v] < 0) {
                visitedBy[v] = start;
                v = from[best[v]];
            }
            if (v != root && visitedBy[v] == start && component[v] < 0) {
                // v lies on a cycle first found from start: the cycle becomes one node.
                anyCycle = true;
                int u = v;
                do {
                    component[u] = components;
                    u = from[best[u]];
                } while (u != v);
                components++;
            }
        }
        if (!anyCycle) {
            int[] out = new int[n - 1];
            int k = 0;
            for (int v = 0; v < n; v++) {
                if (v != root) {
                    out[k++] = best[v];
                }
            }
            return out;
        }
        for (int v = 0; v < n; v++) {
            if (component[v] < 0) {
                component[v] = components++;
            }
        }
        // Arcs between components; an arc entering a cycle is worth what it gains over the cycle's own arc.
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < from.length; i++) {
            if (component[from[i]] != component[to[i]]) {
                kept.add(i);
            }
        }
        int[] cFrom = new int[kept.size()];
        int[] cTo = new int[kept.size()];
        double[] cWeight = new double[kept.size()];
        boolean[] onCycle = new boolean[n];
        for (int v = 0; v < n; v++) {
            int c = component[v];
            onCycle[v] = v != root && component[from[best[v]]] == c && from[best[v]] != v;
        }
        for (int k = 0; k < kept.size(); k++) {
            int i = kept.get(k);
            cFrom[k] = component[from[i]];
            cTo[k] = component[to[i]];
            cWeight[k] = onCycle[to[i]] ? weight[i] - weight[best[to[i]]] : weight[i];
        }
        int[] inner = contract(components, component[root], cFrom, cTo, cWeight);
        // Expand: each chosen arc keeps its place; a cycle keeps all its arcs but the one its entry replaces.
        List<Integer> out = new ArrayList<>();
        boolean[] entered = new boolean[n];
        for (int k : inner) {
            int i = kept.get(k);
            out.add(i);
            entered[to[i]] = true;
        }
        for (int v = 0; v < n; v++) {
            if (v != root && onCycle[v] && !entered[v]) {
                out.add(best[v]);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
