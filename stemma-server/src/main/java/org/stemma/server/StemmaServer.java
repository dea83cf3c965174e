package org.stemma.server;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.stemma.store.Store;

/**
 * The JSON API of {@code stemma serve} over one {@link Store}: wires the route classes (one per resource) and
 * maps errors to {@code {"error": message}} bodies in one place: 400 for bad parameters or malformed JSON, 404
 * for unknown ids, 413 for bodies over {@link ServerConfig#maxRequestBytes()} or batches over
 * {@link ServerConfig#maxBatchArticles()}, 503 when an expensive request is refused or runs past
 * {@link ServerConfig#timeoutMillis()}. Every route is described in {@code GET /api/openapi.json} and
 * docs/API.md.
 */
public final class StemmaServer implements Closeable {
    private final Javalin app;
    private final TimeLimit limit;

    private StemmaServer(Javalin app, TimeLimit limit) {
        this.app = app;
        this.limit = limit;
    }

    /** Starts serving {@code store}; the store stays open and owned by the caller. */
    public static StemmaServer start(Store store, ServerConfig config) {
        TimeLimit limit = new TimeLimit(config.workers(), config.timeoutMillis());
        Javalin app = Javalin.create(c -> {
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.http.maxRequestSize = config.maxRequestBytes();
            c.startup.showJavalinBanner = false;
            new ArticleRoutes(store, config).register(c.routes);
            new StoryRoutes(store, config).register(c.routes);
            new FamilyRoutes(store, config).register(c.routes);
            new SearchRoutes(store, config).register(c.routes);
            new TraceRoutes(store, config, limit).register(c.routes);
            new QuoteRoutes(store, config, limit).register(c.routes);
            new ExportRoutes(store, config, limit).register(c.routes);
            new IngestRoutes(store, config).register(c.routes);
            new OpenApiRoutes().register(c.routes);
            ViewRoutes.register(c, store, ViewConfig.defaults());
            WebUi.register(c);
            c.routes.exception(ApiError.class, (e, ctx) -> Json.error(ctx, e.status(), e.getMessage()));
            c.routes.exception(HttpResponseException.class, (e, ctx) -> Json.error(ctx, e.getStatus(), e.getMessage()));
            c.routes.exception(IOException.class, (e, ctx) -> Json.error(ctx, 500, "store: " + e.getMessage()));
            c.routes.exception(Exception.class, (e, ctx) -> Json.error(ctx, 500, "internal error: " + e));
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            limit.close();
            throw e;
        }
        return new StemmaServer(app, limit);
    }

    /** The port it listens on (the chosen one when the config said 0). */
    public int port() {
        return app.port();
    }

    /** Every registered route as {@code "GET /api/articles/{id}"}, in registration order. */
    List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(h -> h.endpoint.method.name() + " " + h.endpoint.path).toList();
    }

    @Override
    public void close() {
        app.stop();
        limit.close();
    }
}
