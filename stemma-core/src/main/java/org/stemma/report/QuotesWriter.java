package org.stemma.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stemma.model.Analysis;
import org.stemma.model.Article;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCell;
import org.stemma.model.Quote;
import org.stemma.model.QuoteDrift;
import org.stemma.model.QuoteGroup;
import org.stemma.model.Span;

/**
 * Writes quotations and claims as JSON Lines: {@code quotes.jsonl} (every extracted quotation, and the unquoted
 * words that carry a grouped one), {@code quote_groups.jsonl} and {@code claims.jsonl} (docs/FORMATS.md lists
 * every field). Same conventions as {@link JsonlReportWriter}: fixed field order, nulls written, sorted records,
 * UTF-8, {@code '\n'} after each line, byte-identical output for the same analysis.
 */
public final class QuotesWriter {

    /** Writes the three files into {@code dir}, which must exist. */
    public void write(Analysis analysis, Path dir) throws IOException {
        Map<String, Article> articles = new HashMap<>();
        for (Article a : analysis.articles()) {
            articles.put(a.id(), a);
        }
        Map<String, String> groupOf = new HashMap<>();
        List<Quote> all = new ArrayList<>(analysis.quotes());
        for (QuoteGroup g : analysis.quoteGroups()) {
            for (Quote q : g.members()) {
                groupOf.putIfAbsent(key(q), g.id());
                if (q.kind() == org.stemma.model.QuoteKind.ABSORBED) {
                    all.add(q);
                }
            }
        }
        all.sort(Comparator.comparing(Quote::articleId).thenComparing(Quote::span).thenComparing(Quote::kind));
        JsonlReportWriter.writeFile(dir.resolve("quotes.jsonl"), g -> {
            for (Quote q : all) {
                g.writeStartObject();
                writeQuoteFields(g, q, articles);
                writeOptional(g, "group", Optional.ofNullable(groupOf.get(key(q))));
                g.writeEndObject();
                g.writeRaw('\n');
            }
        });
        List<QuoteGroup> groups = new ArrayList<>(analysis.quoteGroups());
        groups.sort(Comparator.comparing(QuoteGroup::id));
        JsonlReportWriter.writeFile(dir.resolve("quote_groups.jsonl"), g -> {
            for (QuoteGroup q : groups) {
                g.writeStartObject();
                g.writeStringField("id", q.id());
                writeOptional(g, "speaker", q.speaker());
                g.writeStringField("earliest", JsonlReportWriter.clean(q.earliest()));
                writeStrings(g, "articles", q.articles());
                writeStrings(g, "outlets", q.outlets());
                writeStrings(g, "drift", q.drift().stream().map(QuoteDrift::label).toList());
                writeStrings(g, "changes", q.changes());
                g.writeArrayFieldStart("members");
                for (Quote m : q.members()) {
                    g.writeStartObject();
                    writeQuoteFields(g, m, articles);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
            }
        });
        List<Claim> claims = new ArrayList<>(analysis.claims());
        claims.sort(Comparator.comparing(Claim::id));
        JsonlReportWriter.writeFile(dir.resolve("claims.jsonl"), g -> {
            for (Claim c : claims) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeStringField("story", JsonlReportWriter.clean(c.story()));
                g.writeStringField("reference", JsonlReportWriter.clean(c.reference()));
                g.writeArrayFieldStart("cells");
                for (ClaimCell cell : c.cells()) {
                    g.writeStartObject();
                    g.writeStringField("article", JsonlReportWriter.clean(cell.articleId()));
                    g.writeStringField("state", cell.state().label());
                    writeSpan(g, cell.sentence());
                    Article a = articles.get(cell.articleId());
                    writeOptional(g, "text", cell.sentence().filter(s -> a != null).map(s -> s.of(a.text())));
                    writeStrings(g, "changes", cell.changes());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
            }
        });
    }

    private static String key(Quote q) {
        return q.articleId() + "\u0000" + q.span().start() + ":" + q.span().end() + ":" + q.kind();
    }

    private static void writeQuoteFields(JsonGenerator g, Quote q, Map<String, Article> articles) throws IOException {
        Article a = articles.get(q.articleId());
        g.writeStringField("article", JsonlReportWriter.clean(q.articleId()));
        g.writeNumberField("start", q.span().start());
        g.writeNumberField("end", q.span().end());
        g.writeStringField("kind", q.kind().label());
        writeOptional(g, "text", Optional.ofNullable(a).map(x -> q.span().of(x.text())));
        writeOptional(g, "speaker", q.speakerName());
        writeOptional(g, "speaker_mention", q.speaker().flatMap(s -> Optional.ofNullable(a)
                .map(x -> s.mention().of(x.text()))));
        g.writeFieldName("speaker_start");
        if (q.speaker().isPresent()) {
            g.writeNumber(q.speaker().get().mention().start());
        } else {
            g.writeNull();
        }
        g.writeFieldName("speaker_end");
        if (q.speaker().isPresent()) {
            g.writeNumber(q.speaker().get().mention().end());
        } else {
            g.writeNull();
        }
    }

    private static void writeSpan(JsonGenerator g, Optional<Span> span) throws IOException {
        g.writeFieldName("start");
        if (span.isPresent()) {
            g.writeNumber(span.get().start());
        } else {
            g.writeNull();
        }
        g.writeFieldName("end");
        if (span.isPresent()) {
            g.writeNumber(span.get().end());
        } else {
            g.writeNull();
        }
    }

    private static void writeStrings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(JsonlReportWriter.clean(v));
        }
        g.writeEndArray();
    }

    private static void writeOptional(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, JsonlReportWriter.clean(value.get()));
        } else {
            g.writeNullField(name);
        }
    }
}
