package org.stemma.util;

/** Searches in sorted int arrays. */
public final class Sorted {
    private Sorted() {
    }

    /** The first index whose value is at least {@code key} in the ascending {@code values}; its length if none. */
    public static int firstAtLeast(int[] values, int key) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
