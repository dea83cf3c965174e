package org.stemma.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.stemma.changes.Changes;
import org.stemma.model.Change;

/**
 * Writes {@code changes.jsonl}: one typed change a line, in {@link Changes#OUTPUT_ORDER} (pair by pair, then
 * source, target, source span, target span, kind), with the fields {@code source, target, kind, source_start,
 * source_end, target_start, target_end, before, after, meaning_changing} in that order (docs/FORMATS.md).
 *
 * <p>Either all at once from an analysis ({@link JsonlReportWriter}), or as a stream: {@link #open} gives a
 * writer that the pipeline hands each change to as it finds them
 * ({@code Pipeline.analyze(raw, problems, progress, changes)}), so that millions of changes need not be held to
 * be written. Both give the same bytes for the same changes. Not thread-safe; one writer per file.
 */
public final class ChangesWriter implements Consumer<Change>, Closeable {
    private final Path file;
    private final JsonGenerator g;

    private ChangesWriter(Path file, JsonGenerator g) {
        this.file = file;
        this.g = g;
    }

    /** A writer of {@code dir/changes.jsonl} (the folder created if missing, the file replaced). */
    public static ChangesWriter open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("changes.jsonl");
        return new ChangesWriter(file, JsonlReportWriter.openFile(file));
    }

    /**
     * Writes one change; changes must come in {@link Changes#OUTPUT_ORDER}, as the pipeline gives them.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    @Override
    public void accept(Change change) {
        try {
            writeOne(g, change);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            g.close();
        } catch (IOException e) {
            throw new IOException("writing " + file + ": " + e.getMessage(), e);
        }
    }

    static void write(JsonGenerator g, List<Change> changes) throws IOException {
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Changes.OUTPUT_ORDER);
        for (Change c : sorted) {
            writeOne(g, c);
        }
    }

    private static void writeOne(JsonGenerator g, Change c) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", JsonlReportWriter.clean(c.source()));
        g.writeStringField("target", JsonlReportWriter.clean(c.target()));
        g.writeStringField("kind", c.kind().label());
        g.writeNumberField("source_start", c.inSource().start());
        g.writeNumberField("source_end", c.inSource().end());
        g.writeNumberField("target_start", c.inTarget().start());
        g.writeNumberField("target_end", c.inTarget().end());
        g.writeStringField("before", JsonlReportWriter.clean(c.before()));
        g.writeStringField("after", JsonlReportWriter.clean(c.after()));
        g.writeBooleanField("meaning_changing", c.meaningChanging());
        g.writeEndObject();
        g.writeRaw('\n');
    }
}
