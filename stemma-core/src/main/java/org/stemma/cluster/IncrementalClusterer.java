package org.stemma.cluster;

import java.util.List;
import java.util.Map;
import org.stemma.fingerprint.TokenSequence;
import org.stemma.model.Passage;

/**
 * Groups articles that arrive in batches: each batch's articles join existing events and storylines or start
 * new ones, and what earlier batches decided is not undone.
 *
 * <p>Contract: {@code add(state, batch, passages)} returns a new state holding the earlier articles and
 * {@code batch}, whose clusters keep every earlier event's articles together and every earlier storyline's
 * events together (a group may grow, never split, and two earlier groups never merge). {@code passages} are
 * those found for the new articles (with each other or with earlier ones); passages naming unknown articles
 * are ignored. A state keeps no article's tokens, so a passage between a new and an earlier article needs the
 * earlier one's in {@code earlierTokens} (to count the passage's words); without them
 * {@link IllegalArgumentException}. An id already in {@code state} or repeated in {@code batch} throws
 * {@link IllegalArgumentException}. Event and story ids are renumbered on every call (by smallest member, as
 * {@link Clusterer} does), so callers follow articles, not ids. Adding one batch to
 * {@link ClusterState#empty()} gives exactly what {@link Clusterer#cluster} gives; several batches give a
 * result close to one batch, not identical, and implementations say how close. Thread-safe: the state is
 * immutable and nothing is kept between calls.
 */
public interface IncrementalClusterer {

    /**
     * The state after {@code batch} (and its {@code passages}) has been added to {@code state}.
     *
     * @param earlierTokens by id, the tokens of the earlier articles that {@code passages} name (more are
     *                      allowed); only their offsets are read
     */
    ClusterState add(ClusterState state, List<ClusterInput> batch, List<Passage> passages,
            Map<String, TokenSequence> earlierTokens);

    /** {@link #add(ClusterState, List, List, Map)} for passages that name no earlier article. */
    default ClusterState add(ClusterState state, List<ClusterInput> batch, List<Passage> passages) {
        return add(state, batch, passages, Map.of());
    }
}
