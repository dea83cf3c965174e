package org.stemma.quotes;

import java.util.List;
import org.stemma.model.Article;
import org.stemma.model.Passage;
import org.stemma.model.Quote;
import org.stemma.model.QuoteGroup;

/**
 * Gathers the quotations that carry one statement across articles.
 *
 * <p>Contract: {@code quotes} are the extracted quotations of {@code articles} (any order); {@code passages} the
 * aligner's passages between them. Returns the groups that span two or more articles, ids {@code q0001}… in
 * order of their first member, members sorted; members may include words of an article that carry a quotation
 * without marks ({@link org.stemma.model.QuoteKind#ABSORBED}). Never null; deterministic; thread-safe.
 */
public interface QuoteGrouper {
    List<QuoteGroup> group(List<Article> articles, List<Quote> quotes, List<Passage> passages);
}
