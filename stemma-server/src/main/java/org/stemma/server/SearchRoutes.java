package org.stemma.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.stemma.store.SearchQuery;
import org.stemma.store.Snapshot;
import org.stemma.store.Store;

/**
 * {@code GET /api/search?q=&outlet=&from=&to=&offset=&limit=}: a page of article summaries matching every given
 * part (full text over title and text, outlet, inclusive ISO date range), best match first.
 */
record SearchRoutes(Store store, ServerConfig config) {
    void register(RoutesConfig r) {
        r.get("/api/search", this::search);
    }

    void search(Context ctx) throws IOException {
        Params.Page page = Params.page(ctx, config);
        SearchQuery query = new SearchQuery(text(ctx, "q"), text(ctx, "outlet"), date(ctx, "from"), date(ctx, "to"));
        if (query.words().isEmpty() && query.outlet().isEmpty() && query.from().isEmpty() && query.to().isEmpty()) {
            throw ApiError.badRequest("nothing to search for: give q, outlet, from or to");
        }
        try (Snapshot s = store.snapshot()) {
            Json.send(ctx, Json.page(s.search(query, page.offset(), page.limit()), page, Json::summary));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private static Optional<String> text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(v -> !v.isBlank());
    }

    private static Optional<LocalDate> date(Context ctx, String name) {
        Optional<String> v = text(ctx, name);
        try {
            return v.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " is not an ISO date (YYYY-MM-DD): " + v.get());
        }
    }
}
