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
import org.stemma.candidates.CandidatePair;
import org.stemma.candidates.InvertedAnchorIndex;
import org.stemma.eval.CorpusGenerator;
import org.stemma.fingerprint.Fingerprints;
import org.stemma.fingerprint.WinnowingFingerprinter;
import org.stemma.fingerprint.WordTokenizer;

/**
 * Measures the candidate join ({@link InvertedAnchorIndex#findAll}: postings, document-frequency cap, pair
 * counting) over the fingerprints of a generated corpus: time per corpus. The generated corpus reuses few
 * sources heavily, so many anchors hit the cap; that is the skewed case the cap exists for. Run:
 * {@code java -jar stemma-bench/target/benchmarks.jar CandidateJoinBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CandidateJoinBenchmark {
    @Param("1000")
    public int articles;
    private List<Fingerprints> prints;
    private final InvertedAnchorIndex index = new InvertedAnchorIndex();

    @Setup
    public void setUp() {
        WordTokenizer tokenizer = new WordTokenizer();
        WinnowingFingerprinter fingerprinter = new WinnowingFingerprinter();
        prints = new ArrayList<>();
        for (CorpusGenerator.Generated g : BenchCorpus.generate(articles)) {
            prints.add(fingerprinter.fingerprint(g.id(), tokenizer.tokenize(g.text())));
        }
    }

    @Benchmark
    public List<CandidatePair> join() {
        return index.findAll(prints);
    }
}
