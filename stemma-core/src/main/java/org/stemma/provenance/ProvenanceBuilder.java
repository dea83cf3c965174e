package org.stemma.provenance;

import java.util.List;
import org.stemma.model.Article;
import org.stemma.model.Passage;

/**
 * Decides the direction of text reuse between articles and infers lost common sources.
 *
 * <p>Input: the corpus's articles (any order, unique ids) and the passages the align stage found between
 * them (any order; every passage's ids must name given articles). Output: a {@link Provenance} whose edges
 * form a graph without cycles, sorted by {@code (target, source)}, and whose lost sources are sorted by id.
 * Never returns null; articles without passages simply have no edges. The result depends only on the
 * input's content, not on its order. Families (connected components of the passage graph) are independent: each
 * family's edges and lost sources depend on its own articles and passages only, which is what lets
 * {@link ReuseFamilies} build them one at a time and on many threads. Implementations are immutable and thread-safe; cost is linear in the
 * total text of articles that have passages, plus a small polynomial in the number of linked pairs.
 */
public interface ProvenanceBuilder {

    /**
     * Builds the provenance graph.
     *
     * @throws IllegalArgumentException if a passage names an article that is not given, or ids repeat
     */
    Provenance build(List<Article> articles, List<Passage> passages);
}
