package org.stemma.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.stemma.store.Snapshot;
import org.stemma.store.Store;
import org.stemma.store.TraceConfig;
import org.stemma.store.TraceHit;

/**
 * {@code GET /api/trace?q=PASSAGE} and {@code POST /api/trace} with {@code {"passage": "..."}}, as
 * {@code stemma trace}; run under the {@link TimeLimit}.
 */
record TraceRoutes(Store store, ServerConfig config, TimeLimit limit) {
    void register(RoutesConfig r) {
        r.get("/api/trace", ctx -> trace(ctx, ctx.queryParam("q")));
        r.post("/api/trace", this::traceBody);
    }

    void traceBody(Context ctx) throws Exception {
        JsonNode body = Json.parse(ctx);
        if (!body.path("passage").isTextual()) {
            throw ApiError.badRequest("expected {\"passage\": \"...\"}");
        }
        trace(ctx, body.get("passage").asText());
    }

    void trace(Context ctx, String passage) throws Exception {
        if (passage == null || passage.isBlank()) {
            throw ApiError.badRequest("no passage: give ?q=... or POST {\"passage\": \"...\"}");
        }
        if (passage.length() > config.maxPassageChars()) {
            throw ApiError.badRequest("passage of " + passage.length() + " chars, at most " + config.maxPassageChars());
        }
        Json.send(ctx, limit.run("trace", () -> {
            try (Snapshot s = store.snapshot()) {
                ArrayNode out = Json.array();
                for (TraceHit h : s.trace(passage, TraceConfig.defaults())) {
                    ObjectNode o = out.addObject().put("article", h.articleId());
                    o.put("outlet", h.outlet().orElse(null)).put("date", h.date().orElse(null));
                    o.putArray("span").add(h.span().start()).add(h.span().end());
                    o.put("coverage", h.coverage()).put("score", h.score()).put("text", h.text());
                    ArrayNode d = o.putArray("differences");
                    h.differences().forEach(x -> d.addObject().put("op", x.op().label())
                            .put("passage", x.passageText()).put("article", x.articleText()));
                }
                return out;
            }
        }));
    }
}
