package org.stemma.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.model.Origin;
import org.stemma.model.RawArticle;
import org.stemma.store.Store;

class StemmaServerTest {
    private static final String PARAGRAPH = "The lighthouse keeper on Tarn Island has logged the weather every "
            + "three hours for forty years, and his notebooks now fill two shelves of the parish library, where "
            + "students from the university come to read how the winters have changed.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static Store store;
    static StemmaServer server;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(dir);
        store.commit(List.of(article("keeper-1", "Island Times", "2026-05-01", PARAGRAPH),
                article("keeper-2", "Coast Weekly", "2026-05-03", PARAGRAPH.replace("forty", "fifty"))), "one");
        server = StemmaServer.start(store, ServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    private static RawArticle article(String id, String outlet, String date, String body) {
        return new RawArticle(id, "Notes of a keeper\n\n" + body + "\n", Optional.of(outlet), Optional.empty(),
                Optional.of("Notes of a keeper"), Optional.of(date), Optional.of("en"), new Origin(id, 0), 0);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void articlesArePagedAndOneArticleCarriesItsText() throws Exception {
        JsonNode page = JSON.readTree(get("/api/articles?limit=1&offset=1").body());
        assertTrue(page.get("total").asInt() >= 2, page.toString());
        assertEquals(1, page.get("items").size());
        assertEquals("keeper-2", page.get("items").get(0).get("id").asText());
        HttpResponse<String> one = get("/api/articles/keeper-1");
        assertEquals(200, one.statusCode());
        assertTrue(JSON.readTree(one.body()).get("text").asText().contains("lighthouse keeper"));
        assertEquals(404, get("/api/articles/nobody").statusCode());
        assertEquals(400, get("/api/articles?limit=100000").statusCode());
        assertEquals(400, get("/api/articles?offset=x").statusCode());
    }

    @Test
    void storylinesListTheirArticlesAndOutlets() throws Exception {
        JsonNode stories = JSON.readTree(get("/api/storylines").body());
        int size = 0;
        for (JsonNode s : stories) {
            size += s.get("size").asInt();
        }
        // Another test may ingest meanwhile into the shared store: compare with one snapshot's worth of articles.
        int total = JSON.readTree(get("/api/articles").body()).get("total").asInt();
        assertTrue(size >= 2 && size <= total, size + " of " + total + ": " + stories);
    }

    @Test
    void traceByQueryAndByBodyFindsBothCopiesEarliestFirst() throws Exception {
        HttpResponse<String> byQuery = get("/api/trace?q=" + URLEncoder.encode(PARAGRAPH, StandardCharsets.UTF_8));
        assertEquals(200, byQuery.statusCode(), byQuery.body());
        JsonNode hits = JSON.readTree(byQuery.body());
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
        HttpResponse<String> r = post("/api/ingest", body);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode out = JSON.readTree(r.body());
        assertEquals(1, out.get("articles").asInt(), r.body());
        assertTrue(out.get("passages").asInt() >= 1, r.body());
        assertEquals(2, out.get("errors").size(), r.body());
        assertEquals(1, out.get("errors").get(0).get("index").asInt(), r.body());
        assertEquals(2, out.get("errors").get(1).get("index").asInt(), r.body());
        assertEquals(200, get("/api/articles/keeper-3").statusCode());
        assertEquals(400, post("/api/ingest", "\"just a string\"").statusCode());
    }

    @Test
    void malformedOrOversizedRequestsAreRefusedWithAMessage() throws Exception {
        HttpResponse<String> malformed = post("/api/trace", "{\"passage\": ");
        assertEquals(400, malformed.statusCode());
        assertTrue(JSON.readTree(malformed.body()).get("error").asText().startsWith("malformed JSON"), malformed.body());
        assertEquals(400, post("/api/trace", "[1, 2]").statusCode());
        assertEquals(400, get("/api/trace").statusCode());
        String huge = "{\"passage\": \"" + "word ".repeat(300_000) + "\"}";
        int status = post("/api/trace", huge).statusCode();
        assertTrue(status == 413 || status == 400, "status " + status);
    }
}
