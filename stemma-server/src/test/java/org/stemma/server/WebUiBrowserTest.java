package org.stemma.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.ingest.Corpus;
import org.stemma.ingest.IngestConfig;
import org.stemma.model.Origin;
import org.stemma.model.Problem;
import org.stemma.model.RawArticle;
import org.stemma.store.Store;

/**
 * The web UI in a real browser (Debian's Chromium under Playwright): the seed corpus walked through as an
 * analyst would, and hostile articles whose script, event-handler and {@code javascript:} payloads must all
 * stay text. Skips when /usr/bin/chromium is absent; the seed walk also skips without ../shared. Screenshots
 * go to target/screenshots/ for review.
 */
class WebUiBrowserTest {
    /** Every payload tries to set this; the page must end with it unset. */
    private static final String FLAG = HostileArticles.FLAG;

    @TempDir
    static Path tmp;
    static Playwright playwright;
    static Browser browser;
    static Store hostileStore;
    static StemmaServer hostile;
    static Store seedStore;
    static StemmaServer seeds;
    static Path seedDir;

    @BeforeAll
    static void start() throws IOException {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
        hostileStore = Store.open(tmp.resolve("hostile"));
        hostileStore.commit(HostileArticles.all(), "hostile");
        hostile = StemmaServer.start(hostileStore, ServerConfig.defaults().withPort(0));
        seedDir = Path.of(System.getProperty("stemma.shared", "../../shared"), "corpora", "seeds");
        if (Files.isDirectory(seedDir)) {
            seedStore = Store.open(tmp.resolve("seeds"));
            List<Problem> problems = new ArrayList<>();
            List<RawArticle> articles;
            try (Corpus corpus = Corpus.open(List.of(seedDir), IngestConfig.defaults(), problems::add)) {
                articles = corpus.stream().toList();
            }
            seedStore.commit(articles, "seeds");
            seeds = StemmaServer.start(seedStore, ServerConfig.defaults().withPort(0));
        }
    }

