package org.stemma.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.stemma.model.Analysis;
import org.stemma.report.GexfWriter;
import org.stemma.report.GraphMlWriter;
import org.stemma.report.JsonlReportWriter;
import org.stemma.report.ReportConfig;
import org.stemma.report.ReportWriter;
import org.stemma.store.Snapshot;
import org.stemma.store.Store;

/**
 * {@code GET /api/export?format=jsonl|graphml|gexf&part=NAME}: one file of the report that {@code stemma analyze}
 * writes, made by the same report writers from a snapshot of the store and streamed from a temporary folder
 * that is removed once sent. JSON Lines parts are the record kinds the store keeps (articles, passages, edges,
 * events, stories, lost_sources; default articles); graph parts are outlets (default) and articles. Quotations,
 * claims and typed changes are not stored, so they are not exported (see {@code /api/quotes}).
 */
record ExportRoutes(Store store, ServerConfig config, TimeLimit limit) {
    /** A format: its writer, the parts it may send (the first is the default), extension and media type. */
    private record Format(ReportWriter writer, List<String> parts, String extension, String mediaType) {
    }

    private static final Map<String, Format> FORMATS = Map.of(
            "jsonl", new Format(new JsonlReportWriter(ReportConfig.defaults()),
                    List.of("articles", "passages", "edges", "events", "stories", "lost_sources"), ".jsonl",
                    "application/x-ndjson; charset=utf-8"),
            "graphml", new Format(new GraphMlWriter(ReportConfig.defaults()), List.of("outlets", "articles"),
                    ".graphml", "application/graphml+xml; charset=utf-8"),
            "gexf", new Format(new GexfWriter(ReportConfig.defaults()), List.of("outlets", "articles"), ".gexf",
                    "application/gexf+xml; charset=utf-8"));

    void register(RoutesConfig r) {
        r.get("/api/export", this::export);
    }

    void export(Context ctx) throws Exception {
        String name = orDefault(ctx.queryParam("format"), "jsonl").toLowerCase(Locale.ROOT);
        Format format = FORMATS.get(name);
        if (format == null) {
            throw ApiError.badRequest("format must be jsonl, graphml or gexf, not " + name);
        }
        String part = orDefault(ctx.queryParam("part"), format.parts().get(0));
        if (!format.parts().contains(part)) {
            throw ApiError.badRequest("part of a " + name + " export must be one of " + format.parts() + ", not " + part);
        }
        Path dir = Files.createTempDirectory("stemma-export");
        try {
            Path file = limit.run("export", () -> {
                format.writer().write(analysis(), dir);
                return dir.resolve(part + format.extension());
            });
            ctx.contentType(format.mediaType())
                    .header("Content-Disposition", "attachment; filename=\"stemma-" + part + format.extension() + "\"")
                    .result(new FilterInputStream(Files.newInputStream(file)) {
                        @Override
                        public void close() throws IOException {
                            super.close();
                            delete(dir);
                        }
                    });
        } catch (Exception | Error e) {
            delete(dir);
            throw e;
        }
    }

    private Analysis analysis() throws IOException {
        try (Snapshot s = store.snapshot()) {
            var clusters = s.clusters();
            return new Analysis(s.articles().stream().map(a -> a.article()).toList(), s.passages(),
                    clusters.events(), clusters.stories(), s.edges(), s.lostSources(), List.of());
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
