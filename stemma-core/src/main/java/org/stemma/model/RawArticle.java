package org.stemma.model;

import java.util.Optional;

/**
 * One article as ingest read it: its id, its original text, untouched, and the metadata the input stated.
 *
 * <p>The text is the reference for every later offset. Stated metadata (outlet, url, title, date, language)
 * comes from the input record when it has them, and is preferred over what the clean stage infers.
 *
 * @param repairedChars how many malformed byte sequences were replaced by U+FFFD while decoding
 * @param layout        the body and clutter blocks, when ingest read them from the page's structure (HTML);
 *                      empty for plain text, where the clean stage finds them itself
 */
public record RawArticle(
        String id,
        String text,
        Optional<String> outlet,
        Optional<String> url,
        Optional<String> title,
        Optional<String> date,
        Optional<String> lang,
        Origin origin,
        int repairedChars,
        Optional<PageLayout> layout) {

    public RawArticle {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
        if (text == null) {
            throw new IllegalArgumentException("text is null for " + id);
        }
        if (outlet == null || url == null || title == null || date == null || lang == null || origin == null) {
            throw new IllegalArgumentException("null metadata for " + id + "; use Optional.empty()");
        }
        if (repairedChars < 0) {
            throw new IllegalArgumentException("negative repairedChars for " + id);
        }
        if (layout == null) {
            throw new IllegalArgumentException("null layout for " + id + "; use Optional.empty()");
        }
        layout.ifPresent(l -> {
            for (Span s : l.body()) {
                if (s.end() > text.length()) {
                    throw new IllegalArgumentException("layout body " + s + " outside text of " + id);
                }
            }
            for (Clutter c : l.clutter()) {
                if (c.span().end() > text.length()) {
                    throw new IllegalArgumentException("layout clutter " + c + " outside text of " + id);
                }
            }
        });
    }

    /** An article without a page layout: plain text, whose clutter the clean stage finds itself. */
    public RawArticle(String id, String text, Optional<String> outlet, Optional<String> url, Optional<String> title,
                      Optional<String> date, Optional<String> lang, Origin origin, int repairedChars) {
        this(id, text, outlet, url, title, date, lang, origin, repairedChars, Optional.empty());
    }

    /** An article with nothing but an id and a text, as a .txt file gives. */
    public static RawArticle ofText(String id, String text) {
        return new RawArticle(id, text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), new Origin(id, 0), 0);
    }
}
