package org.stemma.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.stemma.extract.DomExtractor;
import org.stemma.extract.ExtractConfig;
import org.stemma.extract.Extraction;
import org.stemma.extract.HtmlDecoder;
import org.stemma.extract.HtmlExtractor;
import org.stemma.ingest.HtmlFileReader;
import org.stemma.ingest.IngestConfig;
import org.stemma.ingest.WarcRecordReader;
import org.stemma.model.Clutter;
import org.stemma.model.RawArticle;
import org.stemma.model.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stemma extract INPUT... --out FILE.jsonl}: one JSON line per web page with its id (file name, or
 * WARC record id), url, title, date, date_basis, author, outlet, lang, text (the page's whole visible text),
 * main_text (the article's blocks, a blank line between them), body (the spans of text that are the article)
 * and clutter (the spans that are not, with their kind). Inputs are HTML files (optionally .gz), WARC files
 * (HTML responses; other records skipped and counted) or folders of them; unreadable or binary pages are
 * reported on stderr and skipped. Exit codes: 0 ok, 3 when no page could be read.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract article text, clutter and metadata from web pages into JSONL.")
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "HTML files (.html, .htm, .gz), WARC files (.warc, .warc.gz) or folders")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "FILE.jsonl", description = "where to write")
    Path out;

    @Override
    public Integer call() throws IOException {
        List<Path> pages = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(p -> HtmlFileReader.isHtml(p) || WarcRecordReader.isWarc(p))
                            .sorted(Comparator.comparing(Path::toString)).forEach(pages::add);
                }
            } else {
                pages.add(input);
            }
        }
        DomExtractor extractor = new DomExtractor(ExtractConfig.defaults());
        int limit = IngestConfig.defaults().maxRecordBytes();
        int written = 0;
        try (JsonGenerator json = new JsonFactory().createGenerator(out.toFile(), JsonEncoding.UTF8)) {
            json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            for (Path page : pages) {
                if (WarcRecordReader.isWarc(page)) {
                    written += extractWarc(page, extractor, json);
                    continue;
                }
                byte[] bytes;
                boolean gz = page.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
                try (InputStream raw = Files.newInputStream(page);
                     InputStream in = gz ? new GZIPInputStream(raw) : raw) {
                    bytes = in.readNBytes(limit);
                } catch (IOException e) {
                    System.err.println(page + ": cannot read: " + e.getMessage());
                    continue;
                }
                HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes, Optional.empty());
                if (decoded.binary()) {
                    System.err.println(page + ": not HTML: the bytes are binary");
                    continue;
                }
                Extraction x = extractor.extract(decoded.text(), Optional.empty());
                write(json, HtmlFileReader.idOf(page), x);
                written++;
            }
            json.writeRaw('\n');
        }
        System.err.println(written + " pages extracted to " + out);
        return written == 0 && !pages.isEmpty() ? 3 : 0;
    }

    /**
     * Writes every HTML response of a WARC file. The ingest reader decodes each record (HTTP charset, size
     * bound, skipped records counted); the extraction it made of the article it returns is the last one it
     * asked for, since it extracts a record only when it is about to return it.
     */
    private static int extractWarc(Path warc, HtmlExtractor extractor, JsonGenerator json) throws IOException {
        Extraction[] last = new Extraction[1];
        HtmlExtractor recording = (html, url) -> last[0] = extractor.extract(html, url);
        int written = 0;
        try (WarcRecordReader reader = new WarcRecordReader(warc, IngestConfig.defaults(),
                p -> System.err.println(warc + ": " + p.articleId().map(id -> id + ": ").orElse("") + p.message()),
                recording)) {
            for (RawArticle page : reader) {
                write(json, page.id(), last[0]);
                written++;
            }
        }
        return written;
    }

    static void write(JsonGenerator json, String id, Extraction x) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        field(json, "url", x.url());
        field(json, "title", x.title());
        field(json, "date", x.date().iso());
        json.writeStringField("date_basis", x.dateSource().label());
        field(json, "author", x.author());
        field(json, "outlet", x.outlet());
        field(json, "lang", x.lang());
        json.writeStringField("text", x.text());
        json.writeStringField("main_text", x.mainText());
        json.writeArrayFieldStart("body");
        for (Span s : x.body()) {
            json.writeStartObject();
            json.writeNumberField("start", s.start());
            json.writeNumberField("end", s.end());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("clutter");
        for (Clutter c : x.clutter()) {
            json.writeStartObject();
            json.writeStringField("kind", c.kind().label());
            json.writeNumberField("start", c.span().start());
            json.writeNumberField("end", c.span().end());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void field(JsonGenerator json, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get());
        } else {
            json.writeNullField(name);
        }
    }
}
