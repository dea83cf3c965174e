package org.stemma.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over an input whose records may be skipped: each call to {@link #advance()} reads one record
 * and returns its item, or null when the record was bad (and reported); {@link #end()} says the input is over.
 * The readers share this so that lookahead and skipping are written once.
 */
abstract class SkippingIterator<T> implements Iterator<T> {
    private T next;
    private boolean done;

    /** Reads one record: its item, or null when it was skipped or the input ended (then call {@link #end}). */
    protected abstract T advance();

    /** No more records. */
    protected final void end() {
        done = true;
    }

    @Override
    public final boolean hasNext() {
        while (next == null && !done) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = next;
        next = null;
        return item;
    }

    /** Iterates {@code files}, one item (or none) each, in order. */
    static <F, T> Iterator<T> overEach(java.util.List<F> files, java.util.function.Function<F, T> read) {
        return new SkippingIterator<>() {
            private int index;

            @Override
            protected T advance() {
                if (index >= files.size()) {
                    end();
                    return null;
                }
                return read.apply(files.get(index++));
            }
        };
    }
}
