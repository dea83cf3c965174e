package org.stemma.store;

/**
 * What a list shows of a provenance {@link Family}.
 *
 * @param id          the family's key
 * @param edges       how many provenance edges it has
 * @param lostSources how many lost sources it has
 */
public record FamilySummary(String id, int edges, int lostSources) {
}
