package org.stemma.align;

import java.util.List;
import org.stemma.model.Passage;

/**
 * Finds the passages two witnesses share and aligns each word by word.
 *
 * <p>Contract: the witnesses must have different ids. Each returned {@link Passage} has {@code a} = the id
 * that sorts first (the witnesses are swapped if needed), so {@code align(x, y)} equals {@code align(y, x)}.
 * Passages are sorted by their span in {@code a}, then in {@code b}; their spans start and end on equal
 * words; their edits tile both spans in order. The result is never null (empty when nothing is shared).
 * Implementations are immutable and thread-safe, and bound their work on any input.
 */
public interface Aligner {

    /** The passages shared by {@code a} and {@code b}. */
    List<Passage> align(Witness a, Witness b);

    /**
     * An aligner for one batch of pairs drawn from one set of witnesses, which may keep the work that
     * depends on one witness alone (for {@link AnchoredAligner}, its sorted seed keys) and do it once per
     * witness rather than once per pair. It aligns exactly as this aligner does; it is thread-safe, and what
     * it keeps lives as long as it does, so drop it when the batch is done. The default keeps nothing.
     */
    default Aligner forBatch() {
        return this;
    }
}
