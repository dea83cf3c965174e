package org.stemma.cluster;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stemma.model.Passage;

/**
 * What an {@link IncrementalClusterer} knows after some batches: the articles and passages seen so far and
 * their current partition into events and storylines. Immutable; a store can persist it as its three parts.
 *
 * @param articles every article added so far, sorted by id
 * @param passages every passage added so far
 * @param clusters the current events and storylines, covering exactly {@code articles}
 */
public record ClusterState(List<ClusterInput> articles, List<Passage> passages, Clusters clusters) {
    private static final ClusterState EMPTY = new ClusterState(List.of(), List.of(), new Clusters(List.of(), List.of()));

    public ClusterState {
        articles = List.copyOf(articles);
        passages = List.copyOf(passages);
        if (clusters == null) {
            throw new IllegalArgumentException("null clusters");
        }
        Set<String> ids = new HashSet<>();
        for (ClusterInput a : articles) {
            ids.add(a.id());
        }
        Set<String> clustered = clusters.eventByArticle().keySet();
        if (ids.size() != articles.size() || !ids.equals(clustered)) {
            throw new IllegalArgumentException("clusters cover " + clustered.size() + " articles, state holds "
                    + articles.size() + " (" + ids.size() + " distinct ids)");
        }
    }

    /** The state before any batch. */
    public static ClusterState empty() {
        return EMPTY;
    }
}
