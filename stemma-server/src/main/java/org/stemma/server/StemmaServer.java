package org.stemma.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.stemma.cluster.Clusters;
import java.util.Optional;
import org.stemma.model.Event;
import org.stemma.model.Origin;
import org.stemma.model.Problem;
import org.stemma.model.RawArticle;
import org.stemma.store.CommitResult;
import org.stemma.model.Story;
import org.stemma.store.Snapshot;
import org.stemma.store.Store;
import org.stemma.store.StoredArticle;
import org.stemma.store.TraceConfig;
import org.stemma.store.TraceHit;

/**
 * The JSON API of {@code stemma serve} over one {@link Store}.
 *
 * <p>Routes: {@code GET /api/articles?offset=&limit=} (a page of articles, by id), {@code GET
 * /api/articles/{id}} (one article with its text, body and clutter spans; 404 when unknown), {@code GET
 * /api/storylines} (each storyline with its events, articles and outlets), {@code GET /api/trace?q=PASSAGE} and
 * {@code POST /api/trace} with {@code {"passage": "..."}} (as {@code stemma trace}), {@code POST /api/ingest}
 * with one article object or an array of them (committed as one batch; records without an id or text are
 * reported by index and left out). Errors are
 * {@code {"error": message}} with 400 for bad parameters or malformed JSON, 404 for unknown ids, 413 for
 * bodies over {@link ServerConfig#maxRequestBytes()}. See docs/FORMATS.md, "API".
 */
