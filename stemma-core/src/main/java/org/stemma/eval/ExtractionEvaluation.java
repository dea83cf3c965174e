package org.stemma.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.stemma.extract.Extraction;
import org.stemma.extract.HtmlDecoder;
import org.stemma.extract.HtmlExtractor;

/**
 * Scores main-text extraction against snippet gold, as trafilatura's evaluation does (its
 * {@code tests/eval_common.py}): for each page, a {@code with} snippet found in the extracted main text is a
 * true positive and one missed a false negative; a {@code without} snippet found is a false positive and one
 * absent a true negative. Matching is substring search after collapsing every run of Unicode whitespace to
 * one space and stripping both ends. Precision, recall and F1 are over all snippets of all pages. Title and
 * date accuracy are over the pages whose gold states them: a title is right when it equals the gold after
 * the same whitespace normalisation, a date when its ISO day equals the gold's.
 */
public final class ExtractionEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

    private ExtractionEvaluation() {
    }

    /** One page's gold: its snippets and, when stated, its title and date (ISO day). */
    public record Gold(String url, String file, List<String> with, List<String> without, Optional<String> title,
                       Optional<String> date) {
        public Gold {
            with = List.copyOf(with);
            without = List.copyOf(without);
        }
    }

    /** Snippet counts, summable over pages. */
    public record Counts(long tp, long fp, long fn, long tn) {
        public static final Counts ZERO = new Counts(0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
        }

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            long d = 2 * tp + fp + fn;
            return d == 0 ? 0 : 2.0 * tp / d;
        }

        public double accuracy() {
            long all = tp + fp + fn + tn;
            return all == 0 ? 0 : (double) (tp + tn) / all;
        }
    }

    /**
     * The scores of one share of the pages.
     *
     * @param name which share ("even", "odd")
     */
    public record Share(String name, Counts snippets, int titleGold, int titleRight, int dateGold, int dateRight) {
        public double titleAccuracy() {
            return titleGold == 0 ? 0 : (double) titleRight / titleGold;
        }

        public double dateAccuracy() {
            return dateGold == 0 ? 0 : (double) dateRight / dateGold;
        }
    }

    /**
     * The scores of an extractor over a gold set, with the wall time the extraction took, and the same scores
     * on the even- and odd-numbered pages by sorted file name ({@code halves}): rules are developed on one half
     * and checked on the other.
     */
    public record Result(Counts snippets, int pages, int titleGold, int titleRight, int dateGold, int dateRight,
                         int failed, long extractNanos, List<Share> halves) {
        public Result {
            halves = List.copyOf(halves);
        }

        public double titleAccuracy() {
            return titleGold == 0 ? 0 : (double) titleRight / titleGold;
        }

        public double dateAccuracy() {
            return dateGold == 0 ? 0 : (double) dateRight / dateGold;
        }

        public double pagesPerSecond() {
            return extractNanos == 0 ? 0 : pages * 1e9 / extractNanos;
        }
    }

    /** Whitespace collapsed to single spaces, ends stripped, as the gold is matched. */
    public static String normalise(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    /** Scores one page's extracted main text. */
    public static Counts score(Gold gold, String mainText) {
        String text = normalise(mainText);
        long tp = gold.with().stream().filter(w -> text.contains(normalise(w))).count();
        long fp = gold.without().stream().filter(w -> text.contains(normalise(w))).count();
        return new Counts(tp, fp, gold.with().size() - tp, gold.without().size() - fp);
    }

    /** Reads trafilatura's {@code evaldata.json}: an object keyed by URL. Pages are in the file's order. */
    public static List<Gold> readGold(Path evaldata) throws IOException {
        JsonNode root = JSON.readTree(evaldata.toFile());
        if (root == null || !root.isObject()) {
            throw new IOException(evaldata + ": not a JSON object of pages");
        }
        List<Gold> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            pages.add(new Gold(e.getKey(), v.path("file").asText(), strings(v.path("with")),
                    strings(v.path("without")), text(v, "title"), text(v, "date")));
        }
        return pages;
    }

    /** {@link #evaluate(Path, HtmlExtractor, int)} on one thread. */
    public static Result evaluate(Path folder, HtmlExtractor extractor) throws IOException {
        return evaluate(folder, extractor, 1);
    }

    /**
     * Runs {@code extractor} over every page of a set laid out as {@code extraction-trafilatura}:
     * {@code evaldata.json} beside a folder {@code html/} of {@code FILE.gz}. A page that cannot be read or
     * whose extraction throws counts as a full miss, as upstream counts a crash. The pages' bytes are read
     * first; then {@code threads} workers decode and extract them, and the time of that phase (wall clock) is
     * the result's {@code extractNanos}. Scores do not depend on the thread count.
     */
    public static Result evaluate(Path folder, HtmlExtractor extractor, int threads) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        List<Gold> gold = readGold(folder.resolve("evaldata.json"));
        List<byte[]> pages = new ArrayList<>(gold.size());
        for (Gold g : gold) {
            pages.add(read(folder.resolve("html").resolve(g.file() + ".gz")));
        }
        PageScore[] scores = new PageScore[gold.size()];
        long t0 = System.nanoTime();
        if (threads == 1) {
            for (int i = 0; i < scores.length; i++) {
                scores[i] = scorePage(gold.get(i), pages.get(i), extractor);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<PageScore>> futures = new ArrayList<>(scores.length);
                for (int i = 0; i < scores.length; i++) {
                    Gold g = gold.get(i);
                    byte[] bytes = pages.get(i);
                    futures.add(pool.submit(() -> scorePage(g, bytes, extractor)));
                }
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = futures.get(i).get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("evaluation interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("scoring a page failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        long nanos = System.nanoTime() - t0;
        List<String> sortedFiles = new ArrayList<>();
        for (Gold g : gold) {
            sortedFiles.add(g.file());
        }
        Collections.sort(sortedFiles);
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < sortedFiles.size(); i++) {
            rank.putIfAbsent(sortedFiles.get(i), i);
        }
        int failed = 0;
        List<Integer> all = new ArrayList<>();
        List<Integer> even = new ArrayList<>();
        List<Integer> odd = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            failed += scores[i].failed() ? 1 : 0;
            all.add(i);
            (rank.get(gold.get(i).file()) % 2 == 0 ? even : odd).add(i);
        }
        Share total = share("all", all, gold, scores);
        return new Result(total.snippets(), gold.size(), total.titleGold(), total.titleRight(), total.dateGold(),
                total.dateRight(), failed, nanos,
                List.of(share("even", even, gold, scores), share("odd", odd, gold, scores)));
    }

    private static Share share(String name, List<Integer> pages, List<Gold> gold, PageScore[] scores) {
        Counts counts = Counts.ZERO;
        int titleGold = 0;
        int titleRight = 0;
        int dateGold = 0;
        int dateRight = 0;
        for (int i : pages) {
            Gold g = gold.get(i);
            PageScore p = scores[i];
            counts = counts.plus(p.counts());
            titleGold += g.title().isPresent() ? 1 : 0;
            titleRight += p.titleRight() ? 1 : 0;
            dateGold += g.date().isPresent() ? 1 : 0;
            dateRight += p.dateRight() ? 1 : 0;
        }
        return new Share(name, counts, titleGold, titleRight, dateGold, dateRight);
    }

    /** One page's share of the scores. */
    private record PageScore(Counts counts, boolean failed, boolean titleRight, boolean dateRight) {
    }

    private static PageScore scorePage(Gold g, byte[] bytes, HtmlExtractor extractor) {
        Optional<Extraction> x = Optional.empty();
        if (bytes != null) {
            try {
                String html = HtmlDecoder.decode(bytes, Optional.empty()).text();
                x = Optional.of(extractor.extract(html, Optional.of(g.url())));
            } catch (RuntimeException e) {
                x = Optional.empty();
            }
        }
        Counts counts = score(g, x.map(Extraction::mainText).orElse(""));
        boolean titleRight = g.title().isPresent() && x.flatMap(Extraction::title)
                .map(ExtractionEvaluation::normalise).equals(g.title().map(ExtractionEvaluation::normalise));
        boolean dateRight = false;
        if (g.date().isPresent()) {
            String want = g.date().get().length() >= 10 ? g.date().get().substring(0, 10) : g.date().get();
            dateRight = x.flatMap(e -> e.date().date()).map(Object::toString).equals(Optional.of(want));
        }
        return new PageScore(counts, x.isEmpty(), titleRight, dateRight);
    }

    private static byte[] read(Path gz) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            if (n.isTextual()) {
                out.add(n.asText());
            }
        }
        return out;
    }

    private static Optional<String> text(JsonNode v, String field) {
        JsonNode n = v.get(field);
        return n == null || !n.isTextual() || n.asText().isBlank() ? Optional.empty() : Optional.of(n.asText());
    }
}
