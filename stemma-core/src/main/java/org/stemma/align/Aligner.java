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
}
