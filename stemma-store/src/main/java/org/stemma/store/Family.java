package org.stemma.store;

import java.util.List;
import org.stemma.model.Edge;
import org.stemma.model.LostSource;

/**
 * One provenance family: the articles joined by reuse (a connected component of the passage graph), with the
 * lineage built over them. Keyed by its smallest article id, which changes when families merge.
 *
 * @param id          the family's key
 * @param edges       who copied from whom, sorted by (target, source)
 * @param lostSources unseen common sources, sorted by id
 */
public record Family(String id, List<Edge> edges, List<LostSource> lostSources) {
    public Family {
        edges = List.copyOf(edges);
        lostSources = List.copyOf(lostSources);
    }
}
