package org.stemma.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.stemma.model.RawArticle;

/**
 * A source of articles read from files. Iterate once; close when done. Articles come in input order
 * (files by name, records by line). Bad records are reported to the reader's {@link ProblemSink} and skipped.
 *
 * <p>Iteration may throw {@link UncheckedIOException} only for an I/O failure that stops the whole input
 * (e.g. the disk goes away); a bad file or record never does.
 */
public interface CorpusReader extends Iterable<RawArticle>, Closeable {

    /** The articles as a sequential stream; closing the stream does not close the reader. */
    default Stream<RawArticle> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    @Override
    void close() throws IOException;
}
