package org.stemma.server;

import io.javalin.http.Context;

/** Reads and checks query parameters; a bad value is a 400 that names the parameter and the value. */
final class Params {
    /** Items a list route returns when the request names no limit (capped by the configured page size). */
    static final int DEFAULT_PAGE_SIZE = 100;

    private Params() {
    }

    /** One page of a list: skip {@code offset} items, return at most {@code limit}. */
    record Page(int offset, int limit) {
    }

    static Page page(Context ctx, ServerConfig config) {
        return new Page(intParam(ctx, "offset", 0, Integer.MAX_VALUE, 0),
                intParam(ctx, "limit", 1, config.maxPageSize(), Math.min(DEFAULT_PAGE_SIZE, config.maxPageSize())));
    }

    static int intParam(Context ctx, String name, int min, int max, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw ApiError.badRequest(name + " must lie in [" + min + ", " + max + "], not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " is not a number: " + v);
        }
    }
}
