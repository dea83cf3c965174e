package org.stemma.server;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.stemma.ingest.IngestConfig;
import org.stemma.ingest.JsonlCorpusReader;
import org.stemma.ingest.ProblemSink;
import org.stemma.model.RawArticle;
import org.stemma.store.CommitResult;
import org.stemma.store.Store;

/**
 * Measures the store behind {@code stemma serve} end to end: fills a new store from a corpus JSONL in batches
 * (ingest rate per batch and overall), then starts the server and times real HTTP requests: trace of a line of
 * a stored article, full-text search for two words of a stored title, and a page of articles deep in the list.
 * Prints p50 and p99 of each. Not a test (a run takes minutes); see docs/BENCHMARKS.md, issue #8.
 *
 * <p>Run after {@code mvn -q -B package -DskipTests} and {@code bin/stemma generate --articles N --out C.jsonl}:
 * {@code java -cp stemma-cli/target/stemma.jar:stemma-server/target/test-classes org.stemma.server.ServerBench
 * C.jsonl NEW_DATA_DIR BATCH REQUESTS}.
 */
public final class ServerBench {
    /** Traced lines shorter than this are skipped: the aligner finds no passage under eight words. */
    private static final int MIN_TRACE_WORDS = 8;

    private ServerBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        int batchSize = Integer.parseInt(args[2]);
        int requests = Integer.parseInt(args[3]);
        if (Files.exists(dir.resolve(Store.FILE_NAME))) {
            throw new IllegalArgumentException("not a new data folder: " + dir);
        }
        List<RawArticle> articles = new ArrayList<>();
        try (JsonlCorpusReader reader = new JsonlCorpusReader(corpus, IngestConfig.defaults(), ProblemSink.IGNORE)) {
            reader.forEach(articles::add);
        }
        try (Store store = Store.open(dir)) {
            long start = System.nanoTime();
            for (int from = 0; from < articles.size(); from += batchSize) {
                List<RawArticle> batch = articles.subList(from, Math.min(articles.size(), from + batchSize));
                long t = System.nanoTime();
                CommitResult r = store.commit(batch, "bench " + from);
                double s = (System.nanoTime() - t) / 1e9;
                System.out.printf("batch %d: %d articles, %d passages in %.2f s (%.0f articles/s)%n", r.seq(),
                        r.articles(), r.passages(), s, r.articles() / s);
            }
            double total = (System.nanoTime() - start) / 1e9;
            System.out.printf("ingest: %d articles in %.1f s = %.1f articles/s; store file %,d bytes%n",
                    articles.size(), total, articles.size() / total, Files.size(dir.resolve(Store.FILE_NAME)));
            try (StemmaServer server = StemmaServer.start(store, ServerConfig.defaults().withPort(0))) {
                String base = "http://127.0.0.1:" + server.port();
                Random rng = new Random(1);
                time("GET /api/trace (a line of a stored article)", requests, base, i -> {
                    String line;
                    do {
                        String[] lines = articles.get(rng.nextInt(articles.size())).text().split("\n");
                        line = lines[rng.nextInt(lines.length)].strip();
                    } while (line.split("\\s+").length < MIN_TRACE_WORDS);
                    return "/api/trace?q=" + URLEncoder.encode(line, StandardCharsets.UTF_8);
                });
                time("GET /api/search (two words of a stored title)", requests, base, i -> {
                    String[] words = articles.get(rng.nextInt(articles.size())).title().orElse("news story")
                            .split("[^\\p{L}\\p{N}]+");
                    String q = words[rng.nextInt(words.length)] + " " + words[rng.nextInt(words.length)];
                    return "/api/search?limit=20&q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8);
                });
                time("GET /api/articles (a page of 100 near the end)", requests, base,
                        i -> "/api/articles?limit=100&offset=" + Math.max(0, articles.size() - 100 - rng.nextInt(100)));
            }
        }
    }

    private static void time(String what, int n, String base, IntFunction<String> path) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long[] nanos = new long[n];
        int ok = 0;
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path.apply(i))).build();
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            nanos[i] = System.nanoTime() - t;
            ok += r.statusCode() == 200 ? 1 : 0;
            bytes += r.body().length();
        }
        Arrays.sort(nanos);
        System.out.printf("%s: %d requests, %d ok, %.0f chars/answer; p50 %.1f ms, p99 %.1f ms%n", what, n, ok,
                (double) bytes / n, nanos[n / 2] / 1e6, nanos[Math.min(n - 1, (int) (n * 0.99))] / 1e6);
    }
}
