package org.stemma.model;

/**
 * A half-open range {@code [start, end)} of char offsets into an article's original text.
 *
 * <p>Spans never refer to cleaned or normalised text: they survive every stage unchanged.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    /** An empty span at {@code position}: where an insertion on the other side falls. */
    public static Span at(int position) {
        return new Span(position, position);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return other.start < end && start < other.end;
    }

    /** The number of chars this span shares with {@code other}. */
    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    /** The text this span covers in {@code original}; throws if the span lies outside it. */
    public String of(String original) {
        if (end > original.length()) {
            throw new IllegalArgumentException(this + " outside text of length " + original.length());
        }
        return original.substring(start, end);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
