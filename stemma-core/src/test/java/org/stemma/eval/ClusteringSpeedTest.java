package org.stemma.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.stemma.cluster.AverageLinkClusterer;
import org.stemma.cluster.ClusterInput;
import org.stemma.cluster.ClusterState;
import org.stemma.cluster.Clusters;
import org.stemma.fingerprint.WordTokenizer;

/**
 * Articles per second for clustering alone, on a corpus {@link CorpusGenerator} makes from the real text under
 * {@code stemma.shared} (its default seed, 1: the corpus {@code stemma generate --articles N --seed 1} writes).
 * Runs only when asked, with {@code -Dstemma.speed.articles=10000} (a comma-separated list of sizes is allowed),
 * since it takes long; skipped otherwise or without the shared data. Tokenising is done before the clock starts;
 * no passages are given, so the figure is the clusterer's own cost. Prints wall time and the CPU time of the
 * clustering thread (which a loaded machine changes little). With {@code -Dstemma.speed.batch=B} the corpus is
 * also added in batches of {@code B} articles, in the generator's order, and the CPU time of batches is printed
 * by tenths of the corpus, which shows whether a batch's cost grows with the corpus already held. The one-batch
 * events are also scored against the generator's truth (which event each article tells): a held-out check of
 * dated articles from many outlets, with near-copies, that no default was tuned on.
 */
class ClusteringSpeedTest {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void clusteringAGeneratedCorpusReportsArticlesPerSecond() throws IOException {
        String sizes = System.getProperty("stemma.speed.articles");
        assumeTrue(sizes != null && !sizes.isBlank(), "set -Dstemma.speed.articles=N to measure clustering speed");
        String shared = System.getProperty("stemma.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "eval")),
                "shared data not found under stemma.shared=" + shared + "; skipping the speed measurement");
        int batch = Integer.getInteger("stemma.speed.batch", 0);
        boolean oneBatch = !Boolean.getBoolean("stemma.speed.batchesOnly");
        List<String> sources = CorpusGenerator.readSources(Path.of(shared));
        WordTokenizer tokenizer = new WordTokenizer();
        for (String size : sizes.split(",")) {
            int n = Integer.parseInt(size.strip());
            List<ClusterInput> inputs = new ArrayList<>(n);
            Map<String, String> truth = new TreeMap<>();
            for (CorpusGenerator.Generated g : new CorpusGenerator(CorpusGenerator.Settings.defaults())
                    .generate(sources, n)) {
                inputs.add(new ClusterInput(g.id(), tokenizer.tokenize(g.text()), Optional.of(g.date()),
                        Optional.of(g.title()), Optional.of(g.text())));
                truth.put(g.id(), Integer.toString(g.event()));
            }
            if (oneBatch) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                Clusters c = new AverageLinkClusterer().cluster(inputs, List.of());
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
                System.out.printf(Locale.ROOT, "clustering %d generated articles (%d sources), one batch: %.1f s wall, "
                        + "%.1f s cpu, %.0f articles/s (cpu), %d events, %d storylines%n", n, sources.size(), seconds,
                        cpuSeconds, n / cpuSeconds, c.events().size(), c.stories().size());
                assertEquals(n, c.eventByArticle().size());
                ClusterScores events = ClusterScores.of(c.eventByArticle(), truth);
                System.out.printf(Locale.ROOT, "  events against the generator's truth (%d events): BCubed P/R/F1 "
                        + "%.3f/%.3f/%.3f%n", truth.values().stream().distinct().count(), events.bcubedPrecision(),
                        events.bcubedRecall(), events.bcubedF1());
            }
            if (batch > 0) {
                inBatches(inputs, batch);
            }
        }
    }

    private static void inBatches(List<ClusterInput> inputs, int batch) {
        AverageLinkClusterer clusterer = new AverageLinkClusterer();
        ClusterState state = ClusterState.empty();
        int batches = (inputs.size() + batch - 1) / batch;
        double[] cpu = new double[batches];
        long start = System.nanoTime();
        for (int b = 0; b < batches; b++) {
            long before = THREADS.getCurrentThreadCpuTime();
            state = clusterer.add(state, inputs.subList(b * batch, Math.min(inputs.size(), (b + 1) * batch)), List.of());
            cpu[b] = (THREADS.getCurrentThreadCpuTime() - before) / 1e9;
            if ((b + 1) % Math.max(1, batches / 10) == 0) {
                System.out.printf(Locale.ROOT, "  after batch %d (%d articles held): this batch %.2f s cpu%n", b + 1,
                        state.articles().size(), cpu[b]);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double total = 0;
        StringBuilder tenths = new StringBuilder();
        for (int t = 0; t < 10; t++) {
            int from = batches * t / 10;
            int to = Math.max(from + 1, batches * (t + 1) / 10);
            double sum = 0;
            for (int b = from; b < to && b < batches; b++) {
                sum += cpu[b];
            }
            tenths.append(String.format(Locale.ROOT, " %.2f", sum / Math.max(1, Math.min(to, batches) - from)));
        }
        for (double c : cpu) {
            total += c;
        }
        System.out.printf(Locale.ROOT, "clustering %d generated articles in %d batches of %d: %.1f s wall, %.1f s cpu, "
                + "%.0f articles/s (cpu), %d events, %d storylines; mean cpu s per batch by tenth of the corpus:%s%n",
                inputs.size(), batches, batch, seconds, total, inputs.size() / total,
                state.clusters().events().size(), state.clusters().stories().size(), tenths);
        assertEquals(inputs.size(), state.clusters().eventByArticle().size());
    }
}
