package org.stemma.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.stemma.extract.Extraction;
import org.stemma.model.Origin;
import org.stemma.model.Problem;
import org.stemma.model.RawArticle;
import org.stemma.model.Stage;

/**
 * Reads stemma's corpus format: one JSON object a line, {@code {"id", "outlet", "url", "title", "date",
 * "lang", "text"}}, where only {@code id} and {@code text} are required; a record may carry a web page in
 * {@code html} instead of (or beside) {@code text}: without a text, the page's extracted text is the article's
 * text, and the record's own fields win over the metadata the page states. A {@code .gz} file is decompressed
 * on the fly. Blank lines are skipped; a line that is not a JSON object, lacks an id or a text, has an empty
 * text, or is longer than {@link IngestConfig#maxRecordBytes()} is reported with its line number and skipped.
 */
public final class JsonlCorpusReader implements CorpusReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BUFFER_BYTES = 1 << 16;

    private final Path path;
    private final InputStream in;
    private final IngestConfig config;
    private final ProblemSink problems;
    private boolean iterated;

    public JsonlCorpusReader(Path path, IngestConfig config, ProblemSink problems) throws IOException {
        this.path = path;
        this.config = config;
        this.problems = problems;
        InputStream raw = Files.newInputStream(path);
        try {
            this.in = path.getFileName().toString().endsWith(".gz")
                    ? new BufferedInputStream(new GZIPInputStream(raw, BUFFER_BYTES), BUFFER_BYTES)
                    : new BufferedInputStream(raw, BUFFER_BYTES);
        } catch (IOException e) {
            raw.close();
            throw new IOException(path + ": cannot open: " + e.getMessage(), e);
        }
    }

    @Override
    public Iterator<RawArticle> iterator() {
        if (iterated) {
            throw new IllegalStateException("a reader iterates once: " + path);
        }
        iterated = true;
        return new SkippingIterator<>() {
            private long lineNumber;

            @Override
            protected RawArticle advance() {
                return readRecord();
            }

            /** Reads one line; returns its article, or null for a blank or bad line (or at the end). */
            private RawArticle readRecord() {
                LineBytes line;
                try {
                    line = readLine();
                } catch (IOException e) {
                    end();
                    problems.report(new Problem(new Origin(path.toString(), lineNumber + 1), Optional.empty(),
                            Stage.INGEST, "input ends unreadably: " + e.getMessage()));
                    return null;
                }
                if (line == null) {
                    end();
                    return null;
                }
                lineNumber++;
                Origin origin = new Origin(path.toString(), lineNumber);
                if (line.tooLong) {
                    problems.report(new Problem(origin, Optional.empty(), Stage.INGEST,
                            "record longer than " + config.maxRecordBytes() + " bytes, skipped"));
                    return null;
                }
                Utf8.Decoded decoded = Utf8.decode(line.bytes, 0, line.length);
                if (decoded.text().isBlank()) {
                    return null;
                }
                return parse(decoded, origin);
            }
        };
    }

    private RawArticle parse(Utf8.Decoded decoded, Origin origin) {
        JsonNode node;
        try {
            node = JSON.readTree(decoded.text());
        } catch (JsonProcessingException e) {
            problems.report(new Problem(origin, Optional.empty(), Stage.INGEST,
                    "not valid JSON: " + e.getOriginalMessage()));
            return null;
        }
        if (node == null || !node.isObject()) {
            problems.report(new Problem(origin, Optional.empty(), Stage.INGEST, "not a JSON object"));
            return null;
        }
        JsonNode idNode = node.get("id");
        if (idNode == null || !(idNode.isTextual() || idNode.isIntegralNumber()) || idNode.asText().isBlank()) {
            problems.report(new Problem(origin, Optional.empty(), Stage.INGEST, "record has no id"));
            return null;
        }
        String id = idNode.asText().strip();
        JsonNode textNode = node.get("text");
        JsonNode htmlNode = node.get("html");
        boolean hasText = textNode != null && textNode.isTextual() && !textNode.asText().isBlank();
        if (!hasText && htmlNode != null && htmlNode.isTextual()) {
            return fromHtml(node, id, htmlNode.asText(), origin, decoded.repaired());
        }
        if (textNode == null || !textNode.isTextual()) {
            problems.report(new Problem(origin, Optional.of(id), Stage.INGEST, "record has no text"));
            return null;
        }
        String text = textNode.asText();
        if (text.isBlank()) {
            problems.report(new Problem(origin, Optional.of(id), Stage.INGEST, "empty text"));
            return null;
        }
        return new RawArticle(id, text, field(node, "outlet"), field(node, "url"), field(node, "title"),
                field(node, "date"), field(node, "lang"), origin, decoded.repaired());
    }

    /** A record that carries a page instead of a text: its stated fields win over what the page says. */
    private RawArticle fromHtml(JsonNode node, String id, String html, Origin origin, int repaired) {
        Optional<String> url = field(node, "url");
        Extraction x = HtmlPages.extract(id, html, url, origin, HtmlPages.DEFAULT_EXTRACTOR, problems);
        if (x == null) {
            return null;
        }
        return new RawArticle(id, x.text(), field(node, "outlet").or(x::outlet), url.or(x::url),
                field(node, "title").or(x::title), field(node, "date").or(x::timestamp).or(() -> x.date().iso()),
                field(node, "lang").or(x::lang), origin, repaired, Optional.of(HtmlPages.layout(x)));
    }

    private static Optional<String> field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull() || !v.isValueNode()) {
            return Optional.empty();
        }
        String s = v.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static final class LineBytes {
        byte[] bytes = new byte[256];
        int length;
        boolean tooLong;
    }

    private final LineBytes buffer = new LineBytes();

    /** The next line's bytes without its terminator, or null at the end of input. Bounded in memory. */
    private LineBytes readLine() throws IOException {
        LineBytes line = buffer;
        line.length = 0;
        line.tooLong = false;
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (line.length >= config.maxRecordBytes()) {
                line.tooLong = true;
                continue;
            }
            if (line.length == line.bytes.length) {
                byte[] bigger = new byte[(int) Math.min((long) line.bytes.length * 2, config.maxRecordBytes())];
                System.arraycopy(line.bytes, 0, bigger, 0, line.length);
                line.bytes = bigger;
            }
            line.bytes[line.length++] = (byte) b;
        }
        if (!any) {
            return null;
        }
        if (line.length > 0 && line.bytes[line.length - 1] == '\r') {
            line.length--;
        }
        return line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    @Override
    public String toString() {
        return "JsonlCorpusReader[" + path + "]";
    }
}
