package org.stemma.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import org.stemma.model.Event;
import org.stemma.store.ResultPage;
import org.stemma.store.Snapshot;
import org.stemma.store.Store;
import org.stemma.store.Storyline;

/**
 * {@code GET /api/storylines} (each storyline with its events, articles, outlets and time span; an array, paged
 * by {@code offset} and {@code limit} with the whole count in the {@code X-Total-Count} header) and
 * {@code GET /api/events}, {@code GET /api/events/{id}}.
 */
record StoryRoutes(Store store, ServerConfig config) {
    /** The header that carries the whole count of a list answered as a bare array. */
    static final String TOTAL_HEADER = "X-Total-Count";

    void register(RoutesConfig r) {
        r.get("/api/storylines", this::storylines);
        r.get("/api/events", this::events);
        r.get("/api/events/{id}", this::event);
    }

    void storylines(Context ctx) throws IOException {
        int offset = Params.intParam(ctx, "offset", 0, Integer.MAX_VALUE, 0);
        // The storyline list is the UI's index, so a request without a limit gets the largest page.
        int limit = Params.intParam(ctx, "limit", 1, config.maxPageSize(), config.maxPageSize());
        try (Snapshot s = store.snapshot()) {
            ResultPage<Storyline> page = s.storylines(offset, limit);
            ArrayNode out = Json.array();
            for (Storyline story : page.items()) {
                ObjectNode o = out.addObject().put("id", story.id());
                ArrayNode ev = o.putArray("events");
                for (Event e : story.events()) {
                    Json.strings(ev.addObject().put("id", e.id()).putArray("articles"), e.articles());
                }
                o.put("size", story.size());
                Json.strings(o.putArray("outlets"), story.outlets());
                o.put("first", story.first().orElse(null)).put("last", story.last().orElse(null));
            }
            ctx.header(TOTAL_HEADER, Integer.toString(page.total()));
            Json.send(ctx, out);
        }
    }

    void events(Context ctx) throws IOException {
        Params.Page page = Params.page(ctx, config);
        try (Snapshot s = store.snapshot()) {
            Json.send(ctx, Json.page(s.events(page.offset(), page.limit()), page, StoryRoutes::event));
        }
    }

    void event(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        try (Snapshot s = store.snapshot()) {
            Event e = s.findEvent(id).orElseThrow(() -> ApiError.notFound("no event " + id));
            ObjectNode o = Json.object().put("id", e.id()).put("story", e.story());
            ArrayNode articles = o.putArray("articles");
            s.summaries(e.articles()).forEach(a -> Json.summary(articles.addObject(), a));
            Json.send(ctx, o);
        }
    }

    private static void event(ObjectNode o, Event e) {
        Json.strings(o.put("id", e.id()).put("story", e.story()).put("size", e.articles().size())
                .putArray("articles"), e.articles());
    }
}
