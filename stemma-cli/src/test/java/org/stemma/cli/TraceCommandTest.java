package org.stemma.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCommandTest {
    private static final Path TOY = Path.of("src/test/resources/toy");
    private static final String PASSAGE = "The bakery opened in 1964 and became known across the district for its "
            + "rye loaves and plum cakes.";

    @TempDir
    Path tmp;

    @Test
    void twoBatchesAnalysedIntoAStoreAreTracedEarliestFirst() throws IOException {
        Path data = tmp.resolve("data");
        Outputs.Run first = Outputs.run("analyze", TOY.resolve("bakery-original.txt").toString(),
                TOY.resolve("garden-tips.txt").toString(), "--into", data.toString(), "--quiet");
        assertEquals(ExitCode.OK, first.code(), first.err());
        assertTrue(first.out().startsWith("batch 1: 2 articles"), first.out());
        Outputs.Run second = Outputs.run("analyze", TOY.resolve("bakery-reprint.txt").toString(), "--into",
                data.toString(), "--quiet");
        assertEquals(ExitCode.OK, second.code(), second.err());
        assertTrue(second.out().startsWith("batch 2: 1 articles"), second.out());

        Outputs.Run trace = Outputs.run("trace", PASSAGE, "--data", data.toString());
        assertEquals(ExitCode.OK, trace.code(), trace.err());
        List<String> ids = new ArrayList<>();
        for (String line : trace.out().strip().split("\n")) {
            JsonNode hit = new ObjectMapper().readTree(line);
            ids.add(hit.get("article").asText());
            assertTrue(hit.get("coverage").asDouble() >= 0.5, line);
        }
        assertTrue(ids.containsAll(List.of("bakery-original", "bakery-reprint")), trace.out());

        Path file = tmp.resolve("passage.txt");
        Files.writeString(file, PASSAGE);
        Outputs.Run fromFile = Outputs.run("trace", "--file", file.toString(), "--data", data.toString());
        assertEquals(trace.out(), fromFile.out());
    }

    @Test
    void traceOfAMissingStoreIsBadUsage() {
        Outputs.Run run = Outputs.run("trace", PASSAGE, "--data", tmp.resolve("none").toString());
        assertEquals(ExitCode.USAGE, run.code(), run.err());
        assertTrue(run.err().contains("no such file"), run.err());
    }

    @Test
    void analyzeWithoutOutOrIntoIsBadUsage() {
        Outputs.Run run = Outputs.run("analyze", TOY.toString(), "--quiet");
        assertEquals(ExitCode.USAGE, run.code(), run.err());
    }
}
