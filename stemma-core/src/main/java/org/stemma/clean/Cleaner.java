package org.stemma.clean;

import org.stemma.model.Article;
import org.stemma.model.RawArticle;

/**
 * Separates an article's body from the clutter around and inside it, and establishes its title, language and
 * publication date.
 *
 * <p>Contract:
 * <ul>
 *   <li>Never throws on any text: empty, huge, binary junk or odd Unicode yields an article (perhaps with an
 *       empty body, language {@code "und"} and an unknown date). Only a null argument is misuse.</li>
 *   <li>Every span (body segments, clutter, title span, date evidence) is a half-open char range into
 *       {@code raw.text()}; body segments are sorted, disjoint, trimmed of surrounding whitespace and overlap
 *       no clutter span and no title span; clutter spans are sorted and disjoint.</li>
 *   <li>Nothing is thrown away: every non-blank char of the text lies in a body segment, a clutter span or the
 *       title span.</li>
 *   <li>Metadata stated by the input (title, date, language) is preferred over what is read from the text.</li>
 *   <li>Deterministic, and safe to call from many threads at once; cost is linear in the text's length.</li>
 * </ul>
 */
public interface Cleaner {

    /** Cleans one article; see the interface's contract. */
    Article clean(RawArticle raw);
}
