package org.stemma.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs expensive requests (trace, quotes, export) on a few worker threads with a deadline, so a request that
 * asks too much is answered with 503 instead of holding its connection open, and a flood of them is refused
 * instead of piling up. A request past its deadline is interrupted; work that does not notice goes on until
 * it ends but its result is dropped. Thread-safe.
 */
final class TimeLimit implements AutoCloseable {
    /** Requests that may wait per worker before new ones are refused. */
    private static final int QUEUE_PER_WORKER = 4;
    private final ThreadPoolExecutor pool;
    private final long timeoutMillis;

    TimeLimit(int workers, long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(workers * QUEUE_PER_WORKER), r -> {
                    Thread t = new Thread(r, "stemma-worker");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** The result of {@code work}, or a 503 {@link ApiError} when it is refused or takes too long. */
    <T> T run(String what, Callable<T> work) throws Exception {
        Future<T> future;
        try {
            future = pool.submit(work);
        } catch (RejectedExecutionException e) {
            throw new ApiError(503, "busy: too many expensive requests waiting; retry " + what + " later");
        }
        try {
            return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ApiError(503, what + " took longer than " + timeoutMillis + " ms and was stopped; "
                    + "ask for less (a shorter passage, a smaller storyline, one export part)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception x) {
                throw x;
            }
            throw (Error) e.getCause();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ApiError(503, what + " interrupted: the server is stopping");
        }
    }

    /** Requests running or waiting now. */
    int load() {
        return pool.getActiveCount() + pool.getQueue().size();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
