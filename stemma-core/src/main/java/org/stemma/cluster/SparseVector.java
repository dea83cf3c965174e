package org.stemma.cluster;

import java.util.Arrays;
import java.util.List;

/** A sparse vector over term ids, sorted by id; immutable once built. */
final class SparseVector {
    static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

    final int[] terms;
    final double[] weights;

    SparseVector(int[] terms, double[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    int size() {
        return terms.length;
    }

    /** A copy scaled to unit length; the empty vector stays empty. */
    SparseVector normalised() {
        double norm = 0;
        for (double w : weights) {
            norm += w * w;
        }
        if (norm == 0) {
            return EMPTY;
        }
        double inv = 1 / Math.sqrt(norm);
        double[] w = new double[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights[i] * inv;
        }
        return new SparseVector(terms, w);
    }

    double dot(SparseVector o) {
        return dotIfSharing(o, 0);
    }

    /**
     * The dot product with {@code o}, or 0 when the two share fewer than {@code minShared} terms: the count and
     * the sum in one pass.
     */
    double dotIfSharing(SparseVector o, int minShared) {
        double s = 0;
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length && j < o.terms.length) {
            int c = Integer.compare(terms[i], o.terms[j]);
            if (c == 0) {
                s += weights[i++] * o.weights[j++];
                n++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return n >= minShared ? s : 0;
    }

    /** This vector without the terms of {@code o}. */
    SparseVector without(SparseVector o) {
        int[] t = new int[terms.length];
        double[] w = new double[terms.length];
        int n = 0;
        int j = 0;
        for (int i = 0; i < terms.length; i++) {
            while (j < o.terms.length && o.terms[j] < terms[i]) {
                j++;
            }
            if (j < o.terms.length && o.terms[j] == terms[i]) {
                continue;
            }
            t[n] = terms[i];
            w[n++] = weights[i];
        }
        return new SparseVector(Arrays.copyOf(t, n), Arrays.copyOf(w, n));
    }

    /** The sum of {@code vectors} (each term's weights added in list order, so the result is deterministic). */
    static SparseVector sum(Iterable<SparseVector> vectors) {
        SparseVector acc = EMPTY;
        for (SparseVector v : vectors) {
            acc = acc.plus(v);
        }
        return acc;
    }

    /**
     * The sum of {@code vectors} kept to the terms that at least {@code minVectors} of them contain: what most
     * members agree on, without one member's idiosyncrasies.
     */
    static SparseVector consensus(List<SparseVector> vectors, int minVectors) {
        SparseVector total = sum(vectors);
        if (minVectors <= 1) {
            return total;
        }
        int[] count = new int[total.terms.length];
        for (SparseVector v : vectors) {
            for (int t : v.terms) {
                count[Arrays.binarySearch(total.terms, t)]++;
            }
        }
        int n = 0;
        for (int c : count) {
            if (c >= minVectors) {
                n++;
            }
        }
        int[] t = new int[n];
        double[] w = new double[n];
        int k = 0;
        for (int i = 0; i < count.length; i++) {
            if (count[i] >= minVectors) {
                t[k] = total.terms[i];
                w[k++] = total.weights[i];
            }
        }
        return new SparseVector(t, w);
    }

    private SparseVector plus(SparseVector o) {
        int[] t = new int[terms.length + o.terms.length];
        double[] w = new double[t.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < terms.length || j < o.terms.length) {
            if (j == o.terms.length || (i < terms.length && terms[i] < o.terms[j])) {
                t[n] = terms[i];
                w[n++] = weights[i++];
            } else if (i == terms.length || o.terms[j] < terms[i]) {
                t[n] = o.terms[j];
                w[n++] = o.weights[j++];
            } else {
                t[n] = terms[i];
                w[n++] = weights[i++] + o.weights[j++];
            }
        }
        return new SparseVector(Arrays.copyOf(t, n), Arrays.copyOf(w, n));
    }

    /**
     * Indices into {@link #terms}, ascending, of the {@code k} largest weights, ties to the smaller term id.
     * Primitive sorting only: this runs for every vector on every call.
     */
    int[] top(int k) {
        if (terms.length <= k) {
            int[] all = new int[terms.length];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return all;
        }
        double[] sorted = weights.clone();
        Arrays.sort(sorted);
        double kth = sorted[sorted.length - k];
        int above = 0;
        for (double w : weights) {
            if (w > kth) {
                above++;
            }
        }
        int ties = k - above;
        int[] out = new int[k];
        int n = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > kth || (weights[i] == kth && ties-- > 0)) {
                out[n++] = i;
            }
        }
        return out;
    }
}
