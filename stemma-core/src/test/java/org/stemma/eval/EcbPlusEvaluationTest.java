package org.stemma.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * End to end on ECB+ (Cybulska &amp; Vossen 2014): 982 articles, 43 topics each with two different real events.
 * Reads {@code <stemma.shared>/eval/events-ecbplus}; skipped when that folder is absent. Prints the figures and
 * holds a floor below them so a regression fails.
 */
class EcbPlusEvaluationTest {
    /** Floors a little under the measured figures: a regression fails, noise does not. */
    private static final double EVENT_BCUBED_F1_FLOOR = 0.85;
    private static final double STORY_BCUBED_F1_FLOOR = 0.85;

    static Path dataset() {
        String shared = System.getProperty("stemma.shared");
        Path dir = shared == null ? null : Path.of(shared, "eval", "events-ecbplus");
        assumeTrue(dir != null && Files.isRegularFile(dir.resolve("corpus.jsonl"))
                && Files.isRegularFile(dir.resolve("gold.tsv")),
                "ECB+ not found under stemma.shared=" + shared + "; skipping the evaluation");
        return dir;
    }

    static List<ClusterInput> readCorpus(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        WordTokenizer tokenizer = new WordTokenizer();
        List<ClusterInput> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o = json.readTree(line);
                String date = o.path("date").isTextual() ? o.get("date").asText() : "";
                String title = o.path("title").isTextual() ? o.get("title").asText() : "";
                out.add(new ClusterInput(o.get("id").asText(), tokenizer.tokenize(o.path("text").asText("")),
                        date.length() >= 10 ? Optional.of(LocalDate.parse(date.substring(0, 10))) : Optional.empty(),
                        title.isBlank() ? Optional.empty() : Optional.of(title), Optional.of(o.path("text").asText(""))));
            }
        }
        return out;
    }

    @Test
    void eventsAndStorylinesOfEcbPlusScoreAboveTheFloor() throws IOException {
        Path dir = dataset();
        List<ClusterInput> corpus = readCorpus(dir.resolve("corpus.jsonl"));
        GoldClusters gold = GoldClusters.read(dir.resolve("gold.tsv"));
        AverageLinkClusterer clusterer = new AverageLinkClusterer();
        long start = System.nanoTime();
        Clusters predicted = clusterer.cluster(corpus, List.of());
        double millis = (System.nanoTime() - start) / 1e6;
        EventsEvaluation result = EventsEvaluation.of(predicted, gold);
        System.out.printf(Locale.ROOT, "ECB+ %d articles: %d events (gold %d), %d stories (gold %d), "
                + "%.0f ms (%.0f ms per 1k articles)%n%s", corpus.size(), predicted.events().size(),
                gold.events().values().stream().distinct().count(), predicted.stories().size(),
                gold.stories().values().stream().distinct().count(), millis, millis * 1000 / corpus.size(),
                result.format());
        assertTrue(result.events().bcubedF1() >= EVENT_BCUBED_F1_FLOOR, "event BCubed F1 " + result.events());
        assertTrue(result.stories().bcubedF1() >= STORY_BCUBED_F1_FLOOR, "story BCubed F1 " + result.stories());
    }
}
