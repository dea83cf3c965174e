package org.stemma.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.stemma.extract.HtmlExtractor;
import org.stemma.model.Origin;
import org.stemma.model.Problem;
import org.stemma.model.RawArticle;
import org.stemma.model.Stage;

/**
 * Reads the HTML pages of a WARC file ({@code .warc} or {@code .warc.gz}, read with jwarc): every
 * {@code response} record whose HTTP payload is {@code text/html} or {@code application/xhtml+xml} becomes an
 * article whose id is the record's {@code WARC-Record-ID}, whose URL is its {@code WARC-Target-URI} and whose
 * charset, when stated, comes from the HTTP {@code Content-Type}. Other records (requests, metadata,
 * non-HTML responses) are skipped and counted ({@link #skipped()}), and reported once when the file ends. The
 * crawl time ({@code WARC-Date}) is not a publication date and is not used as one. A payload larger than
 * {@link IngestConfig#maxRecordBytes()} or a malformed HTTP message is reported and skipped; a WARC that
 * stops parsing is reported and ends there.
 */
public final class WarcRecordReader implements CorpusReader {
    private final Path path;
    private final WarcReader reader;
    private final IngestConfig config;
    private final ProblemSink problems;
    private final HtmlExtractor extractor;
    private final Map<String, Integer> skipped = new TreeMap<>();
    private boolean iterated;

    public WarcRecordReader(Path path, IngestConfig config, ProblemSink problems, HtmlExtractor extractor)
            throws IOException {
        this.path = path;
        this.config = config;
        this.problems = problems;
        this.extractor = extractor;
        this.reader = new WarcReader(path);
        this.reader.setLenient(true);
    }

    public WarcRecordReader(Path path, IngestConfig config, ProblemSink problems) throws IOException {
        this(path, config, problems, HtmlPages.DEFAULT_EXTRACTOR);
    }

    /** True for the file names this reader reads. */
    public static boolean isWarc(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    /** How many records were skipped, by what they were ({@code request}, {@code response image/jpeg}...). */
    public Map<String, Integer> skipped() {
        return Map.copyOf(skipped);
    }

    @Override
    public Iterator<RawArticle> iterator() {
        if (iterated) {
            throw new IllegalStateException("a reader iterates once: " + path);
        }
        iterated = true;
        return new SkippingIterator<>() {
            private long records;

            @Override
            protected RawArticle advance() {
                Optional<WarcRecord> record;
                try {
                    record = reader.next();
                } catch (IOException | RuntimeException e) {
                    problems.report(new Problem(new Origin(path.toString(), 0), Optional.empty(), Stage.INGEST,
                            "WARC unreadable after " + records + " records: " + e.getMessage()));
                    record = Optional.empty();
                }
                if (record.isEmpty()) {
                    end();
                    reportSkipped();
                    return null;
                }
                records++;
                return read(record.get(), records);
            }
        };
    }

    private RawArticle read(WarcRecord record, long number) {
        Origin origin = new Origin(path.toString(), number);
        if (!(record instanceof WarcResponse response)) {
            skip(record.type());
            return null;
        }
        String id = String.valueOf(record.id());
        byte[] bytes;
        Optional<String> charset;
        try {
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            String base = type.base().toString().toLowerCase(Locale.ROOT);
            if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
                skip("response " + base);
                return null;
            }
            charset = Optional.ofNullable(type.parameters().get("charset"));
            try (InputStream in = http.bodyDecoded().stream()) {
                bytes = HtmlPages.readBounded(in, config.maxRecordBytes());
            }
        } catch (HtmlPages.TooLarge e) {
            problems.report(new Problem(origin, Optional.of(id), Stage.INGEST,
                    "payload of " + e.getMessage() + ", the limit; skipped"));
            return null;
        } catch (IOException | RuntimeException e) {
            problems.report(new Problem(origin, Optional.of(id), Stage.INGEST, "bad HTTP response: " + e.getMessage()));
            return null;
        }
        if (bytes.length == 0) {
            problems.report(new Problem(origin, Optional.of(id), Stage.INGEST, "empty payload"));
            return null;
        }
        return HtmlPages.toArticle(id, bytes, charset, Optional.ofNullable(response.target()), origin, extractor,
                problems);
    }

    private void skip(String what) {
        skipped.merge(what, 1, Integer::sum);
    }

    private void reportSkipped() {
        if (!skipped.isEmpty()) {
            int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
            problems.report(new Problem(new Origin(path.toString(), 0), Optional.empty(), Stage.INGEST,
                    total + " records skipped, not HTML responses: " + skipped));
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    @Override
    public String toString() {
        return "WarcRecordReader[" + path + "]";
    }
}
