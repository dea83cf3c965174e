package org.stemma.server;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.io.Closeable;
import java.io.IOException;
import org.stemma.store.Store;

/**
 * The JSON API of {@code stemma serve} over one {@link Store}: wires the route classes (one per resource) and
 * maps errors to {@code {"error": message}} bodies in one place: 400 for bad parameters or malformed JSON, 404
 * for unknown ids, 413 for bodies over {@link ServerConfig#maxRequestBytes()}. Every route is listed, with its
 * parameters and response shape, in docs/API.md.
 */
public final class StemmaServer implements Closeable {
    private final Javalin app;

    private StemmaServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving {@code store}; the store stays open and owned by the caller. */
    public static StemmaServer start(Store store, ServerConfig config) {
        Javalin app = Javalin.create(c -> {
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.http.maxRequestSize = config.maxRequestBytes();
            c.startup.showJavalinBanner = false;
            new ArticleRoutes(store, config).register(c.routes);
            new StoryRoutes(store, config).register(c.routes);
            new TraceRoutes(store, config).register(c.routes);
            new IngestRoutes(store, config).register(c.routes);
            c.routes.exception(ApiError.class, (e, ctx) -> Json.error(ctx, e.status(), e.getMessage()));
            c.routes.exception(HttpResponseException.class, (e, ctx) -> Json.error(ctx, e.getStatus(), e.getMessage()));
            c.routes.exception(IOException.class, (e, ctx) -> Json.error(ctx, 500, "store: " + e.getMessage()));
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
}
