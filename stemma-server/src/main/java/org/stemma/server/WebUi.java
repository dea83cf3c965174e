package org.stemma.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Serves the web UI: three static files (plain HTML, CSS and JavaScript under
 * {@code org/stemma/server/ui/} on the classpath, no build step) at {@code /}, {@code /ui/app.js} and
 * {@code /ui/style.css}. The page reads the JSON API and builds its DOM with {@code textContent} only.
 *
 * <p>Every UI response carries {@value #CSP} as its Content-Security-Policy and {@code nosniff}: scripts run
 * only from these files, never inline, so a payload that slipped through as markup still could not run.
 * The files are read once at start and kept in memory (a few tens of KiB).
 */
public final class WebUi {
    static final String CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'";
    private static final String ROOT = "/org/stemma/server/ui/";

    private final Map<String, Asset> assets;

    private record Asset(byte[] bytes, String contentType) {
    }

    private WebUi() {
        assets = Map.of("index.html", load("index.html", "text/html; charset=utf-8"),
                "app.js", load("app.js", "text/javascript; charset=utf-8"),
                "style.css", load("style.css", "text/css; charset=utf-8"));
    }

    /** Adds the UI's routes to a server being configured. */
    public static void register(JavalinConfig c) {
        WebUi ui = new WebUi();
        c.routes.get("/", ctx -> ui.serve(ctx, "index.html"));
        c.routes.get("/ui/{file}", ctx -> ui.serve(ctx, ctx.pathParam("file")));
    }

    private void serve(Context ctx, String name) {
        Asset a = assets.get(name);
        ctx.header("Content-Security-Policy", CSP).header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-cache");
        if (a == null) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("not found");
            return;
        }
        ctx.contentType(a.contentType).result(a.bytes);
    }

    private static Asset load(String name, String contentType) {
        try (InputStream in = WebUi.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("the UI file " + ROOT + name + " is missing from the classpath");
            }
            return new Asset(in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + ROOT + name, e);
        }
    }
}
