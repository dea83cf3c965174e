package org.stemma.model;

import java.util.List;

/**
 * A provenance edge: {@code target} reuses text from {@code source}. Either end may be a
 * {@link LostSource}'s id.
 *
 * @param confidence how sure the direction and the link are, in [0, 1]
 * @param evidence   short human-readable reasons, most important first
 */
public record Edge(String source, String target, double confidence, List<String> evidence) {
    public Edge {
        if (source == null || target == null || evidence == null) {
            throw new IllegalArgumentException("null field in edge");
        }
        if (source.equals(target)) {
            throw new IllegalArgumentException("an edge from " + source + " to itself");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
        evidence = List.copyOf(evidence);
    }
}
