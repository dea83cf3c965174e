package org.stemma.fingerprint;

import java.util.Arrays;
import java.util.Objects;
import org.stemma.model.Span;

/**
 * An article's normalised word tokens, each with its char offsets in the original text.
 *
 * <p>Immutable once built; the arrays are never exposed. Terms are already normalised by
 * {@link WordTokenizer} (NFKC, lower case, no apostrophes, digit groups joined), so two tokens are the same
 * word exactly when their terms are equal.
 */
public final class TokenSequence {
    private final String[] terms;
    private final int[] starts;
    private final int[] ends;

    TokenSequence(String[] terms, int[] starts, int[] ends) {
        if (terms.length != starts.length || terms.length != ends.length) {
            throw new IllegalArgumentException("token arrays differ in length");
        }
        this.terms = terms;
        this.starts = starts;
        this.ends = ends;
    }

    /** Builds a sequence from parallel arrays; copies them. Meant for tests and other tokenizers. */
    public static TokenSequence of(String[] terms, int[] starts, int[] ends) {
        for (int i = 0; i < terms.length; i++) {
            Objects.requireNonNull(terms[i], "term " + i);
            if (starts[i] < 0 || ends[i] < starts[i] || (i > 0 && starts[i] < ends[i - 1])) {
                throw new IllegalArgumentException("token " + i + " has bad offsets " + starts[i] + ".." + ends[i]);
            }
        }
        return new TokenSequence(terms.clone(), starts.clone(), ends.clone());
    }

    public int size() {
        return terms.length;
    }

    public boolean isEmpty() {
        return terms.length == 0;
    }

    /** The normalised term of token {@code i}. */
    public String term(int i) {
        return terms[i];
    }

    /** Start offset of token {@code i} in the original text. */
    public int start(int i) {
        return starts[i];
    }

    /** End offset (exclusive) of token {@code i} in the original text. */
    public int end(int i) {
        return ends[i];
    }

    /** The original-text span of tokens {@code [from, to)}; {@code from < to}. */
    public Span span(int from, int to) {
        if (from < 0 || to > terms.length || from >= to) {
            throw new IllegalArgumentException("bad token range " + from + ".." + to + " of " + terms.length);
        }
        return new Span(starts[from], ends[to - 1]);
    }

    /** The index of the first token that ends after {@code offset}, or {@link #size()} if none. */
    public int indexAtOrAfter(int offset) {
        int i = Arrays.binarySearch(ends, offset + 1);
        if (i < 0) {
            i = -i - 1;
        }
        // ends are strictly increasing, but be safe with equal values
        while (i > 0 && ends[i - 1] > offset) {
            i--;
        }
        return i;
    }

    @Override
    public String toString() {
        return "TokenSequence[" + terms.length + " tokens]";
    }
}
