package org.stemma.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    Path tmp;

    private static final Path EXAMPLE = Path.of("../examples/harbour/corpus.jsonl");

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnotherOne() throws IOException {
        Path a = tmp.resolve("a.jsonl");
        Path b = tmp.resolve("b.jsonl");
        Path c = tmp.resolve("c.jsonl");
        for (String[] run : new String[][] {{a.toString(), "7"}, {b.toString(), "7"}, {c.toString(), "8"}}) {
            Outputs.Run r = Outputs.run("generate", "--articles", "30", "--seed", run[1], "--from",
                    EXAMPLE.toString(), "--out", run[0]);
            assertEquals(ExitCode.OK, r.code(), r.err());
        }
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)));
        List<JsonNode> articles = Outputs.jsonl(a);
        assertEquals(30, articles.size());
        assertEquals(30, articles.stream().map(n -> n.get("id").asText()).distinct().count());
        List<JsonNode> truth = Outputs.jsonl(tmp.resolve("a.truth.jsonl"));
        assertEquals(30, truth.size());
        for (int i = 0; i < 30; i++) {
            assertEquals(articles.get(i).get("id"), truth.get(i).get("id"));
            assertEquals(articles.get(i).get("outlet"), truth.get(i).get("outlet"));
        }
    }

    @Test
    void theGeneratedCorpusIsReadableByAnalyze() {
        Path corpus = tmp.resolve("corpus.jsonl");
        assertEquals(ExitCode.OK, Outputs.run("generate", "--articles", "20", "--from", EXAMPLE.toString(),
                "--out", corpus.toString()).code());
        Outputs.Run run = Outputs.run("analyze", corpus.toString(), "--out", tmp.resolve("out").toString(),
                "--quiet");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals(20, Outputs.jsonl(tmp.resolve("out/articles.jsonl")).size());
    }

    @Test
    void evalProvenanceScoresAGeneratedCorpusStrictlyAndUpToTwins() {
        Path corpus = tmp.resolve("corpus.jsonl");
        assertEquals(ExitCode.OK, Outputs.run("generate", "--articles", "40", "--seed", "3", "--from",
                EXAMPLE.toString(), "--out", corpus.toString()).code());
        Outputs.Run run = Outputs.run("eval", "provenance", "--corpus", corpus.toString(), "--truth",
                tmp.resolve("corpus.truth.jsonl").toString(), "-q", "--threads", "2");
        assertEquals(ExitCode.OK, run.code(), run.err());
        double strict = Double.NaN;
        double tolerant = Double.NaN;
        for (String line : run.out().split("\\R")) {
            String[] cells = line.trim().split("\\s{2,}");
            if (line.startsWith("parent accuracy")) {
                strict = Double.parseDouble(cells[cells.length - 1]);
            } else if (line.startsWith("twin-tolerant parent")) {
                tolerant = Double.parseDouble(cells[cells.length - 1]);
            }
        }
        // both figures printed, and a twin of the right answer can only add to the strict count
        assertFalse(Double.isNaN(strict), run.out());
        assertFalse(Double.isNaN(tolerant), run.out());
        org.junit.jupiter.api.Assertions.assertTrue(tolerant >= strict && strict > 0, run.out());
    }

    @Test
    void evalProvenanceRefusesAStarSizeOutOfRangeBeforeLookingForItsPool() {
        Outputs.Run run = Outputs.run("eval", "provenance", "--star-copies", "12", "--pool",
                tmp.resolve("none.jsonl").toString());
        assertEquals(ExitCode.USAGE, run.code(), run.err());
        assertTrue(run.err().contains("--star-copies must be 1 to 11"), run.err());
    }

    @Test
    void aSourceFileWithoutTextIsBadInput() throws IOException {
        Path empty = tmp.resolve("empty.jsonl");
        Files.writeString(empty, "{\"id\":\"x\"}\n");
        Outputs.Run run = Outputs.run("generate", "--articles", "5", "--from", empty.toString(), "--out",
                tmp.resolve("o.jsonl").toString());
        assertEquals(ExitCode.BAD_INPUT, run.code(), run.err());
    }
}
