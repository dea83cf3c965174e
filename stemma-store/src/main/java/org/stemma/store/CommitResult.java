package org.stemma.store;

import java.util.List;
import org.stemma.model.Problem;

/**
 * What one committed batch added.
 *
 * @param seq      the batch's number in the store, from 1, in commit order
 * @param articles the articles stored (the batch less those left out)
 * @param passages the passages found between the new articles and between them and stored ones
 * @param problems why articles were left out (a repeated or already stored id, a stage failure), in input order
 */
public record CommitResult(long seq, int articles, int passages, List<Problem> problems) {
    public CommitResult {
        problems = List.copyOf(problems);
    }
}
