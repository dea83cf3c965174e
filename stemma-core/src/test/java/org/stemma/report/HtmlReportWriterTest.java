package org.stemma.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stemma.model.Analysis;

class HtmlReportWriterTest {
    private static final Set<String> TAGS = Set.of("!doctype", "html", "head", "meta", "title", "style", "body",
            "h1", "h2", "h3", "p", "section", "table", "tr", "th", "td", "ul", "li", "span", "details", "summary",
            "div", "ins", "del", "svg", "g", "rect", "text", "line", "polygon");
    private static final Set<String> ATTRIBUTES = Set.of("class", "title", "colspan", "charset", "width", "height",
            "viewBox", "role", "aria-label", "x", "y", "rx", "x1", "y1", "x2", "y2", "fill", "stroke", "stroke-width",
            "stroke-dasharray", "points", "font-size", "font-style");
    private static final Pattern TAG = Pattern.compile("<(/?)([!a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-zA-Z-]+)(?:=\"([^\"]*)\")?");

    private final HtmlReportWriter writer = new HtmlReportWriter(ReportConfig.defaults());

    @TempDir
    Path dir;

    @Test
    void hostileArticleTextNeverBecomesMarkup() {
        String html = writer.render(ReportFixtures.analysis());
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "a script tag from article text");
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("<a "));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            assertTrue(TAGS.contains(name), "unexpected tag " + m.group());
            Matcher attr = ATTRIBUTE.matcher(m.group(3));
            while (attr.find()) {
                if (!name.equals("!doctype")) {
                    assertTrue(ATTRIBUTES.contains(attr.group(1)), "unexpected attribute in " + m.group());
                }
            }
        }
    }

    @Test
    void eachFamilyTreeIsDrawnWithItsLostSourceDashed() {
        String html = writer.render(ReportFixtures.analysis());
        int svg = html.indexOf("<svg");
        assertTrue(svg >= 0, "no tree drawn");
        String tree = html.substring(svg, html.indexOf("</svg>", svg));
        assertTrue(tree.contains("font-style=\"italic\">lost:a</text>"), tree);
        assertTrue(tree.contains("stroke-dasharray"), tree);
        assertTrue(tree.contains("lost: Wire &lt;Service&gt;"), tree);
        assertFalse(tree.contains("<Service>"), tree);
    }

    @Test
    void thePageIsSelfContained() {
        String html = writer.render(ReportFixtures.analysis());
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            for (String external : List.of("href", "src", "action", "url(", "http")) {
                assertFalse(m.group().toLowerCase(Locale.ROOT).contains(external), m.group());
            }
        }
        String style = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
        assertFalse(style.contains("url(") || style.contains("@import"), style);
        for (String tag : List.of("<link", "<script", "<iframe", "<object", "<embed", "<base")) {
            assertFalse(html.toLowerCase(Locale.ROOT).contains(tag), tag);
        }
    }

    @Test
    void storylinesEventsArticlesAndEdgesAreListed() {
        String html = writer.render(ReportFixtures.analysis());
        int story = html.indexOf("Storyline 1: <span class=\"i\">s1</span>");
        int e1 = html.indexOf("Event <span class=\"i\">e1</span>");
        int e2 = html.indexOf("Event <span class=\"i\">e2</span>");
        assertTrue(story >= 0 && story < e1 && e1 < e2, html);
        assertTrue(html.contains("<td>2021-03-01 (stated)</td>"));
        assertTrue(html.contains("<td>unknown (unknown)</td>"));
        assertTrue(html.contains("<td>2021-03-04 (bounded)</td>"));
        assertTrue(html.contains("<span class=\"i\">a</span> \u2192 <span class=\"i\">b</span>"));
        assertTrue(html.contains("Lost source <span class=\"i\">lost:a</span>, witnessed by "
                + "<span class=\"i\">a, c&lt;x&gt;</span>; credited: <span class=\"i\">Wire &lt;Service&gt;</span>"));
        assertTrue(html.contains("<li class=\"i\">dates: &lt;b&gt;bold&lt;/b&gt; evidence</li>"));
        assertTrue(html.contains("line is not JSON: &lt;script&gt;"));
    }

    @Test
    void theCopysChangesAreMarkedAgainstItsSource() {
        String html = writer.render(ReportFixtures.analysis());
        assertTrue(html.contains("<ins>proudly </ins>opened"), html);
        assertTrue(html.contains("<del>cheaper</del><ins>lower</ins> rents"), html);
        assertTrue(html.contains("during the <del>first </del>rain"), html);
        assertTrue(html.contains("<span class=\"clutter\" title=\"widget\">"), html);
        assertTrue(html.contains("<span class=\"out\">Mayor &lt;script&gt;"), "the title is outside the passage");
    }

    @Test
    void twoWritesGiveIdenticalBytes() throws IOException {
        Analysis analysis = ReportFixtures.analysis();
        writer.write(analysis, dir.resolve("one/report.html"));
        writer.write(ReportFixtures.analysis(), dir.resolve("two.html"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("one/report.html")), Files.readAllBytes(dir.resolve("two.html")));
        assertFalse(Files.readString(dir.resolve("two.html")).contains("\r"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`<script>alert(1)</script>`|`&lt;script&gt;alert(1)&lt;/script&gt;`",
        "`\" onmouseover=\"alert(1)`|`&quot; onmouseover=&quot;alert(1)`",
        "`' onerror='x`|`&#39; onerror=&#39;x`",
        "`javascript:alert(1)`|`javascript:alert(1)`",
        "`a & b &amp;`|`a &amp; b &amp;amp;`",
    })
    void theEscaperNeutralisesMarkupAndQuotes(String raw, String escaped) {
        assertEquals(escaped, HtmlEscaper.escape(raw));
    }

    @Test
    void theEscaperReplacesControlsUnpairedSurrogatesAndNoncharactersButKeepsRealText() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFD", HtmlEscaper.escape("a\u0000b\uD800c\uFFFF"));
        assertEquals("\uD83D\uDE00 \u05e9\u05dc\u05d5\u05dd \u202e x", HtmlEscaper.escape("\uD83D\uDE00 \u05e9\u05dc\u05d5\u05dd \u202e x"));
        assertEquals("one\ntwo\nthree", HtmlEscaper.escape("one\r\ntwo\rthree"));
        assertEquals("\uFFFD", HtmlEscaper.escape("\u0085"));
    }
}
