package org.stemma.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.stemma.model.Origin;
import org.stemma.model.Problem;
import org.stemma.model.RawArticle;
import org.stemma.model.Stage;

/**
 * Reads plain-text files, one article a file; the id is the file name without its extension. Files are read
 * in the order given. A file that cannot be read, is larger than {@link IngestConfig#maxRecordBytes()}, or
 * holds no text is reported and skipped.
 */
public final class TextFileReader implements CorpusReader {
    private final List<Path> files;
    private final IngestConfig config;
    private final ProblemSink problems;

    public TextFileReader(List<Path> files, IngestConfig config, ProblemSink problems) {
        this.files = List.copyOf(files);
        this.config = config;
        this.problems = problems;
    }

    /** The article id of a text file: its name without the last extension. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public Iterator<RawArticle> iterator() {
        return SkippingIterator.overEach(files, this::read);
    }

    private RawArticle read(Path file) {
        Origin origin = new Origin(file.toString(), 0);
        String id = idOf(file);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > config.maxRecordBytes()) {
                problems.report(new Problem(origin, Optional.of(id), Stage.INGEST,
                        "file of " + size + " bytes is larger than the limit of " + config.maxRecordBytes()));
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(config.maxRecordBytes() + 1);
            }
        } catch (IOException e) {
            problems.report(new Problem(origin, Optional.of(id), Stage.INGEST, "cannot read: " + e));
            return null;
        }
        if (bytes.length > config.maxRecordBytes()) {
            problems.report(new Problem(origin, Optional.of(id), Stage.INGEST,
                    "file grew past the limit of " + config.maxRecordBytes() + " bytes while read"));
            return null;
        }
        Utf8.Decoded decoded = Utf8.decode(bytes);
        if (decoded.text().isBlank()) {
            problems.report(new Problem(origin, Optional.of(id), Stage.INGEST, "empty text"));
            return null;
        }
        return new RawArticle(id, decoded.text(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), origin, decoded.repaired());
    }

    @Override
    public void close() {
        // files are opened and closed one at a time in read()
    }
}
