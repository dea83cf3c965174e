package org.stemma.quotes;

import java.util.List;
import org.stemma.model.Article;
import org.stemma.model.Claim;
import org.stemma.model.Event;
import org.stemma.model.Story;

/**
 * Builds each storyline's claim matrix: the claims its articles share, and how every article states each.
 *
 * <p>Contract: returns claims stated by at least two articles of one storyline, ids {@code c0001}… in order
 * of story id, then reference article, then position; each claim has one cell per article of its storyline,
 * sorted by id. Never null; deterministic; thread-safe.
 */
public interface ClaimMatrixBuilder {
    List<Claim> build(List<Article> articles, List<Event> events, List<Story> stories);
}
