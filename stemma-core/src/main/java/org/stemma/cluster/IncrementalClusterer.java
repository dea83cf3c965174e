package org.stemma.cluster;

import java.util.List;
import org.stemma.model.Passage;

/**
 * Groups articles that arrive in batches: each batch's articles join existing events and storylines or start
 * new ones, and what earlier batches decided is not undone.
 *
 * <p>Contract: {@code add(state, batch, passages)} returns a new state holding the earlier articles and
 * {@code batch}, whose clusters keep every earlier event's articles together and every earlier storyline's
 * events together (a group may grow, never split, and two earlier groups never merge). {@code passages} are
 * those found for the new articles (with each other or with earlier ones); passages naming unknown articles
 * are ignored. An id already in {@code state} or repeated in {@code batch} throws
 * {@link IllegalArgumentException}. Event and story ids are renumbered on every call (by smallest member, as
 * {@link Clusterer} does), so callers follow articles, not ids. Adding one batch to
 * {@link ClusterState#empty()} gives exactly what {@link Clusterer#cluster} gives; several batches give a
 * result close to one batch, not identical, and implementations say how close. Thread-safe: the state is
 * immutable and nothing is kept between calls.
 */
public interface IncrementalClusterer {

    /** The state after {@code batch} (and its {@code passages}) has been added to {@code state}. */
    ClusterState add(ClusterState state, List<ClusterInput> batch, List<Passage> passages);
}
