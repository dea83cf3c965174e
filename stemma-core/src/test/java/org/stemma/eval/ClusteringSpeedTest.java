package org.stemma.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stemma.cluster.AverageLinkClusterer;
import org.stemma.cluster.ClusterInput;
import org.stemma.cluster.Clusters;
import org.stemma.fingerprint.WordTokenizer;

/**
 * Articles per second for clustering alone, on a corpus {@link CorpusGenerator} makes from the real text under
 * {@code stemma.shared}. Runs only when asked, with {@code -Dstemma.speed.articles=10000} (a comma-separated list
 * of sizes is allowed), since it takes long; skipped otherwise or without the shared data. Tokenising is done
 * before the clock starts; no passages are given, so the figure is the clusterer's own cost.
 */
class ClusteringSpeedTest {

    @Test
    void clusteringAGeneratedCorpusReportsArticlesPerSecond() throws IOException {
        String sizes = System.getProperty("stemma.speed.articles");
        assumeTrue(sizes != null && !sizes.isBlank(), "set -Dstemma.speed.articles=N to measure clustering speed");
        String shared = System.getProperty("stemma.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "eval")),
                "shared data not found under stemma.shared=" + shared + "; skipping the speed measurement");
        List<String> sources = CorpusGenerator.readSources(Path.of(shared));
        WordTokenizer tokenizer = new WordTokenizer();
        for (String size : sizes.split(",")) {
            int n = Integer.parseInt(size.strip());
            List<ClusterInput> inputs = new ArrayList<>(n);
            for (CorpusGenerator.Generated g : new CorpusGenerator(CorpusGenerator.Settings.defaults())
                    .generate(sources, n)) {
                inputs.add(new ClusterInput(g.id(), tokenizer.tokenize(g.text()), Optional.of(g.date()),
                        Optional.of(g.title()), Optional.of(g.text())));
            }
            long start = System.nanoTime();
            Clusters c = new AverageLinkClusterer().cluster(inputs, List.of());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "clustering %d generated articles (%d sources): %.1f s, %.0f articles/s, "
                    + "%d events, %d storylines%n", n, sources.size(), seconds, n / seconds, c.events().size(),
                    c.stories().size());
            assertEquals(n, c.eventByArticle().size());
        }
    }
}
