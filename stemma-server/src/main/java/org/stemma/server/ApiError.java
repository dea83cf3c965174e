package org.stemma.server;

/**
 * A request the API refuses: the HTTP status and a message that names the problem. Route handlers throw it;
 * {@link StemmaServer} turns it into {@code {"error": message}} with that status.
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    int status() {
        return status;
    }
}
