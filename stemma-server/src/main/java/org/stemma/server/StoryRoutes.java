package org.stemma.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.stemma.cluster.Clusters;
import org.stemma.model.Event;
import org.stemma.model.Story;
import org.stemma.store.Snapshot;
import org.stemma.store.Store;
import org.stemma.store.StoredArticle;

/** {@code GET /api/storylines}: each storyline with its events, articles, outlets and time span. */
record StoryRoutes(Store store, ServerConfig config) {
    void register(RoutesConfig r) {
        r.get("/api/storylines", this::storylines);
    }

    void storylines(Context ctx) throws IOException {
        try (Snapshot s = store.snapshot()) {
            Clusters clusters = s.clusters();
            Map<String, StoredArticle> byId = new HashMap<>();
            s.articles().forEach(a -> byId.put(a.id(), a));
            Map<String, Event> events = new HashMap<>();
            clusters.events().forEach(e -> events.put(e.id(), e));
            ArrayNode out = Json.array();
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
            Json.send(ctx, out);
        }
    }
}
