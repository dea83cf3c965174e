package org.stemma.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stemma.server.ServerFixture.PARAGRAPH;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.store.Store;

class StemmaServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Store store;
    static StemmaServer server;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(dir);
        store.commit(ServerFixture.keeperStory(), "one");
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

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return ServerFixture.post(server, path, body);
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void articlesArePagedAndOneArticleCarriesItsText() throws Exception {
        JsonNode page = json(get("/api/articles?limit=1&offset=1"));
        assertTrue(page.get("total").asInt() >= 3, page.toString());
        assertEquals(1, page.get("items").size());
        assertEquals("keeper-1", page.get("items").get(0).get("id").asText());
        assertEquals("Island Times", page.get("items").get(0).get("outlet").asText());
        assertTrue(json(get("/api/articles/keeper-1")).get("text").asText().contains("lighthouse keeper"));
        HttpResponse<String> unknown = get("/api/articles/nobody");
        assertEquals(404, unknown.statusCode());
        assertEquals("no article nobody", JSON.readTree(unknown.body()).get("error").asText());
        assertEquals(400, get("/api/articles?limit=100000").statusCode());
        assertEquals(400, get("/api/articles?offset=x").statusCode());
    }

    @Test
    void storylinesListTheirArticlesAndOutlets() throws Exception {
        HttpResponse<String> r = get("/api/storylines");
        JsonNode stories = json(r);
        int size = 0;
        for (JsonNode s : stories) {
            size += s.get("size").asInt();
        }
        // Another test may ingest meanwhile into the shared store: compare with one snapshot's worth of articles.
        int total = json(get("/api/articles")).get("total").asInt();
        assertTrue(size >= 3 && size <= total, size + " of " + total + ": " + stories);
        assertEquals(Integer.toString(stories.size()), r.headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals(1, json(get("/api/storylines?limit=1")).size());
    }

    @Test
    void eventsArePagedAndOneEventListsItsArticles() throws Exception {
        JsonNode page = json(get("/api/events?limit=50"));
        JsonNode keeper = null;
        for (JsonNode e : page.get("items")) {
            if (e.get("articles").toString().contains("keeper-2")) {
                keeper = e;
            }
        }
        assertTrue(keeper != null && keeper.get("articles").toString().contains("keeper-1"), page.toString());
        JsonNode one = json(get("/api/events/" + keeper.get("id").asText()));
        assertEquals(keeper.get("story").asText(), one.get("story").asText());
        assertEquals("Coast Weekly", one.get("articles").get(1).get("outlet").asText(), one.toString());
        assertEquals(404, get("/api/events/e-none").statusCode());
    }

    @Test
    void aFamilyShowsWhoCopiedFromWhomWithEvidence() throws Exception {
        JsonNode page = json(get("/api/families"));
        assertTrue(page.get("total").asInt() >= 1, page.toString());
        JsonNode family = json(get("/api/families/keeper-1"));
        JsonNode edge = family.get("edges").get(0);
        assertEquals("keeper-1", edge.get("source").asText(), family.toString());
        assertEquals("keeper-2", edge.get("target").asText(), family.toString());
        assertTrue(edge.get("confidence").asDouble() > 0 && edge.get("evidence").size() > 0, family.toString());
        assertEquals(404, get("/api/families/ferry-1").statusCode());
    }

    @Test
    void searchFindsWordsAndFiltersByOutletAndDate() throws Exception {
        // Another test may ingest a third keeper article meanwhile; the ferry article never matches.
        String hits = json(get("/api/search?q=lighthouse+notebooks")).toString();
        assertTrue(hits.contains("\"keeper-1\"") && hits.contains("\"keeper-2\"") && !hits.contains("ferry"), hits);
        JsonNode ferry = json(get("/api/search?q=ferry&outlet=harbour+news&from=2026-04-01&to=2026-04-30"));
        assertEquals("ferry-1", ferry.get("items").get(0).get("id").asText(), ferry.toString());
        assertEquals(0, json(get("/api/search?q=ferry&to=2026-04-19")).get("total").asInt());
        assertEquals(1, json(get("/api/search?from=2026-05-02&to=2026-05-03")).get("total").asInt());
        assertEquals(400, get("/api/search").statusCode());
        assertEquals(400, get("/api/search?q=%3F%3F").statusCode());
        HttpResponse<String> badDate = get("/api/search?q=ferry&from=April");
        assertEquals(400, badDate.statusCode());
        assertTrue(badDate.body().contains("from is not an ISO date"), badDate.body());
    }

    @Test
    void quotesOfAStorylineAreGroupedAcrossItsArticles() throws Exception {
        String story = null;
        for (JsonNode s : json(get("/api/storylines"))) {
            if (s.get("events").toString().contains("keeper-2")) {
                story = s.get("id").asText();
            }
        }
        JsonNode quotes = json(get("/api/quotes?story=" + story));
        assertTrue(quotes.get("quotes").size() >= 2, quotes.toString());
        JsonNode q = quotes.get("quotes").get(0);
        assertTrue(q.get("text").asText().startsWith("We will keep the light burning"), q.toString());
        assertEquals("Ansel Brekke", q.get("speaker").asText(), q.toString());
        assertTrue(quotes.get("groups").toString().contains("keeper-2"), quotes.toString());
        JsonNode one = json(get("/api/quotes?article=keeper-1"));
        assertEquals(1, one.get("quotes").size(), one.toString());
        assertEquals(400, get("/api/quotes").statusCode());
        assertEquals(400, get("/api/quotes?story=s1&article=keeper-1").statusCode());
        assertEquals(404, get("/api/quotes?story=nothing").statusCode());
    }

    @Test
    void exportStreamsEachFormatWithItsContentType() throws Exception {
        HttpResponse<String> jsonl = get("/api/export?format=jsonl&part=articles");
        assertEquals(200, jsonl.statusCode(), jsonl.body());
        assertTrue(jsonl.headers().firstValue("Content-Type").orElseThrow().startsWith("application/x-ndjson"));
        String[] lines = jsonl.body().split("\n");
        assertTrue(lines.length >= 3, jsonl.body());
        assertEquals("ferry-1", JSON.readTree(lines[0]).get("id").asText());
        HttpResponse<String> edges = get("/api/export?part=edges");
        assertTrue(edges.body().contains("\"keeper-2\""), edges.body());
        HttpResponse<String> graphml = get("/api/export?format=graphml");
        assertTrue(graphml.headers().firstValue("Content-Type").orElseThrow().startsWith("application/graphml+xml"));
        assertTrue(graphml.body().contains("<graphml") && graphml.body().contains("Island Times"), graphml.body());
        HttpResponse<String> gexf = get("/api/export?format=gexf&part=articles");
        assertTrue(gexf.body().contains("<gexf") && gexf.body().contains("keeper-2"), gexf.body());
        assertEquals(400, get("/api/export?format=pdf").statusCode());
        assertEquals(400, get("/api/export?format=gexf&part=passages").statusCode());
    }

    @Test
    void traceByQueryAndByBodyFindsBothCopiesEarliestFirst() throws Exception {
        HttpResponse<String> byQuery = get("/api/trace?q=" + URLEncoder.encode(PARAGRAPH, StandardCharsets.UTF_8));
        JsonNode hits = json(byQuery);
        assertEquals("keeper-1", hits.get(0).get("article").asText(), hits.toString());
        assertEquals("keeper-2", hits.get(1).get("article").asText(), hits.toString());
        assertEquals("substitute", hits.get(1).get("differences").get(0).get("op").asText());
        HttpResponse<String> byBody = post("/api/trace", JSON.createObjectNode().put("passage", PARAGRAPH).toString());
        assertEquals(byQuery.body(), byBody.body());
    }

    @Test
    void ingestCommitsTheGoodRecordsAndReportsTheBadOnesByIndex() throws Exception {
        String body = "[{\"id\": \"keeper-3\", \"text\": \"Notes\\n\\n" + PARAGRAPH.replace("forty", "sixty")
                + "\", \"outlet\": \"Harbour News\", \"date\": \"2026-05-04\"},"
                + " {\"text\": \"no id\"}, {\"id\": \"keeper-1\", \"text\": \"a stored id\"}]";
        JsonNode out = json(post("/api/ingest", body));
        assertEquals(1, out.get("articles").asInt(), out.toString());
        assertTrue(out.get("passages").asInt() >= 1, out.toString());
        assertEquals(2, out.get("errors").size(), out.toString());
        assertEquals(1, out.get("errors").get(0).get("index").asInt(), out.toString());
        assertEquals(2, out.get("errors").get(1).get("index").asInt(), out.toString());
        assertEquals(200, get("/api/articles/keeper-3").statusCode());
        assertEquals(400, post("/api/ingest", "\"just a string\"").statusCode());
    }

    @Test
    void malformedRequestsAreRefusedWithAMessageNamingTheProblem() throws Exception {
        HttpResponse<String> malformed = post("/api/trace", "{\"passage\": ");
        assertEquals(400, malformed.statusCode());
        String message = JSON.readTree(malformed.body()).get("error").asText();
        assertTrue(message.startsWith("malformed JSON") && message.contains("line 1"), message);
        HttpResponse<String> unclosed = post("/api/ingest", "{\"id\": 1");
        String where = JSON.readTree(unclosed.body()).get("error").asText();
        assertTrue(where.contains("line: 1, column: 1") && !where.contains("Source:"), where);
        HttpResponse<String> empty = post("/api/ingest", "");
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("empty body"), empty.body());
        assertEquals(400, post("/api/trace", "[1, 2]").statusCode());
        assertEquals(400, get("/api/trace").statusCode());
        String long_ = "{\"passage\": \"" + "word ".repeat(10_000) + "\"}";
        HttpResponse<String> tooLong = post("/api/trace", long_);
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("at most " + ServerConfig.DEFAULT_MAX_PASSAGE_CHARS), tooLong.body());
    }
}
