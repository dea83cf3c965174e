package org.stemma.store;

import java.util.Optional;
import org.stemma.model.Article;

/**
 * A stored article with the batch that brought it.
 *
 * @param article the article as cleaned when it was committed
 * @param batch   the {@link BatchInfo#seq()} of its batch
 */
public record StoredArticle(Article article, long batch) {
    public String id() {
        return article.id();
    }

    /** The outlet the input stated, when it stated one. */
    public Optional<String> outlet() {
        return article.raw().outlet();
    }
}
