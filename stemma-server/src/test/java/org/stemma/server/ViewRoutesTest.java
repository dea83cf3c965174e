package org.stemma.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.ingest.Corpus;
import org.stemma.ingest.IngestConfig;
import org.stemma.model.RawArticle;
import org.stemma.store.Store;

/** The storyline and comparison views and the UI's static files, over the hostile fixture articles. */
class ViewRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Store store;
    static StemmaServer server;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(dir);
        store.commit(HostileArticles.all(), "hostile");
        server = StemmaServer.start(store, ServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return ServerFixture.get(server, path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode ok(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    private static String storylineOf(String article) throws Exception {
        for (JsonNode s : ok("/api/storylines")) {
            for (JsonNode e : s.get("events")) {
                for (JsonNode a : e.get("articles")) {
                    if (a.asText().equals(article)) {
                        return s.get("id").asText();
                    }
                }
            }
        }
        throw new AssertionError("no storyline holds " + article);
    }

    @Test
    void aStorylineCarriesItsArticlesEventsFamilyTreeAndQuotes() throws Exception {
        String id = storylineOf("source-1");
        String raw = get("/api/storylines/" + enc(id)).body();
        assertEquals(raw, get("/api/storylines/" + enc(id)).body(), "the same answer twice");
        JsonNode s = JSON.readTree(raw);
        assertEquals(3, s.get("size").asInt(), raw);
        for (JsonNode a : s.get("articles")) {
            assertFalse(a.get("event").asText().isEmpty(), a.toString());
        }
        JsonNode family = s.get("families").get(0);
        assertTrue(family.get("edges").size() >= 1, raw);
        JsonNode edge = family.get("edges").get(0);
        assertTrue(edge.get("confidence").asDouble() > 0 && edge.get("evidence").size() >= 1, edge.toString());
        String svg = family.get("svg").asText();
        assertTrue(svg.startsWith("<svg"), svg);
        assertTrue(svg.contains("&lt;") && !svg.contains("<b ") && !svg.contains("<svg onload"),
                "labels escaped: " + svg);
        JsonNode quotes = ok("/api/storylines/" + enc(id) + "/quotes");
        assertTrue(quotes.get("computed").asBoolean(), quotes.toString());
        assertTrue(quotes.get("groups").isArray() && quotes.get("claims").size() >= 1, quotes.toString());
        for (JsonNode cell : quotes.get("claims").get(0).get("cells")) {
            assertEquals(cell.get("state").asText().equals("absent"), !cell.has("text"), cell.toString());
        }
        assertEquals(quotes.toString(), ok("/api/storylines/" + enc(id) + "/quotes").toString(), "cached alike");
        assertEquals(404, get("/api/storylines/nothing/quotes").statusCode());
    }

    @Test
    void aCopyIsComparedWithItsSourceAndItsMeaningChangingModifierIsTyped() throws Exception {
        String copy = HostileArticles.COPY_ID;
        JsonNode c = ok("/api/articles/" + enc(copy) + "/compare");
        assertEquals("source-1", c.get("source").get("id").asText(), c.toString());
        assertEquals(copy, c.get("target").get("id").asText());
        String source = c.get("source").get("text").asText();
        String target = c.get("target").get("text").asText();
        assertTrue(c.get("passages").size() >= 1, c.toString());
        for (JsonNode p : c.get("passages")) {
            assertTrue(p.get("source_end").asInt() <= source.length() && p.get("target_end").asInt() <= target.length());
        }
        boolean modifier = false;
        for (JsonNode ch : c.get("changes")) {
            assertEquals(source.substring(ch.get("source_start").asInt(), ch.get("source_end").asInt()),
                    ch.get("before").asText(), ch.toString());
            assertEquals(target.substring(ch.get("target_start").asInt(), ch.get("target_end").asInt()),
                    ch.get("after").asText(), ch.toString());
            if (ch.get("kind").asText().equals("modifier_added") && ch.get("after").asText().contains("sadly")) {
                modifier = ch.get("meaning_changing").asBoolean();
            }
        }
        assertTrue(modifier, "'sadly' is a meaning-changing modifier: " + c.get("changes"));
        JsonNode reversed = ok("/api/articles/source-1/compare?with=" + enc(copy));
        assertEquals("source-1", reversed.get("source").get("id").asText(), "provenance decides the direction");
    }

    @Test
    void twoCopiesOfALostSourceEachGetTheirOwnEditsInTheSeeds(@TempDir Path tmp) throws Exception {
        Path seedDir = Path.of(System.getProperty("stemma.shared", "../../shared"), "corpora", "seeds");
        assumeTrue(Files.isDirectory(seedDir), "skipped: " + seedDir + " is absent (no ../shared)");
        List<RawArticle> articles;
        try (Corpus corpus = Corpus.open(List.of(seedDir), IngestConfig.defaults(), p -> { })) {
            articles = corpus.stream().toList();
        }
        String id000 = seedId(seedDir, "000");
        String id001 = seedId(seedDir, "001");
        try (Store seeds = Store.open(tmp.resolve("seeds"))) {
            seeds.commit(articles, "seeds");
            try (StemmaServer s = StemmaServer.start(seeds, ServerConfig.defaults().withPort(0))) {
                HttpResponse<String> r = ServerFixture.get(s,
                        "/api/articles/" + enc(id000) + "/compare?with=" + enc(id001));
                assertEquals(200, r.statusCode(), r.body());
                JsonNode c = JSON.readTree(r.body());
                assertTrue(c.get("siblings").asBoolean(), "000 and 001 are copies of one lost source: " + c.get("partners"));
                Map<String, String> texts = Map.of(c.get("source").get("id").asText(), c.get("source").get("text").asText(),
                        c.get("target").get("id").asText(), c.get("target").get("text").asText());
                String sourceText = c.get("source").get("text").asText();
                String targetText = c.get("target").get("text").asText();
                boolean commentBy001 = false;
                boolean defensiveBy000 = false;
                for (JsonNode ch : c.get("changes")) {
                    String by = ch.get("by").asText();
                    assertTrue(texts.containsKey(by), ch.toString());
                    // spans are in the view's frame, and after is the editor's own text
                    String inSource = sourceText.substring(ch.get("source_start").asInt(), ch.get("source_end").asInt());
                    String inTarget = targetText.substring(ch.get("target_start").asInt(), ch.get("target_end").asInt());
                    boolean byTarget = by.equals(c.get("target").get("id").asText());
                    assertEquals(byTarget ? inTarget : inSource, ch.get("after").asText(), ch.toString());
                    assertEquals(byTarget ? inSource : inTarget, ch.get("before").asText(), ch.toString());
                    String kind = ch.get("kind").asText();
                    if (kind.equals("editorial_commentary") && by.equals(id001)
                            && ch.get("after").asText().contains("Comment:")) {
                        commentBy001 = true;
                    }
                    if (kind.equals("modifier_added") && by.equals(id000) && ch.get("after").asText().contains("defensive")) {
                        defensiveBy000 = true;
                    }
                    assertFalse(kind.equals("dropped_text") && by.equals(id000) && ch.get("before").asText().contains("Comment:"),
                            "001's comment is not 000's dropped text: " + ch);
                }
                assertTrue(commentBy001, "001's comment paragraphs are its editorial commentary: " + c.get("changes"));
                assertTrue(defensiveBy000, "'defensive' is 000's added modifier: " + c.get("changes"));
            }
        }
    }

    private static String seedId(Path seedDir, String prefix) throws Exception {
        try (Stream<Path> files = Files.list(seedDir)) {
            String name = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix + "_"))
                    .findFirst().orElseThrow();
            return name.substring(0, name.lastIndexOf('.'));
        }
    }

    @Test
    void anArticleWithoutASourceListsItsCopiesInstead() throws Exception {
        JsonNode c = ok("/api/articles/source-1/compare");
        assertTrue(c.get("source").isNull(), c.toString());
        assertTrue(c.get("partners").size() >= 1 && c.get("partners").get(0).get("relation").asText().equals("copy"),
                c.toString());
    }

    @Test
    void unknownIdsAre404AndBadParametersAre400WithAMessage() throws Exception {
        for (String path : new String[] {"/api/storylines/nothing", "/api/articles/nothing/compare",
                "/api/articles/source-1/compare?with=nothing", "/api/articles/source-1/compare?with=lost:nothing"}) {
            HttpResponse<String> r = get(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(JSON.readTree(r.body()).get("error").asText().contains("nothing"), r.body());
        }
        for (String path : new String[] {"/api/articles/source-1/compare?with=source-1",
                "/api/articles/source-1/compare?with="}) {
            HttpResponse<String> r = get(path);
            assertEquals(400, r.statusCode(), path);
            assertTrue(JSON.readTree(r.body()).has("error"), r.body());
        }
    }

    @Test
    void theUiIsServedWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script src=\"/ui/app.js\""), page.body());
        assertFalse(page.body().matches("(?s).*<script>.*"), "no inline script");
        assertEquals(WebUi.CSP, page.headers().firstValue("content-security-policy").orElse(""));
        assertEquals("nosniff", page.headers().firstValue("x-content-type-options").orElse(""));
        HttpResponse<String> js = get("/ui/app.js");
        assertTrue(js.headers().firstValue("content-type").orElse("").startsWith("text/javascript"));
        assertFalse(js.body().contains("innerHTML"), "the UI never parses data as HTML");
        assertEquals(404, get("/ui/secret.txt").statusCode());
        assertEquals(404, get("/ui/..%2Fpom.xml").statusCode());
    }
}
