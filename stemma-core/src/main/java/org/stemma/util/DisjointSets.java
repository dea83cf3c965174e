package org.stemma.util;

/**
 * Disjoint sets of the indexes {@code 0..n-1}, kept in a parent array that the caller owns. The root of a set
 * is its least index, so the partition and its roots do not depend on the order of the unions.
 */
public final class DisjointSets {
    private DisjointSets() {
    }

    /** A parent array of {@code n} singletons. */
    public static int[] singletons(int n) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        return parent;
    }

    /** The root of {@code i}'s set; halves the path on the way. */
    public static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the sets of {@code i} and {@code j} under the lesser root. */
    public static void union(int[] parent, int i, int j) {
        int a = find(parent, i);
        int b = find(parent, j);
        if (a != b) {
            parent[Math.max(a, b)] = Math.min(a, b);
        }
    }
}
