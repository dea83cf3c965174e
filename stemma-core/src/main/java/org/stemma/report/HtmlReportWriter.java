package org.stemma.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.stemma.model.Analysis;
import org.stemma.model.Article;
import org.stemma.model.Clutter;
import org.stemma.model.Edge;
import org.stemma.model.Edit;
import org.stemma.model.EditOp;
import org.stemma.model.Event;
import org.stemma.model.LostSource;
import org.stemma.model.Passage;
import org.stemma.model.Problem;
import org.stemma.model.Span;
import org.stemma.model.Story;

/**
 * Writes an analysis as one self-contained HTML page: storylines, their events and articles, and per
 * storyline the provenance edges and lost sources, each edge with the copy's text marked against its source.
 *
 * <p>In a marked text, words the copy added are {@code <ins>}, words it dropped {@code <del>}, changed words
 * {@code <del>old</del><ins>new</ins>}, shared words plain; the copy's text outside the passages it shares
 * with the source is dimmed (and long stretches shortened to their ends, see
 * {@link ReportConfig#maxContextChars()}); clutter is greyed. The page has inline CSS only: no script, no
 * external stylesheet, font, image or link, so it can be opened offline and mailed as one file. Every piece
 * of input text, in content and attributes alike, passes through {@link HtmlEscaper}; anchors are built from
 * positions, never from ids. Deterministic: no clock, no random, sorted input.
 */
public final class HtmlReportWriter implements ReportWriter {
    private static final String CSS = String.join("\n",
            "body{font:15px/1.5 system-ui,sans-serif;max-width:62em;margin:2em auto;padding:0 1em;color:#222}",
            "h1,h2,h3{line-height:1.2}",
            "table{border-collapse:collapse;margin:.5em 0}",
            "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}",
            ".t{white-space:pre-wrap;unicode-bidi:isolate;font-family:Georgia,serif;border-left:3px solid #ddd;"
                    + "padding-left:.8em}",
            ".i{unicode-bidi:isolate}",
            "ins{background:#d4f7d4;text-decoration:none}",
            "del{background:#f9d0d0}",
            ".out{color:#888}",
            ".clutter{color:#bbb;font-size:.9em}",
            ".gap{color:#999;font-style:italic}",
            ".ev{color:#555;font-size:.9em}",
            ".lost{font-style:italic}",
            ".conf{font-variant-numeric:tabular-nums}");

    private final ReportConfig config;

