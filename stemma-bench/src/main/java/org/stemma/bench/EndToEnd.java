package org.stemma.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.stemma.fingerprint.WordTokenizer;
import org.stemma.ingest.Corpus;
import org.stemma.ingest.IngestConfig;
import org.stemma.model.Analysis;
import org.stemma.model.Problem;
import org.stemma.model.RawArticle;
import org.stemma.model.Stage;
import org.stemma.pipeline.Pipeline;
import org.stemma.pipeline.PipelineConfig;
import org.stemma.pipeline.ProgressListener;
import org.stemma.report.ChangesWriter;
import org.stemma.report.JsonlReportWriter;
import org.stemma.report.ReportConfig;

/**
 * Times {@code stemma analyze}'s work on one corpus, stage by stage, against the floor: how long merely
 * reading the corpus and tokenizing every article's raw text takes on the same threads. Prints one line per
 * stage with its wall seconds, their multiple of the floor and the process's CPU seconds, articles per second
 * and the peak heap.
 *
 * <p>Not a JMH benchmark (one run of a minutes-long job; JMH's repetition would add nothing but time). Run:
 * {@code java -Xmx8g -cp stemma-bench/target/benchmarks.jar org.stemma.bench.EndToEnd corpus.jsonl OUT_DIR 2}
 * after {@code bin/stemma generate --articles 10000 --out corpus.jsonl}.
 */
public final class EndToEnd {
    private EndToEnd() {
    }

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: EndToEnd CORPUS OUT_DIR THREADS");
        }
        Path corpusPath = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);

        // floor: read + tokenize
        long t0 = System.nanoTime();
        long c0 = cpu();
        List<RawArticle> floorRead = read(corpusPath, new ArrayList<>());
        WordTokenizer tokenizer = new WordTokenizer();
        ForkJoinPool pool = new ForkJoinPool(threads);
        long tokens = pool.submit(() -> floorRead.parallelStream()
                .mapToLong(a -> tokenizer.tokenize(a.text()).size()).sum()).get();
        pool.shutdown();
        double floor = seconds(System.nanoTime() - t0);
        double floorCpu = seconds(cpu() - c0);
        floorRead.clear();

        // stemma analyze: ingest, stages, report
        long t1 = System.nanoTime();
        long c1 = cpu();
        List<Problem> problems = new ArrayList<>();
        List<RawArticle> raw = read(corpusPath, problems);
        double ingest = seconds(System.nanoTime() - t1);
        double ingestCpu = seconds(cpu() - c1);
        StageTimer timer = new StageTimer();
        Analysis analysis;
        // As `stemma analyze` does: changes are written to their file as they are found, in the changes stage.
        try (ChangesWriter changes = ChangesWriter.open(out)) {
            analysis = new Pipeline(PipelineConfig.defaults().withThreads(threads))
                    .analyze(raw, problems, timer, changes);
        }
        double analyzed = seconds(System.nanoTime() - t1);
        double analyzedCpu = seconds(cpu() - c1);
        long t2 = System.nanoTime();
        long c2 = cpu();
        Files.createDirectories(out);
        new JsonlReportWriter(ReportConfig.defaults()).write(analysis, out, false);
        double report = seconds(System.nanoTime() - t2);
        double reportCpu = seconds(cpu() - c2);
        double total = analyzed + report;

        System.out.printf(Locale.ROOT, "%d articles, %d tokens, %d passages, %d events, %d storylines, %d edges, "
                        + "%d threads%n", raw.size(), tokens, analysis.passages().size(), analysis.events().size(),
                analysis.stories().size(), analysis.edges().size(), threads);
        System.out.printf(Locale.ROOT, "%-12s %9s %9s %9s%n", "stage", "seconds", "x floor", "cpu s");
        line("floor", floor, floor, floorCpu);
        line("ingest", ingest, floor, ingestCpu);
        double staged = ingest;
        double stagedCpu = ingestCpu;
        for (Map.Entry<Stage, Double> e : timer.seconds.entrySet()) {
            double stageCpu = timer.cpu.get(e.getKey());
            line(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue(), floor, stageCpu);
            staged += e.getValue();
            stagedCpu += stageCpu;
        }
        line("changes", analyzed - staged, floor, analyzedCpu - stagedCpu);
        line("report", report, floor, reportCpu);
        line("total", total, floor, analyzedCpu + reportCpu);
        System.out.printf(Locale.ROOT, "%.0f articles/s; peak heap %.0f MiB (max %d MiB); largest heap after a "
                        + "collection %.0f MiB%n", raw.size() / total, peakHeapBytes() / (1024.0 * 1024.0),
                Runtime.getRuntime().maxMemory() >> 20, AFTER_GC.peak() / (1024.0 * 1024.0));
    }

    private static List<RawArticle> read(Path corpus, List<Problem> problems) throws IOException {
        List<RawArticle> out = new ArrayList<>();
        try (Corpus c = Corpus.open(List.of(corpus), IngestConfig.defaults(), problems::add)) {
            c.forEach(out::add);
        }
        return out;
    }

    private static void line(String name, double seconds, double floor, double cpuSeconds) {
        System.out.printf(Locale.ROOT, "%-12s %9.2f %9.1f %9.2f%n", name, seconds, seconds / floor, cpuSeconds);
    }

    /**
     * The process's CPU time in nanoseconds, all threads (the pipeline's, the collector's and the compiler's):
     * on a shared machine wall time measures the neighbours too, CPU time mostly this job.
     */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /**
     * The largest heap in use just after a collection, over the run: what the job held, where the sum of the
     * pools' peaks above also counts garbage that had not been collected yet. After a young collection the
     * old generation may still hold garbage, so this is an upper bound on the largest live set, not the set.
     */
    private static final AfterGc AFTER_GC = AfterGc.listen();

    private static final class AfterGc implements javax.management.NotificationListener {
        private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();

        static AfterGc listen() {
            AfterGc listener = new AfterGc();
            for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof javax.management.NotificationEmitter emitter) {
                    emitter.addNotificationListener(listener, null, null);
                }
            }
            return listener;
        }

        @Override
        public void handleNotification(javax.management.Notification n, Object handback) {
            if (!n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                return;
            }
            com.sun.management.GarbageCollectionNotificationInfo info = com.sun.management.GarbageCollectionNotificationInfo
                    .from((javax.management.openmbean.CompositeData) n.getUserData());
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    java.lang.management.MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                    used += after == null ? 0 : after.getUsed();
                }
            }
            peak.accumulateAndGet(used, Math::max);
        }

        long peak() {
            return peak.get();
        }
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** Wall time per pipeline stage, from the pipeline's own progress calls. */
    private static final class StageTimer implements ProgressListener {
        final Map<Stage, Double> seconds = new EnumMap<>(Stage.class);
        final Map<Stage, Double> cpu = new EnumMap<>(Stage.class);
        private long started;
        private long startedCpu;

        @Override
        public void begin(Stage stage, long total) {
            started = System.nanoTime();
            startedCpu = cpu();
        }

        @Override
        public void advance(long units) {
        }

        @Override
        public void end(Stage stage) {
            seconds.put(stage, seconds(System.nanoTime() - started));
            cpu.put(stage, seconds(cpu() - startedCpu));
        }
    }
}
