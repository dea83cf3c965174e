package org.stemma.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.stemma.align.AnchoredAligner;
import org.stemma.align.Witness;
import org.stemma.candidates.CandidatePair;
import org.stemma.candidates.InvertedAnchorIndex;
import org.stemma.eval.CorpusGenerator;
import org.stemma.fingerprint.Fingerprints;
import org.stemma.fingerprint.WinnowingFingerprinter;
import org.stemma.fingerprint.WordTokenizer;

/**
 * Measures {@link AnchoredAligner} on the first {@code pairs} candidate pairs of a generated corpus (pairs
 * that really share text, as in the pipeline): time per batch of pairs, so pairs per second = pairs / time.
 * Run: {@code java -jar stemma-bench/target/benchmarks.jar AlignBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AlignBenchmark {
    /** Articles generated to draw candidate pairs from. */
    private static final int ARTICLES = 2000;
    @Param("1000")
    public int pairs;
    private final List<Witness[]> batch = new ArrayList<>();
    private final AnchoredAligner aligner = new AnchoredAligner();

    @Setup
    public void setUp() {
        WordTokenizer tokenizer = new WordTokenizer();
        WinnowingFingerprinter fingerprinter = new WinnowingFingerprinter();
        List<Fingerprints> prints = new ArrayList<>();
        java.util.Map<String, Witness> witnesses = new java.util.HashMap<>();
        for (CorpusGenerator.Generated g : BenchCorpus.generate(ARTICLES)) {
            var tokens = tokenizer.tokenize(g.text());
            prints.add(fingerprinter.fingerprint(g.id(), tokens));
            witnesses.put(g.id(), new Witness(g.id(), g.text(), tokens));
        }
        for (CandidatePair p : new InvertedAnchorIndex().findAll(prints)) {
            if (batch.size() == pairs) {
                break;
            }
            batch.add(new Witness[] {witnesses.get(p.a()), witnesses.get(p.b())});
        }
        if (batch.size() < pairs) {
            throw new IllegalStateException("only " + batch.size() + " candidate pairs among " + ARTICLES
                    + " generated articles, " + pairs + " wanted: use more varied sources (see BenchCorpus)");
        }
    }

    @Benchmark
    public void align(Blackhole sink) {
        for (Witness[] pair : batch) {
            sink.consume(aligner.align(pair[0], pair[1]));
        }
    }
}
