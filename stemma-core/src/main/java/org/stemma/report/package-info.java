/**
 * Report: writes an {@link org.stemma.model.Analysis} for people and programs.
 *
 * <p>{@link org.stemma.report.JsonlReportWriter} writes one JSON Lines file per record kind, with fixed field
 * order; {@link org.stemma.report.HtmlReportWriter} writes one self-contained HTML page (inline CSS, no
 * scripts, no external references) showing storylines, events, articles and the provenance graph with each
 * copy's changes marked. Both are deterministic: the same analysis gives the same bytes. Article text is
 * untrusted: the HTML writer escapes every piece of it through {@link org.stemma.report.HtmlEscaper}, and the
 * JSON writer replaces unpaired surrogates (which UTF-8 cannot encode) with U+FFFD, keeping char offsets.
 */
package org.stemma.report;
