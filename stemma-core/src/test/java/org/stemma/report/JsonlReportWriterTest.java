package org.stemma.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.changes.Changes;
import org.stemma.model.Change;
import org.stemma.model.ChangeKind;
import org.stemma.model.Span;
import org.stemma.model.Analysis;

class JsonlReportWriterTest {
    private static final List<String> FILES = List.of("articles.jsonl", "passages.jsonl", "edges.jsonl",
            "events.jsonl", "stories.jsonl", "lost_sources.jsonl", "errors.jsonl");
    private final JsonlReportWriter writer = new JsonlReportWriter(ReportConfig.defaults());
    private final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path dir;

    private List<JsonNode> lines(String file) throws IOException {
        String content = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        assertTrue(content.isEmpty() || content.endsWith("\n"), file + " ends with a line end");
        assertFalse(content.contains("\r"), file);
        List<JsonNode> out = new ArrayList<>();
        for (String line : content.split("\n")) {
            if (!line.isEmpty()) {
                out.add(mapper.readTree(line));
            }
        }
        return out;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    @Test
    void articlesHaveTheDocumentedFieldsInOrderWithNullForWhatIsUnknown() throws IOException {
        writer.write(ReportFixtures.analysis(), dir);
        List<JsonNode> articles = lines("articles.jsonl");
        assertEquals(List.of("a", "b", "c<x>"), articles.stream().map(n -> n.get("id").asText()).toList());
        assertEquals(List.of("id", "outlet", "title", "date", "date_basis", "lang", "event", "story", "body",
                "clutter", "url", "title_span", "date_evidence", "body_spans", "body_chars", "text_chars", "source",
                "line", "repaired_chars"), fieldNames(articles.get(0)));
        JsonNode a = articles.get(0);
        assertEquals("Brenfield \"Post\"", a.get("outlet").asText());
        assertEquals("2021-03-01", a.get("date").asText());
        assertEquals("stated", a.get("date_basis").asText());
        assertEquals("e1", a.get("event").asText());
        assertEquals("s1", a.get("story").asText());
        assertEquals("widget", a.get("clutter").get(0).get("kind").asText());
        JsonNode b = articles.get(1);
        assertTrue(b.get("date").isNull());
        assertEquals("unknown", b.get("date_basis").asText());
        assertTrue(b.get("outlet").isNull());
        assertEquals("bounded", articles.get(2).get("date_basis").asText());
        assertTrue(a.get("body").asText().startsWith("The mayor of Brenfield"));
        assertTrue(a.get("body").asText().contains("every week. Visit <a href=\"javascript:alert(2)\">our page</a>"
                + " for more.\n\nStallholders"), a.get("body").asText());
    }

    @Test
    void passageOffsetsRoundTripToTheSameTextInTheOriginals() throws IOException {
        Analysis analysis = ReportFixtures.analysis();
        writer.write(analysis, dir);
        JsonNode p = lines("passages.jsonl").get(0);
        assertEquals(List.of("a", "b", "a_start", "a_end", "b_start", "b_end", "score", "edits"), fieldNames(p));
        assertEquals(0.1235, p.get("score").asDouble());
        String ta = analysis.articles().get(0).text();
        String tb = analysis.articles().get(1).text();
        JsonNode sub = p.get("edits").get(3);
        assertEquals(List.of("op", "a_start", "a_end", "b_start", "b_end"), fieldNames(sub));
        assertEquals("substitute", sub.get("op").asText());
        assertEquals("cheaper", ta.substring(sub.get("a_start").asInt(), sub.get("a_end").asInt()));
        assertEquals("lower", tb.substring(sub.get("b_start").asInt(), sub.get("b_end").asInt()));
        JsonNode ins = p.get("edits").get(1);
        assertEquals("insert", ins.get("op").asText());
        assertEquals(ins.get("a_start").asInt(), ins.get("a_end").asInt());
        assertEquals(analysis.passages().get(0).inA().start(), p.get("a_start").asInt());
    }

    @Test
    void edgesEventsStoriesLostSourcesAndErrorsHaveTheirFields() throws IOException {
        writer.write(ReportFixtures.analysis(), dir);
        List<JsonNode> edges = lines("edges.jsonl");
        assertEquals(List.of("source", "target", "confidence", "evidence", "source_lost", "story"),
                fieldNames(edges.get(0)));
        assertEquals("b", edges.get(0).get("target").asText());
        assertEquals("0.6667", edges.get(0).get("confidence").asText());
        assertEquals("lost:a", edges.get(1).get("source").asText());
        assertTrue(edges.get(1).get("source_lost").asBoolean());
        JsonNode story = lines("stories.jsonl").get(0);
        assertEquals(List.of("id", "events", "articles"), fieldNames(story));
        assertEquals("[\"a\",\"b\",\"c<x>\"]", story.get("articles").toString());
        assertEquals(List.of("id", "story", "articles"), fieldNames(lines("events.jsonl").get(0)));
        JsonNode lost = lines("lost_sources.jsonl").get(0);
        assertEquals(List.of("id", "witnesses", "credited", "text"), fieldNames(lost));
        assertEquals("Wire <Service>", lost.get("credited").asText());
        JsonNode error = lines("errors.jsonl").get(0);
        assertEquals(List.of("source", "line", "id", "stage", "message"), fieldNames(error));
        assertEquals(7, error.get("line").asInt());
        assertTrue(error.get("id").isNull());
        assertEquals("ingest", error.get("stage").asText());
    }

    @Test
    void anUnpairedSurrogateBecomesOneReplacementCharSoLengthsAndOffsetsHold() throws IOException {
        Analysis analysis = ReportFixtures.analysis();
        writer.write(analysis, dir);
        String raw = Files.readString(dir.resolve("articles.jsonl"), StandardCharsets.UTF_8);
        assertTrue(raw.contains("bakers \uFFFD caf\u00e9"), "non-ASCII written as UTF-8, the surrogate replaced");
        String body = lines("articles.jsonl").get(1).get("body").asText();
        assertEquals(analysis.articles().get(1).bodyText().length(), body.length());
        assertEquals("x\uFFFDy", JsonlReportWriter.clean("x\uD800y"));
        assertEquals("\uD83D\uDE00", JsonlReportWriter.clean("\uD83D\uDE00"));
        assertEquals("\uFFFD", JsonlReportWriter.clean("\uDE00"));
    }

    @Test
    void twoRunsWriteByteIdenticalFiles(@TempDir Path other) throws IOException {
        writer.write(ReportFixtures.analysis(), dir);
        writer.write(ReportFixtures.analysis(), other);
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(f)), Files.readAllBytes(other.resolve(f)), f);
        }
    }

    @Test
    void anEmptyAnalysisWritesSevenEmptyFiles() throws IOException {
        writer.write(new Analysis(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()), dir);
        for (String f : FILES) {
            assertEquals(0, Files.size(dir.resolve(f)), f);
        }
    }

    /** Changes of two pairs, out of order; in pair {b, c} the later id is the source. */
    private static List<Change> changesOutOfOrder() {
        String a = "The council approved the budget on Monday.";
        String b = "The council reportedly approved the budget on Monday.";
        String c = "The council approved the budget on Tuesday.";
        return List.of(
                Change.of("c", "b", ChangeKind.NUMBER_CHANGED, new Span(35, 42), new Span(46, 52), c, b, true),
                Change.of("a", "b", ChangeKind.MODIFIER_ADDED, new Span(12, 12), new Span(12, 23), a, b, false),
                Change.of("a", "b", ChangeKind.DROPPED_TEXT, new Span(0, 3), new Span(0, 0), a, b, false),
                Change.of("b", "c", ChangeKind.DROPPED_HEDGE, new Span(12, 23), new Span(12, 12), b, c, true));
    }

    @Test
    void changesAreWrittenPairByPairAndStreamingThemGivesTheSameBytes(@TempDir Path streamed) throws IOException {
        List<Change> changes = changesOutOfOrder();
        writer.write(new Analysis(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                changes, List.of(), List.of(), List.of()), dir);
        List<String> order = new ArrayList<>();
        for (JsonNode n : lines("changes.jsonl")) {
            order.add(n.get("source").asText() + ">" + n.get("target").asText() + ":" + n.get("kind").asText());
        }
        // Pair {a, b} first (its changes by source span), then pair {b, c}: source b before source c.
        assertEquals(List.of("a>b:dropped_text", "a>b:modifier_added", "b>c:dropped_hedge", "c>b:number_changed"),
                order);

        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Changes.OUTPUT_ORDER);
        try (ChangesWriter stream = ChangesWriter.open(streamed)) {
            sorted.forEach(stream);
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("changes.jsonl")),
                Files.readAllBytes(streamed.resolve("changes.jsonl")));

        // A run that streamed its changes writes the other files and leaves changes.jsonl as streamed.
        writer.write(ReportFixtures.analysis(), streamed, false);
        assertArrayEquals(Files.readAllBytes(dir.resolve("changes.jsonl")),
                Files.readAllBytes(streamed.resolve("changes.jsonl")));
        assertTrue(Files.size(streamed.resolve("articles.jsonl")) > 0);
    }

    @Test
    void doublesAreRoundedHalfUpWithoutTrailingZerosOrExponents() {
        assertEquals("0.1235", writer.decimal(0.123456).toPlainString());
        assertEquals("1", writer.decimal(1.0).toString());
        assertEquals("0", writer.decimal(0.0).toString());
        assertEquals("0.5", writer.decimal(0.5).toString());
        assertEquals("0", writer.decimal(1e-9).toString());
    }
}
