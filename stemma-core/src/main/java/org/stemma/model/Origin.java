package org.stemma.model;

/**
 * Where a record came from: a file (or archive) and a position inside it, so that errors and findings can
 * be traced back to the input.
 *
 * @param source the path or name of the input file
 * @param line   the 1-based line of a JSONL record, or 0 when the whole file is the record
 */
public record Origin(String source, long line) {
    public Origin {
        if (source == null) {
            throw new IllegalArgumentException("source is null");
        }
        if (line < 0) {
            throw new IllegalArgumentException("negative line " + line);
        }
    }

    @Override
    public String toString() {
        return line == 0 ? source : source + ":" + line;
    }
}
