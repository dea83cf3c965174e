package org.stemma.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignCommandTest {
    @TempDir
    Path tmp;

    private static final String ORIGINAL = "The council voted on Tuesday to close the old swimming pool at the end "
            + "of the summer, officials said.\nRepairs to the roof are believed to be too expensive, and a new "
            + "pool will be built near the station by 2028.\nResidents said they would \"fight to keep it open\".\n";
    private static final String COPY = "The council voted on Tuesday to close the old swimming pool at the end "
            + "of the summer.\nRepairs to the roof are too expensive, and a new pool will be built near the "
            + "station by 2028.\nResidents said they would fight to keep it open.\n";

    @Test
    void twoTextFilesArePrintedMarkedWithTheirTypedChanges() throws Exception {
        Path a = Files.writeString(tmp.resolve("pool-original.txt"), ORIGINAL);
        Path b = Files.writeString(tmp.resolve("pool-copy.txt"), COPY);
        Outputs.Run run = Outputs.run("align", a.toString(), b.toString(), "--whole");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().contains("[-officials said") && run.out().contains("[-believed to be-]"),
                run.out());
        assertTrue(run.out().contains("dropped_hedge"), run.out());
        assertTrue(run.out().contains("dropped_attribution"), run.out());
        assertTrue(run.out().contains("quote_marks_removed"), run.out());
    }

    @Test
    void jsonOutputIsPassagesJsonlAndCorpusArticlesAreNamedById() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path corpus = tmp.resolve("corpus.jsonl");
        Files.writeString(corpus, json.writeValueAsString(java.util.Map.of("id", "x1", "text", ORIGINAL)) + "\n"
                + json.writeValueAsString(java.util.Map.of("id", "x2", "text", COPY)) + "\n");
        Outputs.Run run = Outputs.run("align", corpus + "#x2", corpus + "#x1", "--json", "--whole");
        assertEquals(ExitCode.OK, run.code(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertTrue(lines.length >= 1, run.out());
        JsonNode p = json.readTree(lines[0]);
        assertEquals("x1", p.get("a").asText());
        assertEquals("x2", p.get("b").asText());
        assertTrue(p.get("edits").size() > 1, run.out());
    }

    @Test
    void anUnknownIdIsAUsageError() throws Exception {
        Path corpus = Files.writeString(tmp.resolve("c.jsonl"), "{\"id\":\"x1\",\"text\":\"hello there\"}\n");
        Path a = Files.writeString(tmp.resolve("a.txt"), ORIGINAL);
        Outputs.Run run = Outputs.run("align", a.toString(), corpus + "#nope");
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().contains("nope"), run.err());
    }

    @Test
    void evalChangesPrintsATablePerPairsFile() {
        Outputs.Run run = Outputs.run("eval", "changes", "--pairs", "../stemma-core/src/test/resources/changes");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().contains("pairs.txt: ") && run.out().contains("heldout.txt: "), run.out());
        assertTrue(run.out().contains("number_changed"), run.out());
    }
}
