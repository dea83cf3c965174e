package org.stemma.model;

import java.util.Objects;

/**
 * One step of an edit script, with its extent in both originals. An insertion has an empty span on the
 * first side (where it falls), a deletion an empty span on the second.
 *
 * <p>A value class rather than a record for memory: a corpus holds millions of edits (a 3,000-article
 * generated corpus has three million), and keeping the four offsets as ints instead of two {@link Span}
 * objects more than halves their footprint. {@link #a()} and {@link #b()} build the spans on demand; equality,
 * hash and text are those the record had.
 */
public final class Edit {
    private final EditOp op;
    private final int aStart;
    private final int aEnd;
    private final int bStart;
    private final int bEnd;

    public Edit(EditOp op, Span a, Span b) {
        if (op == null || a == null || b == null) {
            throw new IllegalArgumentException("edit needs an op and two spans");
        }
        if (op == EditOp.INSERT && !a.isEmpty()) {
            throw new IllegalArgumentException("an insertion has an empty first span: " + a);
        }
        if (op == EditOp.DELETE && !b.isEmpty()) {
            throw new IllegalArgumentException("a deletion has an empty second span: " + b);
        }
        this.op = op;
        this.aStart = a.start();
        this.aEnd = a.end();
        this.bStart = b.start();
        this.bEnd = b.end();
    }

    /** From offsets known to be valid (a packed script's): no spans built, no checks. */
    Edit(EditOp op, int aStart, int aEnd, int bStart, int bEnd) {
        this.op = op;
        this.aStart = aStart;
        this.aEnd = aEnd;
        this.bStart = bStart;
        this.bEnd = bEnd;
    }

    public EditOp op() {
        return op;
    }

    /** The extent in the first original. */
    public Span a() {
        return new Span(aStart, aEnd);
    }

    /** The extent in the second original. */
    public Span b() {
        return new Span(bStart, bEnd);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Edit e && op == e.op && aStart == e.aStart && aEnd == e.aEnd && bStart == e.bStart
                && bEnd == e.bEnd;
    }

    @Override
    public int hashCode() {
        return Objects.hash(op, a(), b());
    }

    @Override
    public String toString() {
        return "Edit[op=" + op + ", a=" + a() + ", b=" + b() + "]";
    }
}
