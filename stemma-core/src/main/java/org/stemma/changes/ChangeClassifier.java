package org.stemma.changes;

import java.util.List;
import org.stemma.align.Witness;
import org.stemma.model.Change;
import org.stemma.model.Passage;

/**
 * Types the differences between a source and a copy of it: reads the edit scripts of the passages they
 * share and says, for each difference, what kind of change the copy made.
 *
 * <p>Contract: {@code passages} are passages between {@code source} and {@code target} (either may be the
 * passage's {@code a}); passages of other pairs are ignored. Every returned {@link Change} has
 * {@code source} = the source's id, spans inside the two originals, and {@code before}/{@code after} equal
 * to the text at those spans. The result is sorted by source span, then target span, then kind; never null.
 * Implementations are immutable, thread-safe and deterministic, and bound their work on any input.
 */
public interface ChangeClassifier {

    /** The typed changes {@code target} made to the text it shares with {@code source}. */
    List<Change> classify(Witness source, Witness target, List<Passage> passages);
}
