package org.stemma.eval.families;

import java.util.List;
import org.stemma.eval.ProvenanceTruth;
import org.stemma.model.RawArticle;

/** A generated corpus (articles sorted by id) and its true lineage. */
public record GeneratedFamilies(List<RawArticle> articles, ProvenanceTruth truth) {
    public GeneratedFamilies {
        if (articles == null || truth == null) {
            throw new IllegalArgumentException("null in generated families");
        }
        articles = List.copyOf(articles);
    }
}
