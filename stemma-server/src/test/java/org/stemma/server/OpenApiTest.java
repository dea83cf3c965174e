package org.stemma.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.store.Store;

/**
 * The OpenAPI document against the real server: every documented GET path is called on a small store and its
 * answer validated (JSON Schema 2020-12, networknt) against the documented schema for its status, and every
 * registered route is documented.
 */
class OpenApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @TempDir
    static Path dir;
    static Store store;
    static StemmaServer server;
    static JsonNode doc;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(dir);
        store.commit(ServerFixture.keeperStory(), "one");
        server = StemmaServer.start(store, ServerConfig.defaults().withPort(0));
        doc = JSON.readTree(ServerFixture.get(server, "/api/openapi.json").body());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    private static String firstId(String listPath) throws Exception {
        JsonNode list = JSON.readTree(ServerFixture.get(server, listPath).body());
        return (list.isArray() ? list : list.get("items")).get(0).get("id").asText();
    }

    /** A request with real ids from the fixture for every documented GET path; a new path needs one here. */
    private static Map<String, String> requests() throws Exception {
        String passage = URLEncoder.encode(ServerFixture.PARAGRAPH, StandardCharsets.UTF_8);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("/api/articles", "/api/articles?limit=2");
        out.put("/api/articles/{id}", "/api/articles/keeper-1");
        out.put("/api/articles/{id}/compare", "/api/articles/keeper-2/compare");
        out.put("/api/storylines", "/api/storylines");
        out.put("/api/storylines/{id}", "/api/storylines/" + firstId("/api/storylines"));
        out.put("/api/storylines/{id}/quotes", "/api/storylines/" + firstId("/api/storylines") + "/quotes");
        out.put("/api/events", "/api/events");
        out.put("/api/events/{id}", "/api/events/" + firstId("/api/events"));
        out.put("/api/families", "/api/families");
        out.put("/api/families/{id}", "/api/families/keeper-1");
        out.put("/api/quotes", "/api/quotes?story=" + firstId("/api/storylines"));
        out.put("/api/search", "/api/search?q=lighthouse");
        out.put("/api/trace", "/api/trace?q=" + passage);
        out.put("/api/export", "/api/export?format=graphml");
        out.put("/api/openapi.json", "/api/openapi.json");
        return out;
    }

    private static Set<String> documented(String method) {
        Set<String> out = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(p -> {
            if (p.getValue().has(method)) {
                out.add(p.getKey());
            }
        });
        return out;
    }

    @Test
    void theServedDocumentIsTheResource() throws Exception {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(OpenApiRoutes.RESOURCE)) {
            assertEquals(JSON.readTree(in), doc);
        }
        assertEquals("3.1.0", doc.get("openapi").asText());
    }

    @Test
    void everyRegisteredApiRouteIsDocumented() {
        List<String> missing = new ArrayList<>();
        for (String route : server.routes()) {
            String[] parts = route.split(" ", 2);
            // Pages of the web UI are not part of the JSON API.
            if (parts[1].startsWith("/api/") && !documented(parts[0].toLowerCase(Locale.ROOT)).contains(parts[1])) {
                missing.add(route);
            }
        }
        assertTrue(missing.isEmpty(), "routes missing from openapi.json: " + missing);
    }

    @Test
    void everyDocumentedGetAnswersAsItsSchemaSays() throws Exception {
        Map<String, String> requests = requests();
        Set<String> paths = documented("get");
        assertEquals(paths, new TreeSet<>(requests.keySet()), "documented GET paths and the requests of this test");
        Set<String> registered = new TreeSet<>(server.routes());
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String path : paths) {
            if (!registered.contains("GET " + path)) {
                failures.add(path + ": documented but not registered");
                continue;
            }
            HttpResponse<String> r = ServerFixture.get(server, requests.get(path));
            failures.addAll(check(path, r));
            checked++;
            if (path.contains("{id}")) {
                failures.addAll(check(path, ServerFixture.get(server, path.replace("{id}", "no-such-id"))));
            }
        }
        assertTrue(checked >= 15, "checked " + checked + " paths");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theValidatorCatchesAResponseThatBreaksTheSchema() throws Exception {
        ObjectNode broken = (ObjectNode) JSON.readTree(ServerFixture.get(server, "/api/articles/keeper-1").body());
        broken.remove("text");
        broken.put("batch", "one");
        List<Error> errors = schema(doc.at("/paths/~1api~1articles~1{id}/get/responses/200/content/application~1json/schema"))
                .validate(broken);
        assertEquals(2, errors.size(), errors.toString());
    }

    private static List<String> check(String path, HttpResponse<String> r) throws Exception {
        List<String> failures = new ArrayList<>();
        String where = "GET " + r.uri() + " (" + path + ") answered " + r.statusCode();
        JsonNode response = doc.get("paths").get(path).get("get").get("responses").get(Integer.toString(r.statusCode()));
        if (response == null) {
            return List.of(where + ", an undocumented status: " + r.body());
        }
        String type = r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        JsonNode content = response.path("content").get(type);
        if (content == null) {
            return List.of(where + " with undocumented content type " + type);
        }
        if (type.equals("application/json")) {
            List<Error> errors = schema(content.get("schema")).validate(JSON.readTree(r.body()));
            errors.forEach(e -> failures.add(where + ": " + e));
        } else if (r.body().isEmpty()) {
            failures.add(where + " with an empty " + type + " body");
        }
        return failures;
    }

    /** The response schema with the document's components beside it, so its {@code $ref}s resolve. */
    private static Schema schema(JsonNode responseSchema) {
        ObjectNode root = responseSchema.deepCopy();
        root.set("components", doc.get("components"));
        return SCHEMAS.getSchema(root);
    }

}
