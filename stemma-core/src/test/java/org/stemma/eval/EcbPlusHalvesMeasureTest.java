package org.stemma.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.stemma.cluster.AverageLinkClusterer;
import org.stemma.cluster.AverageLinkConfig;
import org.stemma.cluster.ClusterInput;
import org.stemma.cluster.Clusters;

/**
 * The guard against tuning on ECB+: its topics split by the parity of the topic number, each half clustered
 * alone (clusterer only, no dates, no passages), so a setting chosen on the even topics can be checked on the odd
 * ones. Prints event and storyline BCubed P/R/F1 for the whole corpus and each half, with the defaults and with
 * the protagonist rule off. Runs only when asked, with {@code -Dstemma.measure.halves=true} and the shared data.
 */
class EcbPlusHalvesMeasureTest {

    @Test
    void evenAndOddTopicsAreScoredApart() throws IOException {
        assumeTrue(Boolean.getBoolean("stemma.measure.halves"), "set -Dstemma.measure.halves=true to measure");
        Path dir = EcbPlusEvaluationTest.dataset();
        List<ClusterInput> corpus = EcbPlusEvaluationTest.readCorpus(dir.resolve("corpus.jsonl"));
        GoldClusters gold = GoldClusters.read(dir.resolve("gold.tsv"));
        Map<String, AverageLinkConfig> settings = Map.of("defaults", AverageLinkConfig.defaults(),
                "protagonistConflict 0", AverageLinkConfig.defaults().withProtagonistConflict(0));
        for (String name : new TreeMap<>(settings).keySet()) {
            AverageLinkClusterer clusterer = new AverageLinkClusterer(settings.get(name));
            for (String half : List.of("all", "even", "odd")) {
                List<ClusterInput> part = new ArrayList<>();
                Map<String, String> events = new TreeMap<>();
                Map<String, String> stories = new TreeMap<>();
                for (ClusterInput in : corpus) {
                    String topic = gold.stories().get(in.id());
                    if (topic != null && (half.equals("all") || half.equals("even") == (Integer.parseInt(topic) % 2 == 0))) {
                        part.add(in);
                        events.put(in.id(), gold.events().get(in.id()));
                        stories.put(in.id(), topic);
                    }
                }
                Clusters c = clusterer.cluster(part, List.of());
                EventsEvaluation e = EventsEvaluation.of(c, new GoldClusters(events, stories));
                System.out.printf(Locale.ROOT, "%-22s %-4s %4d articles  event B3 P/R/F1 %.3f/%.3f/%.3f  "
                        + "story B3 P/R/F1 %.3f/%.3f/%.3f%n", name, half, part.size(), e.events().bcubedPrecision(),
                        e.events().bcubedRecall(), e.events().bcubedF1(), e.stories().bcubedPrecision(),
                        e.stories().bcubedRecall(), e.stories().bcubedF1());
            }
        }
    }
}
