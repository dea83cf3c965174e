package org.stemma.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.stemma.align.AnchoredAligner;
import org.stemma.align.Witness;
import org.stemma.changes.RuleChangeClassifier;
import org.stemma.eval.CorpusGenerator;
import org.stemma.model.Change;
import org.stemma.model.Passage;

/**
 * Measures aligning one typical news pair, and aligning it and typing its changes: a source of about 600
 * words (paragraphs of the benchmark corpus, see {@link BenchCorpus}) and a copy with one paragraph dropped,
 * one inserted, two swapped and one word changed in every paragraph (issue #5's "typical news pair"). Time
 * per pair, so pairs per second = 1,000,000 / score. Run:
 * {@code java -jar stemma-bench/target/benchmarks.jar NewsPairAlignBenchmark -f 1 -wi 2 -i 3
 * -jvmArgsAppend -Dstemma.bench.shared=/work/shared}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NewsPairAlignBenchmark {
    private static final int WORDS = 600;
    private static final int PARAGRAPH_SOURCE_ARTICLES = 200;
    private final AnchoredAligner aligner = new AnchoredAligner();
    private final RuleChangeClassifier classifier = new RuleChangeClassifier();
    private Witness source;
    private Witness copy;

    @Setup
    public void setUp() {
        List<String> paragraphs = new ArrayList<>();
        for (CorpusGenerator.Generated g : BenchCorpus.generate(PARAGRAPH_SOURCE_ARTICLES)) {
            for (String p : g.text().split("\n")) {
                int words = p.split(" ").length;
                if (words >= 20 && words <= 120 && !paragraphs.contains(p)) {
                    paragraphs.add(p);
                }
            }
        }
        Random random = new Random(BenchCorpus.SEED);
        Collections.shuffle(paragraphs, random);
        List<String> a = new ArrayList<>();
        int words = 0;
        int next = 0;
        while (words < WORDS) {
            if (next >= paragraphs.size() - 1) {
                throw new IllegalStateException("too few paragraphs for a " + WORDS + "-word article: "
                        + paragraphs.size());
            }
            String p = paragraphs.get(next++);
            a.add(p);
            words += p.split(" ").length;
        }
        List<String> b = new ArrayList<>();
        for (String p : a) {
            String[] w = p.split(" ");
            w[random.nextInt(w.length)] = "changed";
            b.add(String.join(" ", w));
        }
        b.remove(Math.min(2, b.size() - 1));
        b.add(Math.min(4, b.size()), paragraphs.get(next));
        if (b.size() > 3) {
            Collections.swap(b, b.size() - 2, b.size() - 3);
        }
        source = Witness.ofText("a", String.join("\n", a) + "\n");
        copy = Witness.ofText("b", String.join("\n", b) + "\n");
        if (aligner.align(source, copy).isEmpty()) {
            throw new IllegalStateException("the benchmark pair shares no passage");
        }
    }

    @Benchmark
    public List<Passage> align() {
        return aligner.align(source, copy);
    }

    @Benchmark
    public List<Change> alignAndTypeChanges() {
        return classifier.classify(source, copy, aligner.align(source, copy));
    }
}
