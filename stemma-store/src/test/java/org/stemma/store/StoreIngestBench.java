package org.stemma.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.stemma.eval.CorpusGenerator;
import org.stemma.model.Origin;
import org.stemma.model.RawArticle;

/**
 * Measures ingest rate into a store and trace latency, on a corpus made by {@link CorpusGenerator} from the
 * shared data folder. Not a test: run by hand, see docs/BENCHMARKS.md ("Store").
 *
 * <p>Arguments: shared folder, data folder (must be new), article count, batch size, traces.
 */
public final class StoreIngestBench {
    private StoreIngestBench() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        int batchSize = Integer.parseInt(args[3]);
        int traces = Integer.parseInt(args[4]);
        List<CorpusGenerator.Generated> corpus = new CorpusGenerator(CorpusGenerator.Settings.defaults())
                .generate(CorpusGenerator.readSources(shared), count);
        long start = System.nanoTime();
        try (Store store = Store.open(dir)) {
            for (int from = 0; from < count; from += batchSize) {
                List<RawArticle> batch = new ArrayList<>();
                for (CorpusGenerator.Generated g : corpus.subList(from, Math.min(count, from + batchSize))) {
                    batch.add(new RawArticle(g.id(), g.text(), Optional.of("outlet"), Optional.empty(),
                            Optional.of(g.title()), Optional.of(g.date().toString()), Optional.empty(),
                            new Origin(g.id(), 0), 0));
                }
                long t = System.nanoTime();
                CommitResult r = store.commit(batch, "batch " + from);
                double s = (System.nanoTime() - t) / 1e9;
                System.out.printf("batch %d: %d articles, %d passages in %.2f s (%.0f articles/s)%n", r.seq(),
                        r.articles(), r.passages(), s, r.articles() / s);
            }
            double total = (System.nanoTime() - start) / 1e9;
            System.out.printf("ingest: %d articles in %.1f s = %.0f articles/s%n", count, total, count / total);
            Random rng = new Random(1);
            long[] nanos = new long[traces];
            int found = 0;
            try (Snapshot s = store.snapshot()) {
                for (int i = 0; i < traces; i++) {
                    String[] lines = corpus.get(rng.nextInt(count)).text().split("\n");
                    String passage = lines[rng.nextInt(lines.length)];
                    long t = System.nanoTime();
                    found += s.trace(passage, TraceConfig.defaults()).isEmpty() ? 0 : 1;
                    nanos[i] = System.nanoTime() - t;
                }
            }
            Arrays.sort(nanos);
            System.out.printf("trace: %d passages (one line of a stored article), %d found; p50 %.1f ms, "
                            + "p99 %.1f ms%n", traces, found, nanos[traces / 2] / 1e6,
                    nanos[Math.min(traces - 1, (int) (traces * 0.99))] / 1e6);
        }
    }
}
