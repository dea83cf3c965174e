package org.stemma.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.stemma.model.Analysis;
import org.stemma.model.Article;
import org.stemma.model.Clutter;
import org.stemma.model.Edge;
import org.stemma.model.Edit;
import org.stemma.model.Event;
import org.stemma.model.LostSource;
import org.stemma.model.Passage;
import org.stemma.model.Problem;
import org.stemma.model.Span;
import org.stemma.model.Story;

/**
 * Writes an analysis as JSON Lines, one file per record kind, into a folder: {@code articles.jsonl},
 * {@code passages.jsonl}, {@code edges.jsonl}, {@code events.jsonl}, {@code stories.jsonl},
 * {@code lost_sources.jsonl}, {@code changes.jsonl} ({@link ChangesWriter}), {@code errors.jsonl} and the
 * quotation files ({@link QuotesWriter}); docs/FORMATS.md lists every field.
 *
 * <p>Each line is one JSON object with its fields in a fixed order; absent values are {@code null}, never
 * left out. Records are sorted (articles, events, stories, lost sources by id; passages by ids and offsets;
 * edges by target then source; errors in input order). Doubles are rounded half-up to
 * {@link ReportConfig#decimals()} decimals and written without trailing zeros. Files are UTF-8 with
 * {@code '\n'} after every line, written with Jackson's streaming generator: the same analysis gives the same
 * bytes. Offsets are char (UTF-16) offsets into the article's original text, as everywhere in stemma.
 */
public final class JsonlReportWriter implements ReportWriter {
    private static final JsonFactory JSON = new JsonFactoryBuilder().rootValueSeparator((String) null).build();
    private static final char LINE_END = '\n';

    private final ReportConfig config;