    public HtmlReportWriter(ReportConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config is null; use ReportConfig.defaults()");
        }
        this.config = config;
    }

    /** Writes the page to {@code file}, creating its folder if needed. */
    @Override
    public void write(Analysis analysis, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        String page = render(analysis);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(page);
        } catch (IOException e) {
            throw new IOException("writing " + file + ": " + e.getMessage(), e);
        }
    }

    /** The page as a string; what {@link #write} writes. */
    public String render(Analysis analysis) {
        Page page = new Page(analysis);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>stemma report</title>\n");
        h.append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<h1>stemma report</h1>\n");
        h.append("<p>").append(analysis.articles().size()).append(" articles, ")
                .append(analysis.stories().size()).append(" storylines, ")
                .append(analysis.events().size()).append(" events, ")
                .append(analysis.passages().size()).append(" passages, ")
                .append(analysis.edges().size()).append(" provenance edges, ")
                .append(analysis.lostSources().size()).append(" lost sources, ")
                .append(analysis.problems().size()).append(" problems.</p>\n");

        int storyNumber = 0;
        for (Story s : page.stories) {
            storyNumber++;
            h.append("<section>\n<h2>Storyline ").append(storyNumber).append(": <span class=\"i\">")
                    .append(esc(s.id())).append("</span></h2>\n");
            for (String eventId : s.events()) {
                Event e = page.eventById.get(eventId);
                h.append("<h3>Event <span class=\"i\">").append(esc(eventId)).append("</span></h3>\n");
                articleTable(h, page, e == null ? List.of() : e.articles());
            }
            Set<String> members = new TreeSet<>(page.members.articlesOfStory(s));
            provenance(h, page, members);
            h.append("</section>\n");
        }
        List<String> loose = new ArrayList<>();
        for (Article a : page.articles.values()) {
            if (page.members.eventOf(a.id()).isEmpty()) {
                loose.add(a.id());
            }
        }
        if (!loose.isEmpty()) {
            h.append("<section>\n<h2>Articles in no storyline</h2>\n");
            articleTable(h, page, loose);
            provenance(h, page, new TreeSet<>(loose));
            h.append("</section>\n");
        }
        QuotesSection.render(h, analysis);
        if (!page.problems.isEmpty()) {
            h.append("<section>\n<h2>Problems</h2>\n<table>\n<tr><th>source</th><th>line</th><th>article</th>"
                    + "<th>stage</th><th>message</th></tr>\n");
            for (Problem p : page.problems) {
                h.append("<tr><td class=\"i\">").append(esc(p.origin().source())).append("</td><td>")
                        .append(p.origin().line()).append("</td><td class=\"i\">")
                        .append(esc(p.articleId().orElse(""))).append("</td><td>").append(p.stage().label())
                        .append("</td><td class=\"i\">").append(esc(p.message())).append("</td></tr>\n");
            }
            h.append("</table>\n</section>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private void articleTable(StringBuilder h, Page page, List<String> ids) {
        h.append("<table>\n<tr><th>article</th><th>title</th><th>outlet</th><th>date</th><th>lang</th></tr>\n");
        for (String id : ids) {
            Article a = page.articles.get(id);
            h.append("<tr><td class=\"i\">").append(esc(id)).append("</td>");
            if (a == null) {
                h.append("<td colspan=\"4\">(not in the analysis)</td></tr>\n");
                continue;
            }
            h.append("<td class=\"i\">").append(esc(a.title().orElse(""))).append("</td><td class=\"i\">")
                    .append(esc(a.raw().outlet().orElse(""))).append("</td><td>")
                    .append(esc(a.date().iso().orElse("unknown"))).append(" (").append(a.date().basis().label())
                    .append(")</td><td>").append(esc(a.lang())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** The edges whose target (or a lost source's first witness) is among {@code members}. */
    private void provenance(StringBuilder h, Page page, Set<String> members) {
        List<LostSource> lost = new ArrayList<>();
        for (LostSource l : page.lost) {
            if (members.contains(l.witnesses().get(0))) {
                lost.add(l);
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (Edge e : page.edges) {
            if (members.contains(page.members.articleFor(e.target()))) {
                edges.add(e);
            }
        }
        if (lost.isEmpty() && edges.isEmpty()) {
            return;
        }
        h.append("<h3>Provenance</h3>\n");
        h.append(FamilySvg.draw(edges, lost,
                id -> page.articles.containsKey(id) ? page.articles.get(id).raw().outlet().orElse("") : ""));
        if (!lost.isEmpty()) {
            h.append("<ul>\n");
            for (LostSource l : lost) {
                h.append("<li class=\"lost\">Lost source <span class=\"i\">").append(esc(l.id()))
                        .append("</span>, witnessed by <span class=\"i\">")
                        .append(esc(String.join(", ", l.witnesses()))).append("</span>");
                l.credited().ifPresent(c -> h.append("; credited: <span class=\"i\">").append(esc(c))
                        .append("</span>"));
                h.append("</li>\n");
            }
            h.append("</ul>\n");
        }
        for (Edge e : edges) {
            h.append("<details>\n<summary><span class=\"i\">").append(esc(e.source())).append("</span> \u2192 ")
                    .append("<span class=\"i\">").append(esc(e.target())).append("</span> <span class=\"conf\">(")
                    .append(String.format(Locale.ROOT, "%.2f", e.confidence())).append(")</span></summary>\n");
            h.append("<ul class=\"ev\">\n");
            for (String reason : e.evidence()) {
                h.append("<li class=\"i\">").append(esc(reason)).append("</li>\n");
            }
            h.append("</ul>\n");
            markedText(h, page, e);
            h.append("</details>\n");
        }
    }

    /** The target's text marked against its source, or a note when there is nothing to mark. */
    private void markedText(StringBuilder h, Page page, Edge e) {
        Article target = page.articles.get(e.target());
        Article source = page.articles.get(e.source());
        if (target == null) {
            return;
        }
        if (source == null) {
            h.append("<p class=\"ev\">The source is not in the corpus; the copy's text:</p>\n");
            h.append("<div class=\"t\">");
            plain(h, target, Span.of(0, target.text().length()));
            h.append("</div>\n");
            return;
        }
        boolean targetIsB = target.id().compareTo(source.id()) > 0;
        String a = targetIsB ? source.id() : target.id();
        String b = targetIsB ? target.id() : source.id();
        List<Passage> passages = new ArrayList<>(page.passagesByPair.getOrDefault(a + '\u0000' + b, List.of()));
        passages.sort(Comparator.comparing((Passage p) -> targetIsB ? p.inB() : p.inA()));
        String tt = target.text();
        String st = source.text();
        h.append("<div class=\"t\">");
        int at = 0;
        for (Passage p : passages) {
            Span inT = targetIsB ? p.inB() : p.inA();
            if (inT.start() < at || inT.end() > tt.length()) {
                continue;
            }
            dimmed(h, target, Span.of(at, inT.start()));
            int q = inT.start();
            for (Edit edit : p.edits()) {
                Span t = targetIsB ? edit.b() : edit.a();
                Span s = targetIsB ? edit.a() : edit.b();
                if (t.start() < q || t.end() > inT.end() || s.end() > st.length()) {
                    continue;
                }
                HtmlEscaper.appendEscaped(h, tt, q, t.start());
                EditOp op = targetIsB ? edit.op() : edit.op().reversed();
                switch (op) {
                    case EQUAL -> HtmlEscaper.appendEscaped(h, tt, t.start(), t.end());
                    case INSERT -> wrap(h, "ins", tt, t);
                    case DELETE -> wrap(h, "del", st, s);
                    case SUBSTITUTE -> {
                        wrap(h, "del", st, s);
                        wrap(h, "ins", tt, t);
                    }
                }
                q = t.end();
            }
            HtmlEscaper.appendEscaped(h, tt, q, inT.end());
            at = inT.end();
        }
        dimmed(h, target, Span.of(at, tt.length()));
        h.append("</div>\n");
    }

    private static void wrap(StringBuilder h, String tag, String text, Span s) {
        if (s.isEmpty()) {
            return;
        }
        h.append('<').append(tag).append('>');
        HtmlEscaper.appendEscaped(h, text, s.start(), s.end());
        h.append("</").append(tag).append('>');
    }

    /** Text outside the passages: dimmed, clutter greyed, long stretches shortened to their two ends. */
    private void dimmed(StringBuilder h, Article article, Span span) {
        if (span.isEmpty()) {
            return;
        }
        int limit = config.maxContextChars();
        if (span.length() <= limit) {
            h.append("<span class=\"out\">");
            plain(h, article, span);
            h.append("</span>");
            return;
        }
        int half = limit / 2;
        h.append("<span class=\"out\">");
        plain(h, article, Span.of(span.start(), span.start() + half));
        h.append("</span><span class=\"gap\"> [\u2026 ").append(span.length() - 2 * half)
                .append(" chars not shared \u2026] </span><span class=\"out\">");
        plain(h, article, Span.of(span.end() - half, span.end()));
        h.append("</span>");
    }

    /** Text with clutter greyed and labelled. */
    private static void plain(StringBuilder h, Article article, Span span) {
        String text = article.text();
        int at = span.start();
        for (Clutter c : article.clutter()) {
            Span cs = c.span();
            if (cs.end() <= at || cs.start() >= span.end()) {
                continue;
            }
            int start = Math.max(at, cs.start());
            int end = Math.min(span.end(), cs.end());
            HtmlEscaper.appendEscaped(h, text, at, start);
            h.append("<span class=\"clutter\" title=\"").append(c.kind().label()).append("\">");
            HtmlEscaper.appendEscaped(h, text, start, end);
            h.append("</span>");
            at = end;
        }
        HtmlEscaper.appendEscaped(h, text, at, span.end());
    }

    private static String esc(String s) {
        return HtmlEscaper.escape(s);
    }

    /** The analysis sorted and indexed for rendering. */
    private static final class Page {
        final Map<String, Article> articles = new TreeMap<>();
        final Map<String, Event> eventById = new TreeMap<>();
        final List<Story> stories;
        final List<Edge> edges;
        final List<LostSource> lost;
        final List<Problem> problems;
        final Map<String, List<Passage>> passagesByPair = new TreeMap<>();
        final Memberships members;

        Page(Analysis analysis) {
            for (Article a : analysis.articles()) {
                articles.putIfAbsent(a.id(), a);
            }
            for (Event e : analysis.events()) {
                eventById.putIfAbsent(e.id(), e);
            }
            List<Story> s = new ArrayList<>(analysis.stories());
            s.sort(Comparator.comparing(Story::id));
            stories = s;
            List<Edge> e = new ArrayList<>(analysis.edges());
            e.sort(Memberships.EDGE_ORDER);
            edges = e;
            List<LostSource> l = new ArrayList<>(analysis.lostSources());
            l.sort(Comparator.comparing(LostSource::id));
            lost = l;
            problems = analysis.problems();
            for (Passage p : analysis.passages()) {
                passagesByPair.computeIfAbsent(p.a() + '\u0000' + p.b(), k -> new ArrayList<>()).add(p);
            }
            members = Memberships.of(analysis);
        }
    }
}
