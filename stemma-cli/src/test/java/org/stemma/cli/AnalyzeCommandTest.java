package org.stemma.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    @TempDir
    Path tmp;

    private static final Path TOY = Path.of("src/test/resources/toy");
    private static final Path EXAMPLE = Path.of("../examples/harbour");

    @Test
    void onAFourArticleToyCorpusTheDefaultsFindTheObviousCopy() {
        Path out = tmp.resolve("out");
        Outputs.Run run = Outputs.run("analyze", TOY.toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitCode.OK, run.code(), run.err());
        List<JsonNode> passages = Outputs.jsonl(out.resolve("passages.jsonl"));
        assertTrue(passages.stream().anyMatch(p -> p.get("a").asText().equals("bakery-original")
                && p.get("b").asText().equals("bakery-reprint")), "passages: " + passages);
        List<JsonNode> edges = Outputs.jsonl(out.resolve("edges.jsonl"));
        assertTrue(edges.stream().anyMatch(e -> e.get("target").asText().equals("bakery-reprint")),
                "edges: " + edges);
        assertTrue(passages.stream().noneMatch(p -> p.toString().contains("garden-tips")),
                "an unrelated article shares no passage: " + passages);
    }

    @Test
    void everyOutputFileIsWrittenAndArticlesCarryTheContractFields() {
        Path out = tmp.resolve("out");
        Outputs.Run run = Outputs.run("analyze", EXAMPLE.toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitCode.OK, run.code(), run.err());
        for (String name : List.of("articles.jsonl", "passages.jsonl", "edges.jsonl", "events.jsonl",
                "stories.jsonl", "lost_sources.jsonl", "errors.jsonl", "report.html")) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        for (JsonNode a : Outputs.jsonl(out.resolve("articles.jsonl"))) {
            for (String field : List.of("id", "outlet", "title", "date", "date_basis", "lang", "event", "story",
                    "body", "clutter")) {
                assertTrue(a.has(field), field + " missing in " + a.get("id"));
            }
        }
        assertTrue(run.out().contains("5 articles"), run.out());
        // The example's rewrite keeps little of the wire report but credits its outlet: the credit keeps its
        // edge from the wire, however weak the textual evidence.
        assertTrue(Outputs.jsonl(out.resolve("edges.jsonl")).stream().anyMatch(e ->
                e.get("source").asText().equals("wire-0412") && e.get("target").asText().equals("tidings-0413")));
    }

    @Test
    void outputIsIdenticalByteForByteAcrossRunsAndThreadCounts() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertEquals(0, Outputs.run("analyze", EXAMPLE.toString(), "--out", one.toString(), "-q",
                "--threads", "1").code());
        assertEquals(0, Outputs.run("analyze", EXAMPLE.toString(), "--out", two.toString(), "-q",
                "--threads", "2").code());
        try (Stream<Path> files = Files.list(one)) {
            for (Path f : files.sorted().toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(two.resolve(f.getFileName())),
                        f.getFileName().toString());
            }
        }
    }

    @Test
    void badRecordsAreReportedWithTheirLocationAndTheRunGoesOn() throws IOException {
        Path corpus = tmp.resolve("corpus.jsonl");
        Files.writeString(corpus, String.join("\n",
                "{\"id\": \"ok\", \"text\": \"A perfectly fine little article about the weather today.\"}",
                "{broken",
                "{\"id\": \"empty\", \"text\": \"\"}"), StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        Outputs.Run run = Outputs.run("analyze", corpus.toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        List<JsonNode> errors = Outputs.jsonl(out.resolve("errors.jsonl"));
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(2, errors.get(0).get("line").asInt());
        assertTrue(errors.get(0).get("source").asText().endsWith("corpus.jsonl"));
        assertEquals("empty", errors.get(1).get("id").asText());
        assertTrue(run.err().contains("corpus.jsonl:2"), run.err());
        assertEquals(1, Outputs.jsonl(out.resolve("articles.jsonl")).size());
    }

    @Test
    void aMissingInputIsABadUsageExitTwo() {
        Outputs.Run run = Outputs.run("analyze", tmp.resolve("absent").toString(), "--out", tmp.toString());
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().contains("absent"), run.err());
    }

    @Test
    void anUnknownOptionIsABadUsageExitTwoWithUsageShown() {
        Outputs.Run run = Outputs.run("analyze", "--frobnicate", EXAMPLE.toString(), "--out", tmp.toString());
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().contains("Usage"), run.err());
    }

    @Test
    void anInputWithNoReadableArticleExitsThreeAndStillWritesErrors() throws IOException {
        Path corpus = Files.writeString(tmp.resolve("bad.jsonl"), "{nope\n");
        Path out = tmp.resolve("out");
        Outputs.Run run = Outputs.run("analyze", corpus.toString(), "--out", out.toString(), "-q");
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertEquals(1, Outputs.jsonl(out.resolve("errors.jsonl")).size());
    }

    @Test
    void helpExplainsEveryOption() {
        Outputs.Run run = Outputs.run("analyze", "--help");
        assertEquals(ExitCode.OK, run.code());
        for (String option : List.of("--out", "--threads", "--quiet", "INPUT")) {
            assertTrue(run.out().contains(option), option + " in " + run.out());
        }
        assertFalse(run.out().isBlank());
    }
}
