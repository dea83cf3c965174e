package org.stemma.model;

/** A span of an article's original text that is not article text, with what it is. */
public record Clutter(ClutterKind kind, Span span) implements Comparable<Clutter> {
    public Clutter {
        if (kind == null || span == null) {
            throw new IllegalArgumentException("clutter needs a kind and a span");
        }
    }

    @Override
    public int compareTo(Clutter o) {
        int c = span.compareTo(o.span);
        return c != 0 ? c : kind.compareTo(o.kind);
    }
}
