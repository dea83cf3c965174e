package org.stemma.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.stemma.extract.HtmlExtractor;
import org.stemma.model.Origin;
import org.stemma.model.Problem;
import org.stemma.model.RawArticle;
import org.stemma.model.Stage;

/**
 * Reads saved web pages ({@code .html}, {@code .htm}, {@code .xhtml}, each optionally {@code .gz}), one
 * article a file; the id is the file name without those extensions. The text is the extractor's full text
 * of the page (see {@link org.stemma.extract.Extraction#text()}); title, date, URL, outlet and language are
 * what the page states. A file larger than {@link IngestConfig#maxRecordBytes()} (for {@code .gz}: that
 * decompresses to more), binary, unreadable or without visible text is reported and skipped.
 */
public final class HtmlFileReader implements CorpusReader {
    private final List<Path> files;
    private final IngestConfig config;
    private final ProblemSink problems;
    private final HtmlExtractor extractor;

    public HtmlFileReader(List<Path> files, IngestConfig config, ProblemSink problems, HtmlExtractor extractor) {
        this.files = List.copyOf(files);
        this.config = config;
        this.problems = problems;
        this.extractor = extractor;
    }

    public HtmlFileReader(List<Path> files, IngestConfig config, ProblemSink problems) {
        this(files, config, problems, HtmlPages.DEFAULT_EXTRACTOR);
    }

    /** True for the file names this reader reads. */
    public static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    }

    /** A page's id: its file name without {@code .gz} and the HTML extension. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
            lower = lower.substring(0, lower.length() - 3);
        }
        for (String ext : new String[] {".html", ".htm", ".xhtml"}) {
            if (lower.endsWith(ext) && name.length() > ext.length()) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }

    @Override
    public Iterator<RawArticle> iterator() {
        return SkippingIterator.overEach(files, this::read);
    }

    private RawArticle read(Path file) {
        Origin origin = new Origin(file.toString(), 0);
        String id = idOf(file);
        boolean gz = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        byte[] bytes;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gz ? new GZIPInputStream(raw) : raw) {
            bytes = HtmlPages.readBounded(in, config.maxRecordBytes());
        } catch (HtmlPages.TooLarge e) {
            problems.report(new Problem(origin, Optional.of(id), Stage.INGEST, (gz ? "decompresses to " : "file of ")
                    + e.getMessage() + ", the limit; skipped"));
            return null;
        } catch (IOException e) {
            problems.report(new Problem(origin, Optional.of(id), Stage.INGEST, "cannot read: " + e));
            return null;
        }
        if (bytes.length == 0) {
            problems.report(new Problem(origin, Optional.of(id), Stage.INGEST, "empty file"));
            return null;
        }
        return HtmlPages.toArticle(id, bytes, Optional.empty(), Optional.empty(), origin, extractor, problems);
    }

    @Override
    public void close() {
        // files are opened and closed one at a time in read()
    }
}
