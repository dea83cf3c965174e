package org.stemma.store;

import java.util.Optional;

/**
 * What a list shows of a stored article, read from its columns without decoding its text.
 *
 * @param id     the article
 * @param outlet the outlet the input stated
 * @param title  the cleaned title
 * @param date   the publication date (ISO date, or date and time), when known
 * @param batch  the {@link BatchInfo#seq()} of its batch
 */
public record ArticleSummary(String id, Optional<String> outlet, Optional<String> title, Optional<String> date,
                             long batch) {
}
