package org.stemma.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.model.Analysis;
import org.stemma.model.Article;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCell;
import org.stemma.model.ClaimState;
import org.stemma.model.Origin;
import org.stemma.model.PublicationDate;
import org.stemma.model.Quote;
import org.stemma.model.QuoteDrift;
import org.stemma.model.QuoteGroup;
import org.stemma.model.QuoteKind;
import org.stemma.model.RawArticle;
import org.stemma.model.Span;
import org.stemma.model.Speaker;

class QuotesWriterTest {
    @TempDir
    Path dir;

    private static List<String> fields(JsonNode n) {
        List<String> out = new ArrayList<>();
        Iterator<String> it = n.fieldNames();
        it.forEachRemaining(out::add);
        return out;
    }

    private static Article article(String id, String text) {
        RawArticle raw = new RawArticle(id, text, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("en"), new Origin("test", 0), 0);
        return new Article(raw, List.of(new Span(0, text.length())), List.of(), Optional.empty(), Optional.empty(),
                "en", PublicationDate.UNKNOWN);
    }

    @Test
    void quotesGroupsAndClaimsAreWrittenWithFixedFieldsAndAbsorbedMembersListed() throws IOException {
        String a = "\"We stay open all winter,\" the <mayor> said.";
        String b = "We stay open all winter, the flyer says on.";
        Article x = article("a", a);
        Article y = article("b", b);
        Quote q = new Quote("a", new Span(1, 24), QuoteKind.DIRECT,
                Optional.of(new Speaker(new Span(a.indexOf("the"), a.indexOf(" said")), "mayor")));
        Quote absorbed = new Quote("b", new Span(0, 23), QuoteKind.ABSORBED, Optional.empty());
        QuoteGroup g = new QuoteGroup("q0001", Optional.of("mayor"), List.of(q, absorbed), "a", List.of("a", "b"),
                List.of(QuoteDrift.MARKS_DROPPED, QuoteDrift.SPEAKER_DROPPED), List.of("b: quotation marks dropped"));
        Claim c = new Claim("c0001", "s1", "a", List.of(
                new ClaimCell("a", ClaimState.VERBATIM, Optional.of(new Span(0, a.length())), List.of()),
                new ClaimCell("b", ClaimState.ABSENT, Optional.empty(), List.of())));
        Analysis analysis = new Analysis(List.of(x, y), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(q), List.of(g), List.of(c));

        new QuotesWriter().write(analysis, dir);
        ObjectMapper json = new ObjectMapper();
        List<String> quoteLines = Files.readAllLines(dir.resolve("quotes.jsonl"), StandardCharsets.UTF_8);
        assertEquals(2, quoteLines.size());
        JsonNode first = json.readTree(quoteLines.get(0));
        assertEquals(List.of("article", "start", "end", "kind", "text", "speaker", "speaker_mention",
                "speaker_start", "speaker_end", "group"), fields(first));
        assertEquals("We stay open all winter", first.get("text").asText());
        assertEquals("q0001", first.get("group").asText());
        assertEquals("absorbed", json.readTree(quoteLines.get(1)).get("kind").asText());
        JsonNode group = json.readTree(Files.readString(dir.resolve("quote_groups.jsonl")));
        assertEquals(List.of("id", "speaker", "earliest", "articles", "outlets", "drift", "changes", "members"),
                fields(group));
        assertEquals("marks_dropped", group.get("drift").get(0).asText());
        JsonNode claim = json.readTree(Files.readString(dir.resolve("claims.jsonl")));
        assertTrue(claim.get("cells").get(1).get("text").isNull());

        String html = new HtmlReportWriter(ReportConfig.defaults()).render(analysis);
        assertTrue(html.contains("Quotations carried by several articles"));
        assertTrue(html.contains("&lt;mayor&gt;") && !html.contains("<mayor>"), "input text is escaped");
    }
}
