package org.stemma.model;

import java.util.List;

/**
 * Everything one run of the pipeline found in a corpus: what the report stage writes.
 *
 * <p>Lists are sorted for deterministic output: articles, events and stories by id; passages by
 * {@code (a, b, inA)}; edges by {@code (target, source)}; lost sources by id; problems in input order;
 * changes by (source, target, source span, target span); quotes by article and span; quote groups and claims
 * by id.
 */
public record Analysis(List<Article> articles, List<Passage> passages, List<Event> events, List<Story> stories,
                       List<Edge> edges, List<LostSource> lostSources, List<Problem> problems,
                       List<Change> changes, List<Quote> quotes, List<QuoteGroup> quoteGroups, List<Claim> claims) {

    public Analysis {
        articles = List.copyOf(articles);
        passages = List.copyOf(passages);
        events = List.copyOf(events);
        stories = List.copyOf(stories);
        edges = List.copyOf(edges);
        lostSources = List.copyOf(lostSources);
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
        quotes = List.copyOf(quotes);
        quoteGroups = List.copyOf(quoteGroups);
        claims = List.copyOf(claims);
    }

    /** An analysis without typed changes, quotations and claims. */
    public Analysis(List<Article> articles, List<Passage> passages, List<Event> events, List<Story> stories,
                    List<Edge> edges, List<LostSource> lostSources, List<Problem> problems) {
        this(articles, passages, events, stories, edges, lostSources, problems, List.of(), List.of(), List.of(),
                List.of());
    }
}
