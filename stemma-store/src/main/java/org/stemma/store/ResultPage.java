package org.stemma.store;

import java.util.List;

/**
 * One page of a longer list, read with LIMIT/OFFSET.
 *
 * @param total how many items the whole list holds
 * @param items the page's items, in the list's order
 */
public record ResultPage<T>(int total, List<T> items) {
    public ResultPage {
        items = List.copyOf(items);
    }
}
