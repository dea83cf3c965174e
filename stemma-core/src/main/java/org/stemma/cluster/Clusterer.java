package org.stemma.cluster;

import java.util.List;
import org.stemma.model.Passage;

/**
 * Groups articles into events and events into storylines.
 *
 * <p>Contract: every article of {@code articles} ends in exactly one event and every event in exactly one
 * story; ids are deterministic and the result does not depend on the order of either list (same input set,
 * same output, byte for byte). Article ids must be unique, otherwise {@link IllegalArgumentException}.
 * {@code passages} may be empty; a passage naming an article that is not in {@code articles} is ignored.
 * Articles with no tokens are allowed and end in events of their own unless a passage joins them.
 * Implementations are thread-safe (they keep no state between calls) and bounded: near-linear in the
 * number of articles and tokens, never all pairs.
 */
public interface Clusterer {

    /** Partitions {@code articles} into events and storylines; neither argument nor its elements null. */
    Clusters cluster(List<ClusterInput> articles, List<Passage> passages);
}
