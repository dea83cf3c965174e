package org.stemma.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stemma.model.Analysis;
import org.stemma.model.Article;
import org.stemma.model.Claim;
import org.stemma.model.ClaimCell;
import org.stemma.model.ClaimState;
import org.stemma.model.Quote;
import org.stemma.model.QuoteDrift;
import org.stemma.model.QuoteGroup;

/**
 * The report's quotations and claim-matrix sections: each quote group with its speaker, first article, drift
 * and every wording; then per storyline a table of claims × articles, each cell verbatim (=), altered (≠, with
 * its changes) or absent (·). Every piece of input text passes through {@link HtmlEscaper}.
 */
final class QuotesSection {
    /** Longest quotation text shown; the rest is in quotes.jsonl. */
    private static final int MAX_SHOWN_CHARS = 400;

    private QuotesSection() {
    }

    static void render(StringBuilder h, Analysis analysis) {
        Map<String, Article> articles = new HashMap<>();
        for (Article a : analysis.articles()) {
            articles.put(a.id(), a);
        }
        if (!analysis.quoteGroups().isEmpty()) {
            h.append("<section>\n<h2>Quotations carried by several articles</h2>\n");
            for (QuoteGroup g : analysis.quoteGroups()) {
                h.append("<h3>").append(esc(g.id())).append(": <span class=\"i\">")
                        .append(esc(g.speaker().orElse("speaker unknown"))).append("</span></h3>\n");
                h.append("<p class=\"ev\">first in <span class=\"i\">").append(esc(g.earliest()))
                        .append("</span>; outlets: <span class=\"i\">").append(esc(String.join(", ", g.outlets())))
                        .append("</span>; drift: ")
                        .append(esc(g.drift().isEmpty() ? "none"
                                : String.join(", ", g.drift().stream().map(QuoteDrift::label).toList())))
                        .append("</p>\n<table>\n<tr><th>article</th><th>kind</th><th>speaker</th><th>words</th></tr>\n");
                for (Quote q : g.members()) {
                    Article a = articles.get(q.articleId());
                    String words = a == null ? "" : q.span().of(a.text());
                    if (words.length() > MAX_SHOWN_CHARS) {
                        words = words.substring(0, MAX_SHOWN_CHARS) + "\u2026";
                    }
                    h.append("<tr><td class=\"i\">").append(esc(q.articleId())).append("</td><td>")
                            .append(esc(q.kind().label())).append("</td><td class=\"i\">")
                            .append(esc(q.speakerName().orElse(""))).append("</td><td class=\"i\">").append(esc(words))
                            .append("</td></tr>\n");
                }
                h.append("</table>\n");
                if (!g.changes().isEmpty()) {
                    h.append("<ul class=\"ev\">\n");
                    for (String c : g.changes()) {
                        h.append("<li class=\"i\">").append(esc(c)).append("</li>\n");
                    }
                    h.append("</ul>\n");
                }
            }
            h.append("</section>\n");
        }
        if (!analysis.claims().isEmpty()) {
            h.append("<section>\n<h2>Claim matrix</h2>\n<p class=\"ev\">= verbatim, \u2260 altered (changes against "
                    + "the first article's wording), \u00B7 absent</p>\n");
            String story = null;
            List<String> columns = List.of();
            for (Claim c : analysis.claims()) {
                if (!c.story().equals(story)) {
                    if (story != null) {
                        h.append("</table>\n");
                    }
                    story = c.story();
                    columns = c.cells().stream().map(ClaimCell::articleId).toList();
                    h.append("<h3>Storyline <span class=\"i\">").append(esc(story)).append("</span></h3>\n<table>\n")
                            .append("<tr><th>claim</th>");
                    for (String id : columns) {
                        h.append("<th class=\"i\">").append(esc(id)).append("</th>");
                    }
                    h.append("</tr>\n");
                }
                Article ref = articles.get(c.reference());
                String wording = c.cells().stream().filter(x -> x.articleId().equals(c.reference())).findFirst()
                        .flatMap(ClaimCell::sentence).filter(s -> ref != null).map(s -> s.of(ref.text())).orElse("");
                if (wording.length() > MAX_SHOWN_CHARS) {
                    wording = wording.substring(0, MAX_SHOWN_CHARS) + "\u2026";
                }
                h.append("<tr><td class=\"i\">").append(esc(c.id())).append(": ").append(esc(wording)).append("</td>");
                for (ClaimCell cell : c.cells()) {
                    h.append("<td>").append(cell.state() == ClaimState.VERBATIM ? "="
                            : cell.state() == ClaimState.ALTERED ? "\u2260" : "\u00B7");
                    if (!cell.changes().isEmpty()) {
                        h.append(" <span class=\"ev i\">").append(esc(String.join("; ", cell.changes())))
                                .append("</span>");
                    }
                    h.append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n</section>\n");
        }
    }

    private static String esc(String s) {
        return HtmlEscaper.escape(s);
    }
}
