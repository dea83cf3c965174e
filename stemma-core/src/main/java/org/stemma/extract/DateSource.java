package org.stemma.extract;

import java.util.Locale;

/** Where an extracted publication date was read, strongest first. */
public enum DateSource {
    /** schema.org JSON-LD {@code datePublished}. */
    JSON_LD,
    /** A {@code <meta>} tag such as {@code article:published_time}. */
    META,
    /** A {@code <time>} element (or an element marked {@code itemprop=datePublished}) outside clutter. */
    TIME_ELEMENT,
    /** A date written in the page's visible text near the article, outside comments and teasers. */
    TEXT,
    /** A date in the URL's path, such as {@code /2019/08/02/}. */
    URL,
    /** The crawl time from a WARC record: only an upper bound on the publication date. */
    CRAWL,
    /** No date found. */
    NONE;

    /** The lower-case name used in output files, e.g. {@code json-ld}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
