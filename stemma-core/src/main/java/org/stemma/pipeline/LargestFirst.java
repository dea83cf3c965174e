package org.stemma.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntToLongFunction;

/**
 * Runs one piece of work per index on a pool, the most costly first, each worker taking the next index as
 * soon as it is free (longest-processing-time-first list scheduling, Graham 1969).
 *
 * <p>Why not {@code IntStream.range(0, n).parallel()}: a parallel stream cuts the range into a few fixed
 * chunks of neighbouring indices, and a corpus's costly items are neighbours (pairs are sorted by article
 * id, and one outlet's long articles share an id prefix), so one chunk held most of the work and one core
 * ran alone for most of the align and typed-changes stages. Taking single indices, costliest first, leaves
 * at the end only cheap items to share out. The order of the work does not reach the output: each index
 * writes its own slot.
 *
 * <p>{@code work} must be safe to run on several threads at once for different indices; an exception it
 * throws propagates (callers that must go on catch inside {@code work}).
 */
final class LargestFirst {
    private LargestFirst() {
    }

    /**
     * Runs {@code work(i)} for every {@code i} in {@code [0, n)} on {@code pool}, in order of decreasing
     * {@code cost(i)} (ties by index), and returns when all are done.
     */
    static void forEach(ForkJoinPool pool, int n, IntToLongFunction cost, IntConsumer work) {
        int[] order = order(n, cost);
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int k = next.getAndIncrement(); k < n; k = next.getAndIncrement()) {
                work.accept(order[k]);
            }
        };
        List<ForkJoinTask<?>> tasks = new ArrayList<>();
        for (int w = 0; w < Math.min(n, pool.getParallelism()); w++) {
            tasks.add(pool.submit(worker));
        }
        for (ForkJoinTask<?> t : tasks) {
            t.join();
        }
    }

    /** The indices {@code [0, n)} by decreasing cost, ties by increasing index. */
    static int[] order(int n, IntToLongFunction cost) {
        long[] costs = new long[n];
        for (int i = 0; i < n; i++) {
            costs[i] = cost.applyAsLong(i);
            if (costs[i] < 0) {
                throw new IllegalArgumentException("negative cost " + costs[i] + " of item " + i);
            }
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (x, y) -> costs[x] != costs[y] ? Long.compare(costs[y], costs[x]) : Integer.compare(x, y));
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = boxed[i];
        }
        return out;
    }
}
