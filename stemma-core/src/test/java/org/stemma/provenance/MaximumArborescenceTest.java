package org.stemma.provenance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.provenance.MaximumArborescence.Arc;

class MaximumArborescenceTest {

    @Test
    void aChainIsKeptWhenEachNodeBestParentIsItsPredecessor() {
        List<Arc> arcs = List.of(new Arc(0, 1, 1), new Arc(1, 2, 5), new Arc(0, 2, 2), new Arc(2, 3, 4),
                new Arc(0, 3, 1));
        int[] in = MaximumArborescence.solve(4, 0, arcs);
        assertArrayEquals(new int[] {-1, 0, 1, 3}, in);
    }

    @Test
    void aTwoCycleIsBrokenWhereBreakingItCostsLeast() {
        // 1 and 2 each prefer the other (a cycle); entering at 2 from the root loses 9 - 3 = 6, at 1 only 8 - 4.
        List<Arc> arcs = List.of(new Arc(0, 1, 4), new Arc(0, 2, 3), new Arc(1, 2, 9), new Arc(2, 1, 8));
        int[] in = MaximumArborescence.solve(3, 0, arcs);
        assertArrayEquals(new int[] {-1, 0, 2}, in);
    }

    @Test
    void nestedCyclesAreContractedAndExpanded() {
        // 1 -> 2 -> 3 -> 1 is a cycle of heavy arcs; 4 hangs below 3; the root reaches only 4 and 2 cheaply.
        List<Arc> arcs = List.of(new Arc(1, 2, 10), new Arc(2, 3, 10), new Arc(3, 1, 10), new Arc(3, 4, 7),
                new Arc(4, 3, 12), new Arc(0, 4, 1), new Arc(0, 2, 2));
        int[] in = MaximumArborescence.solve(5, 0, arcs);
        assertEquals(total(arcs, in), bruteForce(5, 0, arcs), 1e-9);
        assertEquals(-1, in[0]);
    }

    @Test
    void tiesGoToTheEarlierArc() {
        List<Arc> arcs = List.of(new Arc(0, 1, 1), new Arc(0, 2, 1), new Arc(2, 1, 1), new Arc(1, 2, 1));
        assertArrayEquals(new int[] {-1, 0, 1}, MaximumArborescence.solve(3, 0, arcs));
    }

    @Test
    void aNodeWithoutIncomingArcIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> MaximumArborescence.solve(3, 0, List.of(new Arc(0, 1, 1))));
        assertThrows(IllegalArgumentException.class,
                () -> MaximumArborescence.solve(2, 0, List.of(new Arc(0, 5, 1))));
    }

    @Test
    void randomGraphsGetTheOptimumThatExhaustiveSearchFinds() {
        long seed = 20261123L;
        Random random = new Random(seed);
        for (int round = 0; round < 400; round++) {
            int n = 2 + random.nextInt(5);
            List<Arc> arcs = new ArrayList<>();
            for (int v = 1; v < n; v++) {
                arcs.add(new Arc(0, v, random.nextInt(5) - 2));
            }
            for (int u = 1; u < n; u++) {
                for (int v = 1; v < n; v++) {
                    if (u != v && random.nextDouble() < 0.7) {
                        // Integer weights make ties common, which is where contraction goes wrong if it does.
                        arcs.add(new Arc(u, v, random.nextInt(10) - 3));
                    }
                }
            }
            int[] in = MaximumArborescence.solve(n, 0, arcs);
            String context = "seed " + seed + " round " + round + " arcs " + arcs;
            assertTree(n, 0, arcs, in, context);
            assertEquals(bruteForce(n, 0, arcs), total(arcs, in), 1e-9, context);
            assertArrayEquals(in, MaximumArborescence.solve(n, 0, arcs), "deterministic: " + context);
        }
    }

    private static void assertTree(int n, int root, List<Arc> arcs, int[] in, String context) {
        for (int v = 0; v < n; v++) {
            if (v == root) {
                assertEquals(-1, in[v], context);
                continue;
            }
            assertEquals(v, arcs.get(in[v]).to(), context);
            int steps = 0;
            int at = v;
            while (at != root) {
                at = arcs.get(in[at]).from();
                steps++;
                if (steps > n) {
                    throw new AssertionError("cycle through " + v + ": " + context);
                }
            }
        }
    }

    private static double total(List<Arc> arcs, int[] in) {
        double sum = 0;
        for (int i : in) {
            if (i >= 0) {
                sum += arcs.get(i).weight();
            }
        }
        return sum;
    }

    /** Every choice of one incoming arc per node, keeping those without cycles. */
    private static double bruteForce(int n, int root, List<Arc> arcs) {
        return search(n, root, arcs, new int[n], 0);
    }

    private static double search(int n, int root, List<Arc> arcs, int[] in, int v) {
        if (v == n) {
            for (int u = 0; u < n; u++) {
                int at = u;
                for (int steps = 0; at != root; steps++) {
                    if (steps > n) {
                        return Double.NEGATIVE_INFINITY;
                    }
                    at = arcs.get(in[at]).from();
                }
            }
            return total(arcs, in);
        }
        if (v == root) {
            in[v] = -1;
            return search(n, root, arcs, in, v + 1);
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < arcs.size(); i++) {
            if (arcs.get(i).to() == v && arcs.get(i).from() != v) {
                in[v] = i;
                best = Math.max(best, search(n, root, arcs, in, v + 1));
            }
        }
        return best;
    }
}
