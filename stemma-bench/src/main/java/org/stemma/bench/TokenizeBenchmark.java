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
import org.stemma.fingerprint.WordTokenizer;

/**
 * Measures {@link WordTokenizer#tokenize(String)} over a batch of generated articles: time per batch, so
 * articles per second = batch / time. Run: {@code java -jar stemma-bench/target/benchmarks.jar
 * TokenizeBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TokenizeBenchmark {
    @Param("1000")
    public int articles;
    private List<String> texts;
    private final WordTokenizer tokenizer = new WordTokenizer();

    @Setup
    public void setUp() {
        texts = BenchCorpus.generate(articles).stream().map(g -> g.text()).toList();
    }

    @Benchmark
    public void tokenize(Blackhole sink) {
        for (String t : texts) {
            sink.consume(tokenizer.tokenize(t));
        }
    }
}
