/**
 * JMH benchmarks of stemma's hot kernels (tokenize, fingerprint, candidate join, align) over a generated
 * corpus. Built into {@code stemma-bench/target/benchmarks.jar} by {@code mvn package}; never run by
 * {@code mvn test}. Run all: {@code java -jar stemma-bench/target/benchmarks.jar}; one, briefly:
 * {@code java -jar stemma-bench/target/benchmarks.jar TokenizeBenchmark -f 1 -wi 2 -i 3}. Figures are in
 * docs/BENCHMARKS.md.
 */
package org.stemma.bench;
