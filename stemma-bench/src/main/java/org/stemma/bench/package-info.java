/**
 * JMH benchmarks of stemma's hot kernels (tokenize, fingerprint, candidate join, align) over a generated
 * corpus. Built into {@code stemma-bench/target/benchmarks.jar} by {@code mvn package}; never run by
 * {@code mvn test}. Run all: {@code java -jar stemma-bench/target/benchmarks.jar}; one, briefly:
 * {@code java -jar stemma-bench/target/benchmarks.jar TokenizeBenchmark -f 1 -wi 2 -i 3}. The input text is
 * read from the shared data folder when present (add {@code -jvmArgsAppend -Dstemma.bench.shared=DIR} when it
 * is not at {@code ../shared}), else from the project's example corpus (see {@code BenchCorpus}). Figures are
 * in docs/BENCHMARKS.md.
 */
package org.stemma.bench;