    public JsonlReportWriter(ReportConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config is null; use ReportConfig.defaults()");
        }
        this.config = config;
    }

    /** Writes the files into {@code dir}, creating it if needed. */
    @Override
    public void write(Analysis analysis, Path dir) throws IOException {
        write(analysis, dir, true);
    }

    /**
     * Writes the files into {@code dir}; {@code changes.jsonl} only when {@code withChanges}. Without it, for a
     * run whose changes were streamed into that file by {@link ChangesWriter#open} while the pipeline ran.
     */
    public void write(Analysis analysis, Path dir, boolean withChanges) throws IOException {
        Files.createDirectories(dir);
        Memberships members = Memberships.of(analysis);
        writeFile(dir.resolve("articles.jsonl"), g -> {
            for (Article a : sorted(analysis.articles(), Comparator.comparing(Article::id))) {
                writeArticle(g, a, members);
            }
        });
        writeFile(dir.resolve("passages.jsonl"), g -> {
            for (Passage p : sorted(analysis.passages(), Memberships.PASSAGE_ORDER)) {
                writePassage(g, p);
            }
        });
        writeFile(dir.resolve("edges.jsonl"), g -> {
            for (Edge e : sorted(analysis.edges(), Memberships.EDGE_ORDER)) {
                writeEdge(g, e, members);
            }
        });
        writeFile(dir.resolve("events.jsonl"), g -> {
            for (Event e : sorted(analysis.events(), Comparator.comparing(Event::id))) {
                g.writeStartObject();
                g.writeStringField("id", clean(e.id()));
                g.writeStringField("story", clean(e.story()));
                writeStrings(g, "articles", e.articles());
                g.writeEndObject();
                endLine(g);
            }
        });
        writeFile(dir.resolve("stories.jsonl"), g -> {
            for (Story s : sorted(analysis.stories(), Comparator.comparing(Story::id))) {
                g.writeStartObject();
                g.writeStringField("id", clean(s.id()));
                writeStrings(g, "events", s.events());
                writeStrings(g, "articles", members.articlesOfStory(s));
                g.writeEndObject();
                endLine(g);
            }
        });
        writeFile(dir.resolve("lost_sources.jsonl"), g -> {
            for (LostSource l : sorted(analysis.lostSources(), Comparator.comparing(LostSource::id))) {
                g.writeStartObject();
                g.writeStringField("id", clean(l.id()));
                writeStrings(g, "witnesses", l.witnesses());
                writeOptional(g, "credited", l.credited());
                g.writeStringField("text", clean(l.text()));
                g.writeEndObject();
                endLine(g);
            }
        });
        if (withChanges) {
            writeFile(dir.resolve("changes.jsonl"), g -> ChangesWriter.write(g, analysis.changes()));
        }
        writeFile(dir.resolve("errors.jsonl"), g -> {
            for (Problem p : analysis.problems()) {
                g.writeStartObject();
                g.writeStringField("source", clean(p.origin().source()));
                g.writeNumberField("line", p.origin().line());
                writeOptional(g, "id", p.articleId());
                g.writeStringField("stage", p.stage().label());
                g.writeStringField("message", clean(p.message()));
                g.writeEndObject();
                endLine(g);
            }
        });
        new QuotesWriter().write(analysis, dir);
    }

    private void writeArticle(JsonGenerator g, Article a, Memberships members) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", clean(a.id()));
        writeOptional(g, "outlet", a.raw().outlet());
        writeOptional(g, "title", a.title());
        writeOptional(g, "date", a.date().iso());
        g.writeStringField("date_basis", a.date().basis().label());
        g.writeStringField("lang", clean(a.lang()));
        Optional<Event> event = members.eventOf(a.id());
        writeOptional(g, "event", event.map(Event::id));
        writeOptional(g, "story", event.map(Event::story));
        g.writeStringField("body", clean(a.bodyText()));
        g.writeArrayFieldStart("clutter");
        for (Clutter c : a.clutter()) {
            g.writeStartObject();
            g.writeStringField("kind", c.kind().label());
            g.writeNumberField("start", c.span().start());
            g.writeNumberField("end", c.span().end());
            g.writeEndObject();
        }
        g.writeEndArray();
        writeOptional(g, "url", a.raw().url());
        writeSpan(g, "title_span", a.titleSpan());
        writeSpan(g, "date_evidence", a.date().evidence());
        g.writeArrayFieldStart("body_spans");
        for (Span s : a.body()) {
            writeSpanObject(g, s);
        }
        g.writeEndArray();
        g.writeNumberField("body_chars", a.bodyLength());
        g.writeNumberField("text_chars", a.text().length());
        g.writeStringField("source", clean(a.raw().origin().source()));
        g.writeNumberField("line", a.raw().origin().line());
        g.writeNumberField("repaired_chars", a.raw().repairedChars());
        g.writeEndObject();
        endLine(g);
    }

    private void writePassage(JsonGenerator g, Passage p) throws IOException {
        g.writeStartObject();
        g.writeStringField("a", clean(p.a()));
        g.writeStringField("b", clean(p.b()));
        g.writeNumberField("a_start", p.inA().start());
        g.writeNumberField("a_end", p.inA().end());
        g.writeNumberField("b_start", p.inB().start());
        g.writeNumberField("b_end", p.inB().end());
        g.writeFieldName("score");
        g.writeNumber(decimal(p.score()));
        g.writeArrayFieldStart("edits");
        for (Edit e : p.edits()) {
            g.writeStartObject();
            g.writeStringField("op", e.op().label());
            g.writeNumberField("a_start", e.a().start());
            g.writeNumberField("a_end", e.a().end());
            g.writeNumberField("b_start", e.b().start());
            g.writeNumberField("b_end", e.b().end());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        endLine(g);
    }

    private void writeEdge(JsonGenerator g, Edge e, Memberships members) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", clean(e.source()));
        g.writeStringField("target", clean(e.target()));
        g.writeFieldName("confidence");
        g.writeNumber(decimal(e.confidence()));
        writeStrings(g, "evidence", e.evidence());
        g.writeBooleanField("source_lost", members.isLost(e.source()));
        writeOptional(g, "story", members.storyOfEdge(e));
        g.writeEndObject();
        endLine(g);
    }

    /** Rounded half-up to the configured decimals, no trailing zeros, never exponent notation. */
    BigDecimal decimal(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("not a finite number: " + x);
        }
        BigDecimal d = BigDecimal.valueOf(x).setScale(config.decimals(), RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0, RoundingMode.UNNECESSARY) : d;
    }

    /** What goes into one JSONL file. */
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /** Writes one JSONL file through a generator with no separator between root values; the writers share it. */
    static void writeFile(Path file, Body body) throws IOException {
        try (JsonGenerator g = openFile(file)) {
            body.write(g);
        } catch (IOException e) {
            throw new IOException("writing " + file + ": " + e.getMessage(), e);
        }
    }

    /** A generator writing {@code file} (replaced) as this writer writes every file; closing it closes the file. */
    static JsonGenerator openFile(Path file) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
        try {
            return JSON.createGenerator(out, JsonEncoding.UTF8);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    private static void endLine(JsonGenerator g) throws IOException {
        g.writeRaw(LINE_END);
    }

    private static void writeStrings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(clean(v));
        }
        g.writeEndArray();
    }

    private static void writeOptional(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, clean(value.get()));
        } else {
            g.writeNullField(name);
        }
    }

    private static void writeSpan(JsonGenerator g, String name, Optional<Span> span) throws IOException {
        g.writeFieldName(name);
        if (span.isPresent()) {
            writeSpanObject(g, span.get());
        } else {
            g.writeNull();
        }
    }

    private static void writeSpanObject(JsonGenerator g, Span s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeEndObject();
    }

    /**
     * The string with unpaired surrogates replaced by U+FFFD: UTF-8 cannot encode them, and one char for
     * one char keeps every offset into the text valid.
     */
    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
                sb.append('\uFFFD');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return copy;
    }
}
