package org.stemma.model;

import java.util.List;

/**
 * What an extractor that saw a page's structure (its HTML) already knows about the text it produced: which
 * blocks are the article's body and which are clutter, with their kinds. The clean stage takes this as stated
 * instead of guessing again from the flattened text, which has lost the markup that told them apart.
 *
 * @param body    the body blocks, sorted and disjoint, as spans of the raw text
 * @param clutter the clutter blocks, sorted, as spans of the raw text
 */
public record PageLayout(List<Span> body, List<Clutter> clutter) {
    public PageLayout {
        if (body == null || clutter == null) {
            throw new IllegalArgumentException("page layout needs body and clutter lists");
        }
        body = List.copyOf(body);
        clutter = List.copyOf(clutter);
    }
}
