package org.stemma.model;

/**
 * One typed difference between a source article and a copy of it: what the copy ({@code target}) did to
 * the source's words at one place.
 *
 * @param source          the article the text came from (or the passage's first article when provenance
 *                        gives no direction)
 * @param target          the article that reuses it
 * @param kind            what kind of change it is
 * @param inSource        the changed words in the source's original text (empty, where they would fall, for
 *                        an insertion)
 * @param inTarget        the changed words in the target's original text (empty for a deletion)
 * @param before          the source's text at {@code inSource}
 * @param after           the target's text at {@code inTarget}
 * @param meaningChanging whether the change alters what the text says, not only how
 */
public record Change(String source, String target, ChangeKind kind, Span inSource, Span inTarget, String before,
                     String after, boolean meaningChanging) {
    public Change {
        if (source == null || target == null || kind == null || inSource == null || inTarget == null
                || before == null || after == null) {
            throw new IllegalArgumentException("null field in change");
        }
        if (source.equals(target)) {
            throw new IllegalArgumentException("a change from " + source + " to itself");
        }
    }
}
