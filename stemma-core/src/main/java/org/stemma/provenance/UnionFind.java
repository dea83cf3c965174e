package org.stemma.provenance;

import java.util.HashMap;
import java.util.Map;

/** Disjoint sets of ids; the representative of a set is its smallest id, so results do not depend on order. */
final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    boolean contains(String x) {
        return parent.containsKey(x);
    }

    String find(String x) {
        parent.putIfAbsent(x, x);
        String root = x;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        // path compression, so long chains of copies stay cheap
        String at = x;
        while (!at.equals(root)) {
            String next = parent.get(at);
            parent.put(at, root);
            at = next;
        }
        return root;
    }

    void union(String x, String y) {
        String rx = find(x);
        String ry = find(y);
        if (rx.compareTo(ry) < 0) {
            parent.put(ry, rx);
        } else if (ry.compareTo(rx) < 0) {
            parent.put(rx, ry);
        }
    }
}
