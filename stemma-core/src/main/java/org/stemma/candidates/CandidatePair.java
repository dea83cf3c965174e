package org.stemma.candidates;

import java.util.Comparator;

/**
 * Two articles that share at least the configured number of anchors (distinct fingerprint hashes), written
 * one way: {@code a} sorts before {@code b}.
 */
public record CandidatePair(String a, String b, int sharedAnchors) implements Comparable<CandidatePair> {

    private static final Comparator<CandidatePair> ORDER =
            Comparator.comparing(CandidatePair::a).thenComparing(CandidatePair::b);

    public CandidatePair {
        if (a == null || b == null) {
            throw new IllegalArgumentException("null id in candidate pair");
        }
        if (a.compareTo(b) >= 0) {
            throw new IllegalArgumentException("candidate ids must be in order, a < b: " + a + ", " + b);
        }
        if (sharedAnchors < 1) {
            throw new IllegalArgumentException("a candidate pair shares at least one anchor: " + sharedAnchors);
        }
    }

    /** Orders by {@code a}, then {@code b}. */
    @Override
    public int compareTo(CandidatePair o) {
        return ORDER.compare(this, o);
    }
}
