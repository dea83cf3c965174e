package org.stemma.provenance;

import java.util.List;
import org.stemma.model.Edge;
import org.stemma.model.LostSource;

/**
 * What the provenance stage found: edges sorted by {@code (target, source)}, lost sources sorted by id.
 * Either end of an edge may be a lost source's id.
 */
public record Provenance(List<Edge> edges, List<LostSource> lostSources) {
    public Provenance {
        if (edges == null || lostSources == null) {
            throw new IllegalArgumentException("null list in provenance; use List.of()");
        }
        edges = List.copyOf(edges);
        lostSources = List.copyOf(lostSources);
    }
}
