package org.stemma.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.store.Store;

/** The bounds: request size, batch size and the deadline of expensive requests, each answered with JSON. */
class ServerLimitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void oversizedBodiesAndBatchesAreRefusedWith413AndAMessage() throws Exception {
        try (Store store = Store.open(dir);
             StemmaServer server = StemmaServer.start(store, ServerConfig.defaults().withPort(0)
                     .withLimits(4096, 2, ServerConfig.DEFAULT_TIMEOUT_MILLIS))) {
            HttpResponse<String> big = ServerFixture.post(server, "/api/trace",
                    "{\"passage\": \"" + "word ".repeat(2000) + "\"}");
            assertEquals(413, big.statusCode(), big.body());
            assertTrue(JSON.readTree(big.body()).has("error"), big.body());
            HttpResponse<String> batch = ServerFixture.post(server, "/api/ingest",
                    "[{\"id\": \"a\", \"text\": \"x\"}, {\"id\": \"b\", \"text\": \"y\"}, {\"id\": \"c\", \"text\": \"z\"}]");
            assertEquals(413, batch.statusCode(), batch.body());
            assertTrue(JSON.readTree(batch.body()).get("error").asText().contains("at most 2"), batch.body());
            try (var s = store.snapshot()) {
                assertEquals(0, s.articleCount(), "a refused batch stores nothing");
            }
        }
    }

    @Test
    void anExpensiveRequestPastTheDeadlineIsAnsweredWith503() throws Exception {
        // Timing a real route against a 1 ms deadline is a race (a small export can finish in time), so the
        // deadline is proven on work that cannot finish; the server maps the ApiError to its status.
        try (TimeLimit limit = new TimeLimit(1, 1)) {
            ApiError e = org.junit.jupiter.api.Assertions.assertThrows(ApiError.class,
                    () -> limit.run("export", () -> { Thread.sleep(10_000); return null; }));
            assertEquals(503, e.status());
            assertTrue(e.getMessage().contains("took longer than 1 ms"), e.getMessage());
        }
        try (Store store = Store.open(dir)) {
            store.commit(ServerFixture.keeperStory(), "one");
            try (StemmaServer server = StemmaServer.start(store, ServerConfig.defaults().withPort(0)
                    .withLimits(ServerConfig.DEFAULT_MAX_REQUEST_BYTES, 10, 1))) {
                // Under a 1 ms deadline an export either made it or is refused with a JSON 503, never held.
                HttpResponse<String> r = ServerFixture.get(server, "/api/export?format=gexf");
                assertTrue(r.statusCode() == 200 || r.statusCode() == 503, r.statusCode() + " " + r.body());
                if (r.statusCode() == 503) {
                    assertTrue(JSON.readTree(r.body()).get("error").asText().contains("took longer than 1 ms"));
                }
                // Cheap routes are not held to the deadline.
                assertEquals(200, ServerFixture.get(server, "/api/articles").statusCode());
            }
        }
    }

    @Test
    void workBeyondTheQueueIsRefusedRatherThanPiledUp() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (TimeLimit limit = new TimeLimit(1, 10_000)) {
            Thread[] waiting = new Thread[5];
            for (int i = 0; i < waiting.length; i++) {
                waiting[i] = new Thread(() -> {
                    try {
                        limit.run("blocker", () -> release.await(10, TimeUnit.SECONDS));
                    } catch (Exception e) {
                        // the sixth caller's refusal is what the test checks; these only occupy the pool
                    }
                });
                waiting[i].start();
            }
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (limit.load() < waiting.length && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            ApiError refused = null;
            try {
                limit.run("one more", () -> true);
            } catch (ApiError e) {
                refused = e;
            }
            release.countDown();
            for (Thread t : waiting) {
                t.join();
            }
            assertTrue(refused != null && refused.status() == 503 && refused.getMessage().startsWith("busy"),
                    String.valueOf(refused));
        }
    }
}