public final class StemmaServer implements Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Javalin app;

    private StemmaServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving {@code store}; the store stays open and owned by the caller. */
    public static StemmaServer start(Store store, ServerConfig config) {
        Routes routes = new Routes(store, config);
        Javalin app = Javalin.create(c -> {
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.http.maxRequestSize = config.maxRequestBytes();
            c.startup.showJavalinBanner = false;
            c.routes.get("/api/articles", routes::articles);
            c.routes.get("/api/articles/{id}", routes::article);
            c.routes.get("/api/storylines", routes::storylines);
            c.routes.get("/api/trace", ctx -> routes.trace(ctx, ctx.queryParam("q")));
            c.routes.post("/api/trace", routes::traceBody);
            c.routes.post("/api/ingest", routes::ingest);
            ViewRoutes.register(c, store, ViewConfig.defaults());
            WebUi.register(c);
            c.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
            c.routes.exception(IOException.class, (e, ctx) -> error(ctx, 500, "store: " + e.getMessage()));
        });
        app.start();
        return new StemmaServer(app);
    }

    /** The port it listens on (the chosen one when the config said 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType("application/json").result(JSON.createObjectNode().put("error", message)
                .toString());
    }

    /** A request the client got wrong: the status and a message for it. */
    private static final class BadRequest extends RuntimeException {
        private final int status;

        BadRequest(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private record Routes(Store store, ServerConfig config) {
        void articles(Context ctx) throws IOException {
            int offset = intParam(ctx, "offset", 0, Integer.MAX_VALUE, 0);
            int limit = intParam(ctx, "limit", 1, config.maxPageSize(), Math.min(100, config.maxPageSize()));
            try (Snapshot s = store.snapshot()) {
                List<StoredArticle> all = s.articles();
                ObjectNode o = JSON.createObjectNode();
                o.put("total", all.size()).put("offset", offset).put("limit", limit);
                ArrayNode items = o.putArray("items");
                int end = (int) Math.min(all.size(), (long) offset + limit);
                for (StoredArticle a : all.subList(Math.min(offset, end), end)) {
                    summary(items.addObject(), a);
                }
                json(ctx, o);
            }
        }

        void article(Context ctx) throws IOException {
            String id = ctx.pathParam("id");
            try (Snapshot s = store.snapshot()) {
                StoredArticle a = s.findArticle(id).orElseThrow(() -> new BadRequest(404, "no article " + id));
                ObjectNode o = JSON.createObjectNode();
                summary(o, a);
                o.put("text", a.article().text());
                ArrayNode body = o.putArray("body");
                a.article().body().forEach(sp -> body.addArray().add(sp.start()).add(sp.end()));
                ArrayNode clutter = o.putArray("clutter");
                a.article().clutter().forEach(c -> clutter.addObject().put("kind", c.kind().name().toLowerCase(
                        java.util.Locale.ROOT)).put("start", c.span().start()).put("end", c.span().end()));
                json(ctx, o);
            }
        }

        void storylines(Context ctx) throws IOException {
            try (Snapshot s = store.snapshot()) {
                Clusters clusters = s.clusters();
                Map<String, StoredArticle> byId = new java.util.HashMap<>();
                s.articles().forEach(a -> byId.put(a.id(), a));
                Map<String, Event> events = new java.util.HashMap<>();
                clusters.events().forEach(e -> events.put(e.id(), e));
                ArrayNode out = JSON.createArrayNode();
                for (Story story : clusters.stories()) {
                    ObjectNode o = out.addObject().put("id", story.id());
                    ArrayNode ev = o.putArray("events");
                    TreeSet<String> outlets = new TreeSet<>();
                    TreeSet<String> dates = new TreeSet<>();
                    int size = 0;
                    for (String e : story.events()) {
                        ArrayNode members = ev.addObject().put("id", e).putArray("articles");
                        for (String a : events.get(e).articles()) {
                            members.add(a);
                            size++;
                            StoredArticle sa = byId.get(a);
                            sa.outlet().ifPresent(outlets::add);
                            sa.article().date().date().ifPresent(d -> dates.add(d.toString()));
                        }
                    }
                    o.put("size", size);
                    ArrayNode ol = o.putArray("outlets");
                    outlets.forEach(ol::add);
                    o.put("first", dates.isEmpty() ? null : dates.first());
                    o.put("last", dates.isEmpty() ? null : dates.last());
                }
                json(ctx, out);
            }
        }

        void ingest(Context ctx) throws IOException {
            JsonNode body = parse(ctx);
            List<JsonNode> records = new java.util.ArrayList<>();
            if (body != null && body.isArray()) {
                body.forEach(records::add);
            } else if (body != null && body.isObject()) {
                records.add(body);
            } else {
                throw new BadRequest(400, "expected an article object or an array of them");
            }
            if (records.size() > config.maxBatchArticles()) {
                throw new BadRequest(400, "batch of " + records.size() + " articles, at most "
                        + config.maxBatchArticles());
            }
            List<RawArticle> batch = new java.util.ArrayList<>();
            ObjectNode out = JSON.createObjectNode();
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
            json(ctx, out);
        }

        private static Optional<String> text(JsonNode r, String field) {
            return r.path(field).isTextual() ? Optional.of(r.get(field).asText()) : Optional.empty();
        }

        private static JsonNode parse(Context ctx) {
            try {
                return JSON.readTree(ctx.body());
            } catch (JsonProcessingException e) {
                throw new BadRequest(400, "malformed JSON: " + e.getOriginalMessage());
            }
        }

        void traceBody(Context ctx) throws IOException {
            JsonNode body = parse(ctx);
            if (body == null || !body.path("passage").isTextual()) {
                throw new BadRequest(400, "expected {\"passage\": \"...\"}");
            }
            trace(ctx, body.get("passage").asText());
        }

        void trace(Context ctx, String passage) throws IOException {
            if (passage == null || passage.isBlank()) {
                throw new BadRequest(400, "no passage: give ?q=... or POST {\"passage\": \"...\"}");
            }
            if (passage.length() > config.maxPassageChars()) {
                throw new BadRequest(400, "passage of " + passage.length() + " chars, at most "
                        + config.maxPassageChars());
            }
            try (Snapshot s = store.snapshot()) {
                ArrayNode out = JSON.createArrayNode();
                for (TraceHit h : s.trace(passage, TraceConfig.defaults())) {
                    ObjectNode o = out.addObject().put("article", h.articleId());
                    o.put("outlet", h.outlet().orElse(null)).put("date", h.date().orElse(null));
                    o.putArray("span").add(h.span().start()).add(h.span().end());
                    o.put("coverage", h.coverage()).put("score", h.score()).put("text", h.text());
                    ArrayNode d = o.putArray("differences");
                    h.differences().forEach(x -> d.addObject().put("op", x.op().label())
                            .put("passage", x.passageText()).put("article", x.articleText()));
                }
                json(ctx, out);
            }
        }

        private static void summary(ObjectNode o, StoredArticle a) {
            o.put("id", a.id()).put("outlet", a.outlet().orElse(null))
                    .put("title", a.article().title().orElse(null))
                    .put("date", a.article().date().iso().orElse(null)).put("batch", a.batch());
        }

        private static int intParam(Context ctx, String name, int min, int max, int fallback) {
            String v = ctx.queryParam(name);
            if (v == null) {
                return fallback;
            }
            try {
                int n = Integer.parseInt(v);
                if (n < min || n > max) {
                    throw new BadRequest(400, name + " must lie in [" + min + ", " + max + "], not " + n);
                }
                return n;
            } catch (NumberFormatException e) {
                throw new BadRequest(400, name + " is not a number: " + v);
            }
        }

        private static void json(Context ctx, JsonNode node) {
            ctx.contentType("application/json").result(node.toString());
        }
    }
}
