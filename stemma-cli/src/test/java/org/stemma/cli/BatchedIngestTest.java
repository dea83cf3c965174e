package org.stemma.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.model.Event;
import org.stemma.store.Snapshot;
import org.stemma.store.Store;

/** {@code stemma analyze --into DIR --batch N}: the input read as a stream and committed N articles at a time. */
class BatchedIngestTest {
    private static final Path TOY = Path.of("src/test/resources/toy");

    @TempDir
    Path tmp;

    @Test
    void aFolderIsCommittedInBatchesOfTheGivenSize() throws IOException {
        Path data = tmp.resolve("data");
        Outputs.Run run = Outputs.run("analyze", TOY.toString(), "--into", data.toString(), "--batch", "2",
                "--quiet");
        assertEquals(ExitCode.OK, run.code(), run.err());
        List<String> lines = lines(run.out());
        // four files in path order: two batches of two
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("batch 1: 2 articles"), run.out());
        assertTrue(lines.get(1).startsWith("batch 2: 2 articles"), run.out());
        assertEquals("", run.err());
        try (Store store = Store.open(data); Snapshot s = store.snapshot()) {
            assertEquals(4, s.articles().size());
            List<String> clustered = new ArrayList<>();
            for (Event e : s.clusters().events()) {
                clustered.addAll(e.articles());
            }
            clustered.sort(null);
            assertEquals(List.of("bakery-original", "bakery-reprint", "council-budget", "garden-tips"), clustered);
            // the reprint arrives in the first batch with its original: one passage between them at least
            assertTrue(s.passages().stream().anyMatch(p -> p.a().equals("bakery-original")
                    && p.b().equals("bakery-reprint")), s.passages().toString());
        }
    }

    @Test
    void passagesToArticlesOfEarlierBatchesAreFoundAndTraced() {
        Path data = tmp.resolve("data");
        // batches of one: the reprint meets its original only as a stored article
        Outputs.Run run = Outputs.run("analyze", TOY.resolve("bakery-original.txt").toString(),
                TOY.resolve("garden-tips.txt").toString(), TOY.resolve("bakery-reprint.txt").toString(), "--into",
                data.toString(), "--batch", "1");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals(3, lines(run.out()).size(), run.out());
        assertTrue(lines(run.out()).get(2).matches("batch 3: 1 articles, [1-9][0-9]* passages, 0 left out -> .*"),
                run.out());
        // progress on stderr: one line per batch with the running count
        assertTrue(run.err().contains("3 articles read, 3 stored"), run.err());
        Outputs.Run trace = Outputs.run("trace", "The bakery opened in 1964 and became known across the district "
                + "for its rye loaves and plum cakes.", "--data", data.toString());
        assertTrue(trace.out().contains("bakery-original") && trace.out().contains("bakery-reprint"), trace.out());
    }

    @Test
    void aRunStoppedAfterSomeBatchesIsCompletedByRunningItAgain() throws IOException {
        Path data = tmp.resolve("data");
        // a run that stopped after its first batch left exactly that batch committed
        Outputs.Run first = Outputs.run("analyze", TOY.resolve("bakery-original.txt").toString(), "--into",
                data.toString(), "--batch", "2", "--quiet");
        assertEquals(ExitCode.OK, first.code(), first.err());
        Outputs.Run again = Outputs.run("analyze", TOY.toString(), "--into", data.toString(), "--batch", "2",
                "--quiet");
        assertEquals(ExitCode.OK, again.code(), again.err());
        assertTrue(lines(again.out()).get(0).startsWith("batch 2: 1 articles"), again.out());
        assertTrue(again.err().contains("bakery-original: id already stored"), again.err());
        try (Store store = Store.open(data); Snapshot s = store.snapshot()) {
            assertEquals(4, s.articles().size());
            assertEquals(3, s.batches().size());
        }
    }

    @Test
    void aBatchBelowOneIsBadUsage() {
        Outputs.Run run = Outputs.run("analyze", TOY.toString(), "--into", tmp.resolve("d").toString(), "--batch",
                "0", "--quiet");
        assertEquals(ExitCode.USAGE, run.code(), run.err());
    }

    private static List<String> lines(String out) {
        return Arrays.stream(out.strip().split("\n")).filter(l -> !l.isBlank()).toList();
    }
}
