/**
 * Ingest: reads a corpus (a folder of .txt files, a corpus .jsonl, web pages as .html/.htm files or their
 * .gz, WARC files, single files) into
 * {@link org.stemma.model.RawArticle}s, keeping each article's original text untouched.
 *
 * <p>Readers are {@code Iterable<RawArticle> & Closeable}, stream their input, and never stop on a bad
 * record: an unreadable file, a bad JSON line or an empty text becomes a {@link org.stemma.model.Problem}
 * handed to the caller's sink, with its file and line, and reading goes on. Malformed UTF-8 is repaired
 * (replaced by U+FFFD) and counted on the article, never fatal. Web pages go through
 * {@link org.stemma.extract.HtmlExtractor}: the article's text is the page's whole visible text (clutter
 * included, so offsets point at what the page shows) and its metadata is what the page states.
 */
package org.stemma.ingest;
