package org.stemma.fingerprint;

import java.util.Arrays;
import java.util.Objects;

/**
 * The fingerprints of one article: hashes with the token position (index into its {@link TokenSequence}) of
 * the first word of the k-gram each one hashes, in increasing position order.
 *
 * <p>Immutable and compact (two primitive arrays, never exposed). A hash may occur more than once when the
 * article repeats itself.
 */
public final class Fingerprints {
    private final String articleId;
    private final long[] hashes;
    private final int[] positions;

    private Fingerprints(String articleId, long[] hashes, int[] positions) {
        this.articleId = articleId;
        this.hashes = hashes;
        this.positions = positions;
    }

    /** Copies the arrays; positions must be non-negative and non-decreasing. */
    public static Fingerprints of(String articleId, long[] hashes, int[] positions) {
        Objects.requireNonNull(articleId, "articleId");
        if (hashes.length != positions.length) {
            throw new IllegalArgumentException("hashes and positions differ in length: " + hashes.length
                    + " vs " + positions.length);
        }
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] < 0 || (i > 0 && positions[i] < positions[i - 1])) {
                throw new IllegalArgumentException("position " + i + " out of order: " + positions[i]);
            }
        }
        return new Fingerprints(articleId, hashes.clone(), positions.clone());
    }

    static Fingerprints wrap(String articleId, long[] hashes, int[] positions) {
        return new Fingerprints(articleId, hashes, positions);
    }

    public String articleId() {
        return articleId;
    }

    public int size() {
        return hashes.length;
    }

    public boolean isEmpty() {
        return hashes.length == 0;
    }

    /** The hash of fingerprint {@code i}. */
    public long hash(int i) {
        return hashes[i];
    }

    /** The token position of fingerprint {@code i}'s k-gram. */
    public int position(int i) {
        return positions[i];
    }

    /** A copy of the hashes, in position order. */
    public long[] hashes() {
        return hashes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprints f && articleId.equals(f.articleId) && Arrays.equals(hashes, f.hashes)
                && Arrays.equals(positions, f.positions);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * articleId.hashCode() + Arrays.hashCode(hashes)) + Arrays.hashCode(positions);
    }

    @Override
    public String toString() {
        return "Fingerprints[" + articleId + ", " + hashes.length + " hashes]";
    }
}
