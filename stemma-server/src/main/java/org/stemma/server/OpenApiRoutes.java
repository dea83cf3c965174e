package org.stemma.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3 document of every route, written by hand beside this class
 * ({@value #RESOURCE}) and checked against real responses by the tests.
 */
final class OpenApiRoutes {
    static final String RESOURCE = "openapi.json";
    private final byte[] document;

    OpenApiRoutes() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside " + OpenApiRoutes.class);
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    void register(RoutesConfig r) {
        r.get("/api/openapi.json", this::document);
    }

    void document(Context ctx) {
        ctx.contentType(Json.CONTENT_TYPE).result(document);
    }
}
