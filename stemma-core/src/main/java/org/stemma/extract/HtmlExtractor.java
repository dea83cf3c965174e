package org.stemma.extract;

import java.util.Optional;

/**
 * Extracts the article text, clutter and metadata from one HTML page.
 *
 * <p>Contract: never throws on any input string (empty, truncated, binary junk, deeply nested, huge); work
 * and memory are bounded by the implementation's configuration. The returned text holds every visible block
 * of the page; {@link Extraction#body()} and {@link Extraction#clutter()} partition the non-blank blocks.
 * Deterministic: the same input gives the same output. Implementations are immutable and thread-safe.
 */
public interface HtmlExtractor {

    /**
     * @param html the decoded page
     * @param url  the page's address when known (used for relative metadata, dates in the path, the outlet)
     */
    Extraction extract(String html, Optional<String> url);
}
