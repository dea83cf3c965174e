package org.stemma.report;

import java.io.IOException;
import java.nio.file.Path;
import org.stemma.model.Analysis;

/**
 * Writes an analysis to disk in one format.
 *
 * <p>The meaning of {@code target} is the implementation's (a folder for JSON Lines, a file for HTML); parent
 * folders are created, existing files replaced. Output is UTF-8 with {@code '\n'} line ends and depends only
 * on the analysis: the same analysis gives byte-identical files. Implementations are immutable and
 * thread-safe; cost is linear in the analysis's size.
 */
public interface ReportWriter {

    /**
     * Writes {@code analysis} to {@code target}.
     *
     * @throws IOException when the target cannot be written; the message names the file
     */
    void write(Analysis analysis, Path target) throws IOException;
}
