package org.stemma.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stemma.model.Origin;
import org.stemma.model.Problem;
import org.stemma.model.RawArticle;
import org.stemma.store.CommitResult;
import org.stemma.store.Store;

/**
 * {@code POST /api/ingest} with one article object or an array of them, committed as one batch; records without
 * an id or text are reported by index and left out, the rest are committed.
 */
record IngestRoutes(Store store, ServerConfig config) {
    void register(RoutesConfig r) {
        r.post("/api/ingest", this::ingest);
    }

    void ingest(Context ctx) throws IOException {
        JsonNode body = Json.parse(ctx);
        List<JsonNode> records = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(records::add);
        } else if (body.isObject()) {
            records.add(body);
        } else {
            throw ApiError.badRequest("expected an article object or an array of them");
        }
        if (records.size() > config.maxBatchArticles()) {
            throw new ApiError(413, "batch of " + records.size() + " articles, at most " + config.maxBatchArticles()
                    + " per request: split it");
        }
        List<RawArticle> batch = new ArrayList<>();
        ObjectNode out = Json.object();
        ArrayNode errors = out.putArray("errors");
        for (int i = 0; i < records.size(); i++) {
            JsonNode r = records.get(i);
            String id = r.path("id").asText("");
            if (!r.path("id").isTextual() || id.isBlank() || !r.path("text").isTextual()) {
                errors.addObject().put("index", i).put("error", "needs a non-blank string id and a string text");
                continue;
            }
            batch.add(new RawArticle(id, r.get("text").asText(), text(r, "outlet"), text(r, "url"),
                    text(r, "title"), text(r, "date"), text(r, "lang"), new Origin("api", i + 1L), 0));
        }
        CommitResult result = store.commit(batch, "api");
        for (Problem p : result.problems()) {
            errors.addObject().put("index", (int) p.origin().line() - 1).put("id", p.articleId().orElse(null))
                    .put("error", p.message());
        }
        out.put("batch", result.seq()).put("articles", result.articles()).put("passages", result.passages());
        Json.send(ctx, out);
    }

    private static Optional<String> text(JsonNode r, String field) {
        return r.path(field).isTextual() ? Optional.of(r.get(field).asText()) : Optional.empty();
    }
}
