package org.stemma.model;

import java.util.List;

/**
 * A passage of text reused between two articles: where it lies in each original, how strong the match is,
 * and the word-level edit script that turns article {@code a}'s wording into article {@code b}'s.
 *
 * <p>By convention {@code a} is the id that sorts first, so a pair of articles is always written one way.
 *
 * @param score the share of the passage's words that are equal on both sides, in [0, 1]
 * @param edits in order along both texts; they tile {@code inA} and {@code inB}
 */
public record Passage(String a, String b, Span inA, Span inB, double score, List<Edit> edits) {
    public Passage {
        if (a == null || b == null || inA == null || inB == null || edits == null) {
            throw new IllegalArgumentException("null field in passage");
        }
        if (a.compareTo(b) >= 0) {
            throw new IllegalArgumentException("passage ids must be in order, a < b: " + a + ", " + b);
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score outside [0, 1]: " + score);
        }
        edits = List.copyOf(edits);
        for (Edit e : edits) {
            if (!inA.contains(e.a()) || !inB.contains(e.b())) {
                throw new IllegalArgumentException("edit " + e + " outside passage " + inA + " / " + inB);
            }
        }
    }
}
