package org.stemma.extract;

import java.util.List;
import java.util.Optional;
import org.stemma.model.Clutter;
import org.stemma.model.PublicationDate;
import org.stemma.model.Span;

/**
 * What an extractor found on a page.
 *
 * @param text       every visible block of the page, blocks separated by a blank line; all spans point here
 * @param body       the blocks that are the article, in order
 * @param clutter    the blocks that are not, with their kind, in order
 * @param title      the article's headline
 * @param date       the publication date; its basis is {@code STATED} for a date the page states and
 *                   {@code BOUNDED} for a crawl time
 * @param dateSource where the date was read
 * @param timestamp  the machine timestamp the date was read from, as the page states it (ISO 8601, with its zone
 *                   when it has one), when it also gives the time of day: the clean stage takes it at its instant,
 *                   which orders same-day copies and outlets in different zones, while {@code date} keeps the
 *                   page's own day
 * @param author     the byline's name(s)
 * @param outlet     the site's name, or its host when the page does not name itself
 * @param lang       the page's declared language (BCP 47 primary tag, lower case)
 * @param url        the canonical URL when the page states one, else the URL it was fetched from
 * @param warnings   what went wrong but still gave a result (truncated input, no body found...)
 */
public record Extraction(String text, List<Span> body, List<Clutter> clutter, Optional<String> title,
                         PublicationDate date, DateSource dateSource, Optional<String> timestamp,
                         Optional<String> author,
                         Optional<String> outlet, Optional<String> lang, Optional<String> url,
                         List<String> warnings) {

    public Extraction {
        if (text == null || body == null || clutter == null || title == null || date == null
                || dateSource == null || timestamp == null || author == null || outlet == null || lang == null || url == null
                || warnings == null) {
            throw new IllegalArgumentException("null in extraction; use Optional.empty() or an empty list");
        }
        body = List.copyOf(body);
        clutter = List.copyOf(clutter);
        warnings = List.copyOf(warnings);
        for (Span s : body) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("body span " + s + " outside text of length " + text.length());
            }
        }
    }

    /** The article's text alone: the body blocks joined by blank lines. */
    public String mainText() {
        StringBuilder sb = new StringBuilder();
        for (Span s : body) {
            if (!sb.isEmpty()) {
                sb.append("\n\n");
            }
            sb.append(text, s.start(), s.end());
        }
        return sb.toString();
    }
}
