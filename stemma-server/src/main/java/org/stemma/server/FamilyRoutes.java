package org.stemma.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import org.stemma.model.Edge;
import org.stemma.model.LostSource;
import org.stemma.store.Family;
import org.stemma.store.Snapshot;
import org.stemma.store.Store;

/**
 * {@code GET /api/families} (a page of provenance families, by key) and {@code GET /api/families/{id}} (one
 * family's edges with confidence and evidence, and its lost sources with witnesses, text and credited outlet).
 */
record FamilyRoutes(Store store, ServerConfig config) {
    void register(RoutesConfig r) {
        r.get("/api/families", this::families);
        r.get("/api/families/{id}", this::family);
    }

    void families(Context ctx) throws IOException {
        Params.Page page = Params.page(ctx, config);
        try (Snapshot s = store.snapshot()) {
            Json.send(ctx, Json.page(s.families(page.offset(), page.limit()), page, (o, f) -> o.put("id", f.id())
                    .put("edges", f.edges()).put("lostSources", f.lostSources())));
        }
    }

    void family(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        try (Snapshot s = store.snapshot()) {
            Family f = s.findFamily(id).orElseThrow(() -> ApiError.notFound("no provenance family " + id
                    + " (a family is keyed by its smallest article id)"));
            ObjectNode o = Json.object().put("id", f.id());
            TreeSet<String> articles = new TreeSet<>();
            ArrayNode edges = o.putArray("edges");
            for (Edge e : f.edges()) {
                ObjectNode x = edges.addObject().put("source", e.source()).put("target", e.target())
                        .put("confidence", e.confidence());
                Json.strings(x.putArray("evidence"), e.evidence());
                articles.add(e.target());
                if (!e.source().startsWith(LostSource.PREFIX)) {
                    articles.add(e.source());
                }
            }
            ArrayNode lost = o.putArray("lostSources");
            for (LostSource l : f.lostSources()) {
                ObjectNode x = lost.addObject().put("id", l.id());
                Json.strings(x.putArray("witnesses"), l.witnesses());
                x.put("credited", l.credited().orElse(null)).put("text", l.text());
                articles.addAll(l.witnesses());
            }
            Json.strings(o.putArray("articles"), List.copyOf(articles));
            Json.send(ctx, o);
        }
    }
}