    @AfterAll
    static void stop() throws IOException {
        for (AutoCloseable c : Arrays.asList(browser, playwright, hostile, seeds, hostileStore, seedStore)) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                throw new IOException("closing " + c, e);
            }
        }
    }

    private static String base(StemmaServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    @Test
    void anAnalystWalksTheSeedsFromStorylineToTheEditsOf000AndTracesAParagraph() throws IOException {
        assumeTrue(seeds != null, "skipped: " + seedDir + " is absent (no ../shared)");
        try (Page page = browser.newPage()) {
            String base = base(seeds);
            Browsers.open(page, base, "");
            Locator rows = page.locator(".storyline-table tr td a");
            assertTrue(rows.count() >= 1, "no storyline listed");
            Browsers.screenshot(page, "seeds-1-storylines");

            rows.first().click();
            Browsers.waitRendered(page);
            assertTrue(page.locator("h1").textContent().startsWith("Storyline"));
            assertEquals(5, page.locator(".timeline circle.dot").count(), "the five seeds on the timeline");
            assertTrue(page.locator("svg.tree").count() >= 1, "a provenance tree is drawn");
            assertTrue(page.locator(".lost").first().textContent().contains("000_"), "000 witnesses a lost source");
            page.waitForFunction("() => document.body.dataset.quotes !== undefined");
            assertTrue(page.locator(".quotes .hit").count() >= 1, "quotations carried by several seeds are listed");
            assertTrue(page.locator("table.claims td.altered").count() >= 1, "the claim matrix shows altered claims");
            Browsers.screenshot(page, "seeds-2-storyline");

            String id000 = seedId("000");
            Browsers.open(page, base, "#/article/" + id000);
            assertTrue(page.locator(".side-target h2").textContent().contains(id000), "000 is the copy on the right");
            Locator modifier = page.locator(".side-target .change.mc[data-kind~=modifier_added]");
            assertTrue(modifier.count() >= 1, "a meaning-changing modifier is marked in 000");
            assertTrue(String.join(" ", modifier.allTextContents()).contains("defensive"),
                    "the marked modifier is 'defensive': " + modifier.allTextContents());
            assertTrue(page.locator(".side-target .badge.mc[data-kind=modifier_added]").count() >= 1,
                    "its kind is labelled");
            assertTrue(page.locator(".side-source .del, .side-target .ins, .side-target .sub").count() >= 3,
                    "insertions, deletions and substitutions are marked");
            assertTrue(page.locator(".side-target .clutter").count() >= 1, "000's comment thread is greyed");
            String id001 = seedId("001");
            assertTrue(page.locator(".side-source h2").textContent().contains(id001), "its sibling 001 on the left");
            assertTrue(page.locator(".side-source .badge[data-kind=editorial_commentary][data-by=\"" + id001 + "\"]")
                    .count() >= 1, "001's comment paragraphs are labelled as 001's own edits");
            assertTrue(page.locator(".side-target .badge[data-kind=modifier_added][data-by=\"" + id000 + "\"]")
                    .count() >= 1, "'defensive' is labelled as 000's edit");
            assertTrue(page.locator("table.changes").textContent().contains(id001), "the table names the editor");
            Browsers.screenshot(page, "seeds-3-article-000");

            Browsers.open(page, base, "");
            page.locator("form.search input").fill("NATO");
            page.locator("form.search button").click();
            page.locator(".search-results > *").first().waitFor();
            page.locator("form.trace textarea").fill(sharedParagraph(id000, seedId("001")));
            page.locator("form.trace button").click();
            page.locator(".trace-results .hit").first().waitFor();
            List<String> hits = page.locator(".trace-results .hit a").allTextContents();
            assertTrue(hits.contains(id000) && hits.contains(seedId("001")), "the trace finds 000 and 001: " + hits);
            Browsers.screenshot(page, "seeds-4-trace");
        }
    }

    @Test
    void hostilePayloadsInTitlesOutletsTextsAndUrlsStayText() throws IOException {
        try (Page page = browser.newPage()) {
            List<String> dialogs = new ArrayList<>();
            page.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            });
            String base = base(hostile);
            Response home = page.navigate(base + "/");
            assertEquals(WebUi.CSP, home.headerValue("content-security-policy"));
            assertEquals("nosniff", home.headerValue("x-content-type-options"));
            Browsers.waitRendered(page);
            assertTrue(page.locator(".storyline-table td a").count() >= 1, "the hostile storyline is listed");
            List<String> visited = new ArrayList<>();
            for (String storyline : page.locator(".storyline-table td a").allTextContents()) {
                Browsers.open(page, base, "#/storyline/" + encode(storyline));
                visited.add(storyline);
            }
            assertTrue(page.locator("svg.tree").count() >= 1, "the tree with hostile labels is drawn");
            Browsers.screenshot(page, "hostile-1-storyline");
            assertTrue(page.locator("body").textContent().contains(HostileArticles.SCRIPT_TITLE),
                    "the script title is shown as text");
            for (RawArticle a : HostileArticles.all()) {
                Browsers.open(page, base, "#/article/" + encode(a.id()));
                assertTrue(page.locator("h1").textContent().contains(a.title().orElse(a.id())), "title as text");
            }
            Browsers.open(page, base, "#/article/" + encode(HostileArticles.COPY_ID));
            assertTrue(page.locator(".side-target .text").textContent().contains(HostileArticles.TEXT_PAYLOAD),
                    "the payload inside the text is visible as text");
            assertTrue(page.locator(".side-source").count() == 1, "the copy is compared with its source");
            Browsers.screenshot(page, "hostile-2-compare");
            Browsers.open(page, base, "");
            page.locator("form.trace textarea").fill(HostileArticles.SHARED);
            page.locator("form.trace button").click();
            page.locator(".trace-results .hit").first().waitFor();
            Browsers.screenshot(page, "hostile-3-trace");

            assertEquals(0, page.locator("a[href^='javascript' i]").count(), "no javascript: link");
            assertEquals(0, page.locator("img, script:not([src]), iframe, object, embed").count(),
                    "no element made from the payloads");
            assertEquals(List.of(), dialogs, "no dialog opened");
            assertEquals("stemma", page.title(), "document.title untouched");
            assertFalse((Boolean) page.evaluate("() => " + FLAG + " !== undefined"), "no payload ran");
            assertTrue(visited.size() >= 1);
        }
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String seedId(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(seedDir)) {
            String name = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix + "_"))
                    .findFirst().orElseThrow();
            return name.substring(0, name.lastIndexOf('.'));
        }
    }

    /** The longest paragraph of {@code id} that {@code other} carries word for word: reused text, not clutter. */
    private static String sharedParagraph(String id, String other) throws IOException {
        String theirs = Files.readString(seedDir.resolve(other + ".txt"));
        Optional<String> p = Arrays.stream(Files.readString(seedDir.resolve(id + ".txt")).split("\n\\s*\n"))
                .map(String::strip).filter(theirs::contains).max(Comparator.comparingInt(String::length));
        return p.orElseThrow();
    }
}
