package org.stemma.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * changes.jsonl of {@code analyze} on the seed articles of ../shared reads the two copies of the lost source
 * (000 and 001) each as the one that made its own edits: 000's added modifiers are changes of 000, 001's
 * comment paragraphs are changes of 001. Skips when ../shared is absent. The words below locate EXPECTED.md's
 * findings in the seed texts; no rule of the pipeline names them.
 */
class SeedChangesOrientationTest {
    @TempDir
    static Path tmp;

    static Path out;
    static List<JsonNode> changes;

    @BeforeAll
    static void analyzeTheSeeds() {
        Path seeds = Path.of(System.getProperty("stemma.shared", "../../shared"), "corpora", "seeds");
        if (!Files.isDirectory(seeds)) {
            System.err.println("SeedChangesOrientationTest skipped: " + seeds + " is absent (no ../shared)");
        }
        Assumptions.assumeTrue(Files.isDirectory(seeds), "skipped: " + seeds + " is absent (no ../shared)");
        out = tmp.resolve("seeds-out");
        Outputs.Run run = Outputs.run("analyze", seeds.toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitCode.OK, run.code(), run.err());
        changes = Outputs.jsonl(out.resolve("changes.jsonl"));
    }

    private static String id(String prefix) {
        return Outputs.article(out, prefix).get("id").asText();
    }

    private static List<JsonNode> between(String source, String target) {
        return changes.stream().filter(c -> c.get("source").asText().equals(id(source))
                && c.get("target").asText().equals(id(target))).toList();
    }

    private static String describe(List<JsonNode> cs) {
        return cs.stream().map(c -> c.get("kind").asText() + " [" + c.get("before").asText() + "] -> ["
                + c.get("after").asText() + "]").collect(Collectors.joining("\n"));
    }

    @Test
    void theSeedsAreTwoCopiesOfALostSource() {
        List<JsonNode> lost = Outputs.jsonl(out.resolve("lost_sources.jsonl"));
        assertTrue(lost.stream().anyMatch(l -> l.get("witnesses").toString().contains(id("000"))
                && l.get("witnesses").toString().contains(id("001"))), lost.toString());
    }

    @Test
    void theModifiersAddedIn000AreChangesOf000() {
        List<JsonNode> of000 = between("001", "000");
        for (String word : List.of("defensive", "military")) {
            assertTrue(of000.stream().anyMatch(c -> c.get("kind").asText().equals("modifier_added")
                    && c.get("after").asText().contains(word)), word + " in:\n" + describe(of000));
        }
        List<JsonNode> of001 = between("000", "001");
        assertTrue(of001.stream().noneMatch(c -> c.get("kind").asText().equals("modifier_removed")
                && c.get("before").asText().contains("defensive")), "reversed reading left:\n" + describe(of001));
    }

    @Test
    void theHedgeAndDenialDroppedBy000AreChangesOf000() {
        List<JsonNode> of000 = between("001", "000");
        assertTrue(of000.stream().anyMatch(c -> c.get("kind").asText().equals("dropped_hedge")
                && c.get("before").asText().contains("believed to be")), describe(of000));
        assertTrue(of000.stream().anyMatch(c -> c.get("kind").asText().equals("dropped_denial")), describe(of000));
    }

    @Test
    void theFiveCommentParagraphsAreEditorialCommentaryOf001() {
        List<JsonNode> of001 = between("000", "001");
        long comments = of001.stream().filter(c -> c.get("kind").asText().equals("editorial_commentary")
                && c.get("after").asText().strip().startsWith("Comment:")).count();
        assertEquals(5, comments, describe(of001));
        List<JsonNode> of000 = between("001", "000");
        assertTrue(of000.stream().noneMatch(c -> c.get("before").asText().contains("Comment:")),
                "a comment read as dropped by 000:\n" + describe(of000));
    }
}
