package org.stemma.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.model.RawArticle;

/**
 * Kills a child process that commits batches in a loop at random moments, and checks after each kill that the
 * store opens without repair, passes SQLite's integrity check, holds every batch the child reported committed,
 * and holds each batch entirely or not at all.
 */
class StoreDurabilityTest {
    private static final int ROUNDS = 6;
    private static final long SEED = 20261123L;
    /** Kill moments are drawn in [0, this) after the child starts: from JVM start-up to mid-ingest. */
    private static final int MAX_KILL_DELAY_MILLIS = 2500;
    private static final long CHILD_WAIT_SECONDS = 20;

    @TempDir
    Path dir;

    @Test
    void killingTheWriterAtRandomMomentsNeverLosesOrCorruptsACommittedBatch() throws Exception {
        Random random = new Random(SEED);
        List<String> reported = Collections.synchronizedList(new ArrayList<>());
        int next = 0;
        for (int round = 0; round < ROUNDS; round++) {
            // The last round waits for a commit first, so the test proves something even on a slow machine.
            boolean waitForCommit = round == ROUNDS - 1;
            int before = reported.size();
            Process child = start(next);
            Thread reader = readCommits(child, reported);
            long delay = random.nextInt(MAX_KILL_DELAY_MILLIS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CHILD_WAIT_SECONDS);
            Thread.sleep(delay);
            while (waitForCommit && reported.size() == before && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            int r = round;
            assertTrue(child.isAlive(), () -> "child died by itself in round " + r + ": exit " + child.exitValue());
            child.destroyForcibly();
            assertTrue(child.waitFor(CHILD_WAIT_SECONDS, TimeUnit.SECONDS), "child not killed");
            reader.join(TimeUnit.SECONDS.toMillis(CHILD_WAIT_SECONDS));
            next = check(reported, round);
        }
        assertTrue(!reported.isEmpty(), "no batch was committed in " + ROUNDS + " rounds");
        System.err.printf("durability: %d kills, %d batches reported committed, %d stored%n", ROUNDS,
                reported.size(), next);
    }

    /** Checks the store after a kill and returns the number of the next batch to commit. */
    private int check(List<String> reported, int round) throws IOException, SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            r.next();
            assertEquals("ok", r.getString(1), "integrity after round " + round);
        }
        try (Store store = Store.open(dir); Snapshot s = store.snapshot()) {
            List<BatchInfo> batches = s.batches();
            Set<String> labels = new HashSet<>();
            for (int n = 0; n < batches.size(); n++) {
                BatchInfo b = batches.get(n);
                assertEquals(n + 1, b.seq(), "batches numbered without gaps");
                assertEquals(IngestLoopMain.label(n), b.label(), "batches in commit order");
                assertEquals(IngestLoopMain.ARTICLES_PER_BATCH, b.articles(), "whole batch " + b);
                labels.add(b.label());
            }
            assertTrue(labels.containsAll(reported), "reported " + reported + ", stored " + labels);
            List<StoredArticle> articles = s.articles();
            assertEquals(batches.size() * IngestLoopMain.ARTICLES_PER_BATCH, articles.size(),
                    "no article of an uncommitted batch");
            for (int n = 0; n < batches.size(); n++) {
                List<RawArticle> expected = IngestLoopMain.batch(n);
                for (int i = 0; i < expected.size(); i++) {
                    StoredArticle a = s.findArticle(IngestLoopMain.id(n, i)).orElseThrow();
                    assertEquals(expected.get(i), a.article().raw(), "article read back unchanged");
                    assertEquals(n + 1, a.batch());
                }
            }
            assertEquals(articles.size(), s.clusters().eventByArticle().size(), "events cover every article");
            return batches.size();
        }
    }

    private Process start(int first) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", classpath, "-Xmx256m", IngestLoopMain.class.getName(),
                dir.toString(), Integer.toString(first))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static Thread readCommits(Process child, List<String> reported) {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("committed ")) {
                        reported.add(line.substring("committed ".length()));
                    }
                }
            } catch (IOException e) {
                // The pipe breaks when the child is killed: nothing more can have been reported.
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
