/**
 * The records that flow between the pipeline's stages: {@link org.stemma.model.RawArticle} (ingest),
 * {@link org.stemma.model.Article} (clean), {@link org.stemma.model.Passage} and {@link org.stemma.model.Edit}
 * (align), {@link org.stemma.model.Event} and {@link org.stemma.model.Story} (cluster),
 * {@link org.stemma.model.Edge} and {@link org.stemma.model.LostSource} (provenance).
 *
 * <p>Every record is immutable and validated in its compact constructor. Every {@link org.stemma.model.Span}
 * is a half-open range of UTF-16 char offsets into the article's original text, as ingest read it; no stage
 * rewrites the original text, so any finding can be shown where it was found.
 */
package org.stemma.model;
