/**
 * The clean stage: separates an article's body from the clutter a scraper left in its plain text (reader
 * comments, share and rating widgets, navigation trails, previous/next links, disclaimers, teasers for other
 * articles, markup debris), and reads the title, the publication date and the language.
 *
 * <p>{@link org.stemma.clean.Cleaner} is the stage's contract; {@link org.stemma.clean.RuleCleaner} implements it
 * with line features and rules whose cue phrases live in data files next to this package
 * ({@code clutter-cues.txt}, {@code months.txt}, {@code relative-times.txt}), so a language is added by editing
 * data, not code. Every offset the stage produces points into {@link org.stemma.model.RawArticle#text()}.
 */
package org.stemma.clean;
