package org.stemma.quotes;

import java.util.List;
import org.stemma.model.Article;
import org.stemma.model.Quote;

/**
 * Finds the quotations in one article.
 *
 * <p>Contract: returns direct, partial and indirect quotes (never {@link org.stemma.model.QuoteKind#ABSORBED})
 * whose spans lie inside the article's body, sorted by span; never null; never throws on any text. Quotes may
 * nest (a partial quote inside the indirect clause that reports it). Implementations are thread-safe and
 * deterministic; cost is linear in the body's length.
 */
public interface QuoteExtractor {
    List<Quote> extract(Article article);
}
