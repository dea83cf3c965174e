package org.stemma.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A passage of text reused between two articles: where it lies in each original, how strong the match is,
 * and the word-level edit script that turns article {@code a}'s wording into article {@code b}'s.
 *
 * <p>By convention {@code a} is the id that sorts first, so a pair of articles is always written one way.
 *
 * <p>A value class rather than a record for memory, as {@link Edit} is: a corpus's passages hold millions of
 * edits (4.9 million for 10,000 generated articles, the largest part of the live heap once typed changes are
 * streamed), so the edit script is kept packed, four offsets and an op per step in two arrays, and
 * {@link #edits()} is a read-only view that builds each {@link Edit} when asked. Equality, hash and text
 * are by value, as the record's were.
 */
public final class Passage {
    private static final EditOp[] OPS = EditOp.values();

    private final String a;
    private final String b;
    private final int aStart;
    private final int aEnd;
    private final int bStart;
    private final int bEnd;
    private final double score;
    /** Per edit: start and end in {@code a}, start and end in {@code b}. */
    private final int[] offsets;
    /** Per edit: its {@link EditOp}'s ordinal. */
    private final byte[] ops;

    /**
     * @param score the share of the passage's words that are equal on both sides, in [0, 1]
     * @param edits in order along both texts; they tile {@code inA} and {@code inB}
     * @throws IllegalArgumentException on a null, ids out of order, a score outside [0, 1] or an edit outside
     *                                  the passage
     */
    public Passage(String a, String b, Span inA, Span inB, double score, List<Edit> edits) {
        if (a == null || b == null || inA == null || inB == null || edits == null) {
            throw new IllegalArgumentException("null field in passage");
        }
        if (a.compareTo(b) >= 0) {
            throw new IllegalArgumentException("passage ids must be in order, a < b: " + a + ", " + b);
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score outside [0, 1]: " + score);
        }
        int[] offsets = new int[edits.size() * 4];
        byte[] ops = new byte[edits.size()];
        int i = 0;
        for (Edit e : edits) {
            if (e == null) {
                throw new IllegalArgumentException("null edit in passage");
            }
            Span ea = e.a();
            Span eb = e.b();
            if (!inA.contains(ea) || !inB.contains(eb)) {
                throw new IllegalArgumentException("edit " + e + " outside passage " + inA + " / " + inB);
            }
            offsets[4 * i] = ea.start();
            offsets[4 * i + 1] = ea.end();
            offsets[4 * i + 2] = eb.start();
            offsets[4 * i + 3] = eb.end();
            ops[i] = (byte) e.op().ordinal();
            i++;
        }
        this.a = a;
        this.b = b;
        this.aStart = inA.start();
        this.aEnd = inA.end();
        this.bStart = inB.start();
        this.bEnd = inB.end();
        this.score = score;
        this.offsets = offsets;
        this.ops = ops;
    }

    /** The article whose id sorts first. */
    public String a() {
        return a;
    }

    /** The other article. */
    public String b() {
        return b;
    }

    /** Where the passage lies in {@code a}'s original text. */
    public Span inA() {
        return new Span(aStart, aEnd);
    }

    /** Where the passage lies in {@code b}'s original text. */
    public Span inB() {
        return new Span(bStart, bEnd);
    }

    /** The share of the passage's words that are equal on both sides, in [0, 1]. */
    public double score() {
        return score;
    }

    /** The edit script, in order along both texts; read-only. */
    public List<Edit> edits() {
        return new Edits();
    }

    /** The packed script seen as a list; each {@link #get} builds its edit. */
    private final class Edits extends AbstractList<Edit> implements RandomAccess {
        @Override
        public Edit get(int index) {
            Objects.checkIndex(index, ops.length);
            int k = 4 * index;
            return new Edit(OPS[ops[index]], offsets[k], offsets[k + 1], offsets[k + 2], offsets[k + 3]);
        }

        @Override
        public int size() {
            return ops.length;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Passage p && a.equals(p.a) && b.equals(p.b) && aStart == p.aStart && aEnd == p.aEnd
                && bStart == p.bStart && bEnd == p.bEnd && Double.compare(score, p.score) == 0
                && Arrays.equals(offsets, p.offsets) && Arrays.equals(ops, p.ops);
    }

    @Override
    public int hashCode() {
        return Objects.hash(a, b, aStart, aEnd, bStart, bEnd, score, Arrays.hashCode(offsets),
                Arrays.hashCode(ops));
    }

    @Override
    public String toString() {
        return "Passage[a=" + a + ", b=" + b + ", inA=" + inA() + ", inB=" + inB() + ", score=" + score
                + ", edits=" + edits() + "]";
    }
}
