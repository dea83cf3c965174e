package org.stemma.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class LargestFirstTest {

    @Test
    void theOrderIsByDecreasingCostWithTiesByIndex() {
        long[] costs = {3, 9, 3, 0, 9, 1};
        assertArrayEquals(new int[] {1, 4, 0, 2, 5, 3}, LargestFirst.order(costs.length, i -> costs[i]));
        assertArrayEquals(new int[0], LargestFirst.order(0, i -> 1));
    }

    @Test
    void everyIndexIsWorkedExactlyOnceOnEveryPoolSize() {
        for (int threads : new int[] {1, 2, 5}) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                for (int n : new int[] {0, 1, 3, 1000}) {
                    AtomicIntegerArray runs = new AtomicIntegerArray(n);
                    LargestFirst.forEach(pool, n, i -> i % 7, runs::incrementAndGet);
                    for (int i = 0; i < n; i++) {
                        assertEquals(1, runs.get(i), "index " + i + " of " + n + " on " + threads + " threads");
                    }
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void aFailingPieceOfWorkFailsTheCall() {
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            assertThrows(IllegalStateException.class, () -> LargestFirst.forEach(pool, 10, i -> 1, i -> {
                if (i == 4) {
                    throw new IllegalStateException("piece " + i);
                }
            }));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aNegativeCostIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LargestFirst.order(2, i -> i - 1));
    }
}
