package org.stemma.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;
import org.stemma.store.Snapshot;
import org.stemma.store.Store;
import org.stemma.store.StoredArticle;

/** {@code GET /api/articles} (a page of summaries, by id) and {@code GET /api/articles/{id}} (one, with text). */
record ArticleRoutes(Store store, ServerConfig config) {
    void register(RoutesConfig r) {
        r.get("/api/articles", this::articles);
        r.get("/api/articles/{id}", this::article);
    }

    void articles(Context ctx) throws IOException {
        Params.Page page = Params.page(ctx, config);
        try (Snapshot s = store.snapshot()) {
            Json.send(ctx, Json.page(s.articles(page.offset(), page.limit()), page, Json::summary));
        }
    }

    void article(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        try (Snapshot s = store.snapshot()) {
            StoredArticle a = s.findArticle(id).orElseThrow(() -> ApiError.notFound("no article " + id));
            ObjectNode o = Json.summary(Json.object(), a);
            o.put("text", a.article().text());
            ArrayNode body = o.putArray("body");
            a.article().body().forEach(sp -> body.addArray().add(sp.start()).add(sp.end()));
            ArrayNode clutter = o.putArray("clutter");
            a.article().clutter().forEach(c -> clutter.addObject().put("kind", c.kind().name().toLowerCase(
                    Locale.ROOT)).put("start", c.span().start()).put("end", c.span().end()));
            Json.send(ctx, o);
        }
    }
}
