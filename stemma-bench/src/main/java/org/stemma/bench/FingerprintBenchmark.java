package org.stemma.bench;

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
import org.stemma.fingerprint.TokenSequence;
import org.stemma.fingerprint.WinnowingFingerprinter;
import org.stemma.fingerprint.WordTokenizer;

/**
 * Measures {@link WinnowingFingerprinter} (k-shingle hashing and winnowing, Schleimer et al. 2003) over a
 * batch of already tokenized generated articles, so tokenizing is not counted: time per batch. Run:
 * {@code java -jar stemma-bench/target/benchmarks.jar FingerprintBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FingerprintBenchmark {
    @Param("1000")
    public int articles;
    private List<TokenSequence> tokens;
    private final WinnowingFingerprinter fingerprinter = new WinnowingFingerprinter();

    @Setup
    public void setUp() {
        WordTokenizer tokenizer = new WordTokenizer();
        tokens = BenchCorpus.generate(articles).stream().map(g -> tokenizer.tokenize(g.text())).toList();
    }

    @Benchmark
    public void fingerprint(Blackhole sink) {
        for (int i = 0; i < tokens.size(); i++) {
            sink.consume(fingerprinter.fingerprint("a" + i, tokens.get(i)));
        }
    }
}
