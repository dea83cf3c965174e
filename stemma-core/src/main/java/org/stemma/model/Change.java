package org.stemma.model;

import java.util.Objects;

/**
 * One typed difference between a source article and a copy of it: what the copy ({@code target}) did to
 * the source's words at one place.
 *
 * <p>A change keeps the two articles' texts by reference and reads {@link #before()} and {@link #after()} from
 * them when asked: a corpus holds millions of changes, and copies of their words were half of the heap
 * (docs/BENCHMARKS.md, issue #9 fifth pass). For the same reason the two spans are kept as four ints and built
 * on demand, as {@link Edit} does: two {@link Span} objects per change were as large as the change itself.
 * Equality is by value: the ids, kind, spans, flag and the two pieces of text, not the whole texts.
 */
public final class Change {
    private final String source;
    private final String target;
    private final ChangeKind kind;
    private final int sourceStart;
    private final int sourceEnd;
    private final int targetStart;
    private final int targetEnd;
    private final String sourceText;
    private final String targetText;
    private final boolean meaningChanging;

    private Change(String source, String target, ChangeKind kind, Span inSource, Span inTarget, String sourceText,
                   String targetText, boolean meaningChanging) {
        if (source == null || target == null || kind == null || inSource == null || inTarget == null
                || sourceText == null || targetText == null) {
            throw new IllegalArgumentException("null field in change");
        }
        if (source.equals(target)) {
            throw new IllegalArgumentException("a change from " + source + " to itself");
        }
        if (inSource.end() > sourceText.length() || inTarget.end() > targetText.length()) {
            throw new IllegalArgumentException("change span outside its text: " + inSource + " of "
                    + sourceText.length() + " chars, " + inTarget + " of " + targetText.length());
        }
        this.source = source;
        this.target = target;
        this.kind = kind;
        this.sourceStart = inSource.start();
        this.sourceEnd = inSource.end();
        this.targetStart = inTarget.start();
        this.targetEnd = inTarget.end();
        this.sourceText = sourceText;
        this.targetText = targetText;
        this.meaningChanging = meaningChanging;
    }

    /**
     * The change {@code target} made at {@code inTarget} to {@code source}'s words at {@code inSource}.
     *
     * @param sourceText      the source's original text, which {@code inSource} points into (kept, not copied)
     * @param targetText      the target's original text, which {@code inTarget} points into
     * @param meaningChanging whether the change alters what the text says, not only how
     * @throws IllegalArgumentException on a null, a change from an article to itself, or a span outside its
     *                                  text
     */
    public static Change of(String source, String target, ChangeKind kind, Span inSource, Span inTarget,
                            String sourceText, String targetText, boolean meaningChanging) {
        return new Change(source, target, kind, inSource, inTarget, sourceText, targetText, meaningChanging);
    }

    /** The article the text came from (or the passage's first article when provenance gives no direction). */
    public String source() {
        return source;
    }

    /** The article that reuses it. */
    public String target() {
        return target;
    }

    /** What kind of change it is. */
    public ChangeKind kind() {
        return kind;
    }

    /** The changed words in the source's original text (empty, where they would fall, for an insertion). */
    public Span inSource() {
        return new Span(sourceStart, sourceEnd);
    }

    /** The changed words in the target's original text (empty for a deletion). */
    public Span inTarget() {
        return new Span(targetStart, targetEnd);
    }

    /** The source's text at {@link #inSource()}. */
    public String before() {
        return sourceText.substring(sourceStart, sourceEnd);
    }

    /** The target's text at {@link #inTarget()}. */
    public String after() {
        return targetText.substring(targetStart, targetEnd);
    }

    /** Whether the change alters what the text says, not only how. */
    public boolean meaningChanging() {
        return meaningChanging;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Change c && source.equals(c.source) && target.equals(c.target) && kind == c.kind
                && sourceStart == c.sourceStart && sourceEnd == c.sourceEnd && targetStart == c.targetStart
                && targetEnd == c.targetEnd
                && meaningChanging == c.meaningChanging && before().equals(c.before()) && after().equals(c.after());
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, target, kind, inSource(), inTarget(), meaningChanging);
    }

    @Override
    public String toString() {
        return "Change[source=" + source + ", target=" + target + ", kind=" + kind + ", inSource=" + inSource()
                + ", inTarget=" + inTarget() + ", before=" + before() + ", after=" + after() + ", meaningChanging="
                + meaningChanging + "]";
    }
}
