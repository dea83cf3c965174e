package org.stemma.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SparseVectorTest {

    @Test
    void topKeepsTheLargestWeightsAndBreaksTiesToTheSmallerTerm() {
        SparseVector v = new SparseVector(new int[] {2, 5, 7, 9, 11}, new double[] {0.5, 0.9, 0.5, 0.1, 0.5});
        assertArrayEquals(new int[] {0, 1, 2}, v.top(3));
        assertArrayEquals(new int[] {1}, v.top(1));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, v.top(9));
    }

    @Test
    void topAgreesWithSortingEveryIndexOnRandomVectors() {
        long seed = 20261123L;
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(40);
            int[] terms = new int[n];
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                terms[i] = i * 3 + random.nextInt(3);
                // Few distinct values, so ties are common.
                weights[i] = 1 + random.nextInt(5);
            }
            int k = 1 + random.nextInt(10);
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> weights[a] != weights[b] ? Double.compare(weights[b], weights[a])
                    : Integer.compare(terms[a], terms[b]));
            int[] expected = Arrays.stream(order).limit(k).mapToInt(Integer::intValue).sorted().toArray();
            assertArrayEquals(expected, new SparseVector(terms, weights).top(k),
                    "seed " + seed + ", round " + round + ", weights " + Arrays.toString(weights) + ", k " + k);
        }
    }
}
