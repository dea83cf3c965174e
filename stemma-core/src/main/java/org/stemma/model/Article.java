package org.stemma.model;

import java.util.List;
import java.util.Optional;

/**
 * A cleaned article: its raw form, where its body lies in the original text, what clutter surrounds it,
 * and the metadata the clean stage established.
 *
 * @param raw       the article as ingested; {@code raw.text()} is the original text all spans point into
 * @param body      the body's segments (paragraphs, or pieces of one around inline clutter), sorted, disjoint
 * @param clutter   the clutter spans, sorted; together with body, title and dateline they need not cover
 *                  the whole text (blank lines belong to nothing)
 * @param title     the title, stated by the input or read from the text
 * @param titleSpan where the title stands in the original text, when it was read from there
 * @param lang      ISO 639-1 code where one exists (else ISO 639-3), or {@code "und"}
 * @param date      the publication date and its basis
 */
public record Article(RawArticle raw, List<Span> body, List<Clutter> clutter, Optional<String> title,
                      Optional<Span> titleSpan, String lang, PublicationDate date) {

    public Article {
        if (raw == null || body == null || clutter == null || title == null || titleSpan == null
                || lang == null || date == null) {
            throw new IllegalArgumentException("null field in article; use Optional.empty() or List.of()");
        }
        body = List.copyOf(body);
        clutter = List.copyOf(clutter);
        int textLength = raw.text().length();
        int previousEnd = 0;
        for (Span s : body) {
            if (s.end() > textLength || s.start() < previousEnd) {
                throw new IllegalArgumentException("body segment " + s + " out of order or outside text of "
                        + raw.id() + " (length " + textLength + ")");
            }
            previousEnd = s.end();
        }
        for (Clutter c : clutter) {
            if (c.span().end() > textLength) {
                throw new IllegalArgumentException("clutter " + c + " outside text of " + raw.id());
            }
        }
        titleSpan.ifPresent(s -> {
            if (s.end() > textLength) {
                throw new IllegalArgumentException("title span " + s + " outside text of " + raw.id());
            }
        });
    }

    public String id() {
        return raw.id();
    }

    public String text() {
        return raw.text();
    }

    /**
     * The clean body text: the body segments joined, a blank line between paragraphs and a space between
     * pieces of one paragraph. Offsets into this string are not offsets into the original; use {@link #body()}.
     */
    public String bodyText() {
        StringBuilder sb = new StringBuilder();
        String text = raw.text();
        Span previous = null;
        for (Span s : body) {
            if (previous != null) {
                boolean newParagraph = text.substring(previous.end(), s.start()).indexOf('\n') >= 0;
                sb.append(newParagraph ? "\n\n" : " ");
            }
            sb.append(text, s.start(), s.end());
            previous = s;
        }
        return sb.toString();
    }

    /** The number of body chars. */
    public int bodyLength() {
        int n = 0;
        for (Span s : body) {
            n += s.length();
        }
        return n;
    }
}
