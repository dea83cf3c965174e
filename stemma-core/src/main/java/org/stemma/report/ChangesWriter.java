package org.stemma.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.stemma.changes.Changes;
import org.stemma.model.Change;

/**
 * Writes {@code changes.jsonl}: one typed change a line, sorted by source, target, source span, target span,
 * kind, with the fields {@code source, target, kind, source_start, source_end, target_start, target_end,
 * before, after, meaning_changing} in that order (docs/FORMATS.md).
 */
final class ChangesWriter {

    private ChangesWriter() {
    }

    static void write(JsonGenerator g, List<Change> changes) throws IOException {
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Changes.ORDER);
        for (Change c : sorted) {
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
}
