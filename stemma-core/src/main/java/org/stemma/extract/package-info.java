/**
 * Extract: turns a web page (HTML) into the text stemma analyses, the clutter on it and its metadata.
 *
 * <p>The text of a page is all its visible text, flattened into blocks separated by blank lines, clutter
 * included, so that every offset points into something the user can compare with the page. The extractor
 * says which blocks are the article ({@link org.stemma.extract.Extraction#body()}) and which are clutter, with
 * their kind ({@link org.stemma.extract.Extraction#clutter()}), and reads the page's metadata (title, date
 * with its source, author, outlet, language, canonical URL). {@link org.stemma.extract.HtmlDecoder} turns
 * the bytes of a page into a string (charset from the HTTP header, the byte-order mark, a {@code <meta>} tag,
 * then detection). Nothing here opens files: readers in {@code ingest} and the CLI do the I/O.
 */
package org.stemma.extract;
