package org.stemma.model;

import java.util.List;
import java.util.Optional;

/**
 * One statement as several articles carry it: its members in every wording (translations, truncations,
 * partial quotes, unquoted copies), where it appeared first, and how it drifted.
 *
 * @param id       {@code q0001}…, numbered in order of the groups' first members
 * @param speaker  the most frequent normalised speaker name among the members, ties broken by name
 * @param members  sorted by article id, then span
 * @param earliest the article that carried it first: earliest known date, ties and undated broken by id
 * @param outlets  the members' outlets (an article's id when it states none), sorted, distinct
 * @param drift    the drift found, in enum order
 * @param changes  human-readable evidence for the drift ("002: 'prepared' → 'ready'"), in member order
 */
public record QuoteGroup(String id, Optional<String> speaker, List<Quote> members, String earliest,
                         List<String> outlets, List<QuoteDrift> drift, List<String> changes) {
    public QuoteGroup {
        if (id == null || speaker == null || members == null || earliest == null || outlets == null
                || drift == null || changes == null) {
            throw new IllegalArgumentException("null field in quote group");
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException("quote group " + id + " has no members");
        }
        members = List.copyOf(members);
        outlets = List.copyOf(outlets);
        drift = List.copyOf(drift);
        changes = List.copyOf(changes);
    }

    /** The distinct article ids of the members, sorted. */
    public List<String> articles() {
        return members.stream().map(Quote::articleId).distinct().sorted().toList();
    }
}
