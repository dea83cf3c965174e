package org.stemma.server;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.model.Origin;
import org.stemma.model.RawArticle;
import org.stemma.store.Store;

/**
 * Measures how long the storyline page takes to load in Chromium for a storyline of N generated articles
 * (issue #8's measure). Opt-in, since committing the corpus takes a while:
 * {@code mvn -q -B -ntp test -pl stemma-server -am -Dtest=StorylinePageMeasureTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dstemma.measure.storyline=200}. Prints the figures on stderr.
 *
 * <p>The corpus is written here from word lists of our own: one invented story (repairs to a dam), twenty
 * source reports, each copied by nine outlets with small edits, dated over six weeks — so the articles fall
 * into one storyline with families of copies, as a wire story's would.
 */
class StorylinePageMeasureTest {
    private static final int LOADS = 7;
    private static final String[] PLACES = {"Keldby", "Orrin", "Sallow Ford", "Marrick", "Teel", "Upper Varo"};
    private static final String[] WHO = {"the county engineer", "the water board", "a spokeswoman for the contractor",
        "the mayor of Keldby", "residents below the dam", "the farmers' union", "the river authority",
        "a hydrologist at the regional university", "the fire service", "the minister for infrastructure"};
    private static final String[] VERB = {"said", "warned", "confirmed", "told reporters", "insisted", "estimated",
        "wrote in a statement", "admitted"};
    private static final String[] WHAT = {"the spillway gates", "the eastern embankment", "the new pumps",
        "the concrete crest", "the drainage tunnel", "the temporary cofferdam", "the sluice controls",
        "the access road", "the monitoring wells", "the repair budget"};
    private static final String[] STATE = {"would be finished before the spring melt", "had cracked again overnight",
        "were running three weeks late", "needed another inspection", "had passed a load test",
        "would cost twice the estimate", "could hold a flood of the kind seen in 1987",
        "were reopened to traffic", "showed no new seepage", "were closed for safety"};
    private static final String[] MODIFIER = {"worryingly", "finally", "once again", "quietly", "hastily"};

    @TempDir
    Path dir;

    @Test
    void storylinePageLoadTime() throws Exception {
        int n = Integer.getInteger("stemma.measure.storyline", 0);
        assumeTrue(n > 0, "opt-in: -Dstemma.measure.storyline=200");
        List<RawArticle> corpus = corpus(n, new Random(8));
        try (Store store = Store.open(dir)) {
            long t0 = System.nanoTime();
            store.commit(corpus, "measure");
            double commitSeconds = (System.nanoTime() - t0) / 1e9;
            try (StemmaServer server = StemmaServer.start(store, ServerConfig.defaults().withPort(0));
                 Playwright playwright = Browsers.playwright();
                 Browser browser = Browsers.chromium(playwright);
                 Page page = browser.newPage()) {
                String base = "http://127.0.0.1:" + server.port();
                HttpClient http = HttpClient.newHttpClient();
                String stories = http.send(HttpRequest.newBuilder(URI.create(base + "/api/storylines")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                var list = new com.fasterxml.jackson.databind.ObjectMapper().readTree(stories);
                String largest = null;
                int size = 0;
                for (var s : list) {
                    if (s.get("size").asInt() > size) {
                        size = s.get("size").asInt();
                        largest = s.get("id").asText();
                    }
                }
                assertTrue(largest != null, stories);
                String path = "/api/storylines/" + URLEncoder.encode(largest, StandardCharsets.UTF_8);
                double[] api = new double[LOADS];
                double[] pageMs = new double[LOADS];
                double[] quotesMs = new double[LOADS];
                double quotesColdMs = 0;
                int bytes = 0;
                for (int i = 0; i <= LOADS; i++) {
                    long a = System.nanoTime();
                    bytes = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                            HttpResponse.BodyHandlers.ofString()).body().length();
                    long b = System.nanoTime();
                    page.navigate("about:blank");
                    long c = System.nanoTime();
                    Browsers.open(page, base, "#/storyline/" + URLEncoder.encode(largest, StandardCharsets.UTF_8));
                    long d = System.nanoTime();
                    page.waitForFunction("() => document.body.dataset.quotes !== undefined");
                    long e = System.nanoTime();
                    if (i == 0) {
                        quotesColdMs = (e - c) / 1e6;
                    } else { // the first round warms the JIT and the browser's cache of app.js
                        api[i - 1] = (b - a) / 1e6;
                        pageMs[i - 1] = (d - c) / 1e6;
                        quotesMs[i - 1] = (e - c) / 1e6;
                    }
                }
                Arrays.sort(api);
                Arrays.sort(pageMs);
                Arrays.sort(quotesMs);
                System.err.printf("storyline page: %d articles committed in %.1f s; largest storyline %s has %d "
                                + "articles, %d families, JSON %d chars%n", corpus.size(), commitSeconds, largest, size,
                        page.locator(".family").count(), bytes);
                System.err.printf("GET %s: median %.0f ms, max %.0f ms over %d loads%n", path, api[LOADS / 2],
                        api[LOADS - 1], LOADS);
                System.err.printf("page load (navigate to rendered, Chromium headless): median %.0f ms, max %.0f ms "
                        + "over %d loads%n", pageMs[LOADS / 2], pageMs[LOADS - 1], LOADS);
                System.err.printf("with quotations and claim matrix: first (extracted) %.0f ms; then (cached) "
                        + "median %.0f ms, max %.0f ms%n", quotesColdMs, quotesMs[LOADS / 2], quotesMs[LOADS - 1]);
                assertTrue(page.locator(".timeline circle.dot").count() == size);
                // The whole page is very tall (claim matrix); its first screen is enough for review.
                page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.SCREENSHOTS.resolve("measure-storyline.png")));
            }
        }
    }

    /** {@code n} articles: sources of eight sentences, each copied by up to nine outlets with small edits. */
    static List<RawArticle> corpus(int n, Random random) {
        List<RawArticle> out = new ArrayList<>();
        LocalDate start = LocalDate.of(2026, 3, 1);
        int sources = Math.max(1, n / 10);
        for (int s = 0; s < sources && out.size() < n; s++) {
            List<String> sentences = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                sentences.add(String.format("In %s, %s %s that %s %s, and %s %s that %s.", pick(random, PLACES),
                        pick(random, WHO), pick(random, VERB), pick(random, WHAT), pick(random, STATE),
                        pick(random, WHO), pick(random, VERB), pick(random, WHAT) + " " + pick(random, STATE)));
            }
            LocalDate day = start.plusDays(random.nextInt(42));
            for (int c = 0; c < 10 && out.size() < n; c++) {
                List<String> copy = new ArrayList<>(sentences);
                if (c > 0) {
                    copy.remove(random.nextInt(copy.size()));
                    int at = random.nextInt(copy.size());
                    copy.set(at, copy.get(at).replaceFirst(" that ", " that " + pick(random, MODIFIER) + " "));
                }
                String id = String.format("dam-%03d-%d", s, c);
                String outlet = "Outlet " + (char) ('A' + (s + c) % 26);
                String text = "Dam repairs on the Varo\n\n" + String.join("\n\n", copy) + "\n";
                out.add(new RawArticle(id, text, Optional.of(outlet), Optional.of("https://example.org/" + id),
                        Optional.of("Dam repairs on the Varo, report " + s), Optional.of(day.plusDays(c / 3).toString()),
                        Optional.of("en"), new Origin("measure", out.size()), 0));
            }
        }
        return out;
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
