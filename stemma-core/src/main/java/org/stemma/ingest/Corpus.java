package org.stemma.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.stemma.model.Origin;
import org.stemma.model.Problem;
import org.stemma.model.RawArticle;
import org.stemma.model.Stage;

/**
 * Opens the inputs a user names: folders (searched recursively for {@code .txt}, {@code .jsonl},
 * {@code .jsonl.gz}, web pages ({@code .html}, {@code .htm}, {@code .xhtml}, each optionally {@code .gz}) and
 * WARC files ({@code .warc}, {@code .warc.gz}), in path order; other files are ignored and counted) and
 * single files of those kinds. Article ids must be unique across the whole corpus: a repeated id is reported and the later record
 * skipped, so every id in the output names exactly one input record.
 */
public final class Corpus implements CorpusReader {

    /** What kind of input a file is, by its name. */
    public enum Kind {
        TEXT, JSONL, HTML, WARC;

        static Optional<Kind> of(Path file) {
            if (HtmlFileReader.isHtml(file)) {
                return Optional.of(HTML);
            }
            if (WarcRecordReader.isWarc(file)) {
                return Optional.of(WARC);
            }
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".txt")) {
                return Optional.of(TEXT);
            }
            if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson")) {
                return Optional.of(JSONL);
            }
            return Optional.empty();
        }
    }

    private final List<Path> files;
    private final IngestConfig config;
    private final ProblemSink problems;
    private final int ignoredFiles;
    private final List<CorpusReader> open = new ArrayList<>();

    private Corpus(List<Path> files, int ignoredFiles, IngestConfig config, ProblemSink problems) {
        this.files = files;
        this.ignoredFiles = ignoredFiles;
        this.config = config;
        this.problems = problems;
    }

    /**
     * Resolves the inputs to files. Throws {@link NoSuchFileException} when an input does not exist and
     * {@link IllegalArgumentException} for a single file of a kind stemma does not read: both are the
     * user's mistake, found before any work starts.
     */
    public static Corpus open(List<Path> inputs, IngestConfig config, ProblemSink problems) throws IOException {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given");
        }
        List<Path> files = new ArrayList<>();
        int ignored = 0;
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new NoSuchFileException(input.toString(), null, "no such file or folder");
            }
            if (Files.isDirectory(input)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(input)) {
                    found = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
                }
                for (Path f : found) {
                    if (Kind.of(f).isPresent()) {
                        files.add(f);
                    } else {
                        ignored++;
                    }
                }
            } else if (Kind.of(input).isPresent()) {
                files.add(input);
            } else {
                throw new IllegalArgumentException(input + ": not a kind of input stemma reads"
                        + " (.txt, .jsonl, .jsonl.gz, .html, .htm, .html.gz, .warc, .warc.gz, or a folder of them)");
            }
        }
        return new Corpus(List.copyOf(files), ignored, config, problems);
    }

    /** The files this corpus reads, in order. */
    public List<Path> files() {
        return files;
    }

    /** How many files in the input folders were not of a kind stemma reads, and were passed over. */
    public int ignoredFiles() {
        return ignoredFiles;
    }

    @Override
    public Iterator<RawArticle> iterator() {
        // Consecutive .txt (or HTML) files form one reader, so a folder of them is read in one pass.
        List<List<Path>> groups = new ArrayList<>();
        Kind previous = null;
        for (Path f : files) {
            Kind kind = Kind.of(f).orElseThrow();
            if ((kind == Kind.TEXT || kind == Kind.HTML) && previous == kind) {
                groups.get(groups.size() - 1).add(f);
            } else {
                groups.add(new ArrayList<>(List.of(f)));
            }
            previous = kind;
        }
        Set<String> seen = new HashSet<>();
        return new SkippingIterator<>() {
            private int group;
            private Iterator<RawArticle> current = Collections.emptyIterator();

            @Override
            protected RawArticle advance() {
                while (!current.hasNext()) {
                    if (group >= groups.size()) {
                        end();
                        return null;
                    }
                    current = openGroup(groups.get(group++));
                }
                RawArticle candidate = current.next();
                if (seen.add(candidate.id())) {
                    return candidate;
                }
                problems.report(new Problem(candidate.origin(), Optional.of(candidate.id()), Stage.INGEST,
                        "duplicate id; the first record with this id is kept"));
                return null;
            }
        };
    }

    private Iterator<RawArticle> openGroup(List<Path> group) {
        Path first = group.get(0);
        Kind kind = Kind.of(first).orElseThrow();
        if (kind == Kind.TEXT) {
            return new TextFileReader(group, config, problems).iterator();
        }
        if (kind == Kind.HTML) {
            return new HtmlFileReader(group, config, problems).iterator();
        }
        try {
            CorpusReader reader = kind == Kind.WARC ? new WarcRecordReader(first, config, problems)
                    : new JsonlCorpusReader(first, config, problems);
            open.add(reader);
            return reader.iterator();
        } catch (IOException e) {
            problems.report(new Problem(new Origin(first.toString(), 0), Optional.empty(), Stage.INGEST,
                    "cannot open: " + e.getMessage()));
            return Collections.emptyIterator();
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (CorpusReader r : open) {
            try {
                r.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        open.clear();
        if (first != null) {
            throw first;
        }
    }
}
