package org.stemma.cluster;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an {@link IncrementalClusterer} knows after some batches: what it keeps of each article seen so far and
 * their current partition into events and storylines. Immutable; a store can persist it or derive it again from
 * its articles and events.
 *
 * <p>Per article it holds only what later batches read, the {@link ArticleTerms} (id, date, word counts), not
 * the article's text, tokens or passages: a state grows by a few kilobytes an article, not by the corpus's text.
 * Passages matter to a batch only where they touch it, so the caller hands in the batch's own (see
 * {@link IncrementalClusterer#add(ClusterState, List, List, java.util.Map)}).
 *
 * @param articles every article added so far, sorted by id
 * @param clusters the current events and storylines, covering exactly {@code articles}
 */
public record ClusterState(List<ArticleTerms> articles, Clusters clusters) {
    private static final ClusterState EMPTY = new ClusterState(List.of(), new Clusters(List.of(), List.of()));

    public ClusterState {
        articles = List.copyOf(articles);
        if (clusters == null) {
            throw new IllegalArgumentException("null clusters");
        }
        Set<String> ids = new HashSet<>();
        for (ArticleTerms a : articles) {
            ids.add(a.id());
        }
        // Hash sets, not clusters.eventByArticle()'s sorted map: this runs on every batch over the whole state.
        Set<String> clustered = new HashSet<>(ids.size() * 2);
        for (org.stemma.model.Event e : clusters.events()) {
            clustered.addAll(e.articles());
        }
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
