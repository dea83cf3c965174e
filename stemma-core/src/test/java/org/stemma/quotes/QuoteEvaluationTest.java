package org.stemma.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.stemma.clean.CleanerConfig;
import org.stemma.clean.RuleCleaner;
import org.stemma.model.Origin;
import org.stemma.model.Quote;
import org.stemma.model.QuoteKind;
import org.stemma.model.RawArticle;
import org.stemma.model.Span;
import org.stemma.model.Speaker;

class QuoteEvaluationTest {
    /** Floors under the measured figures (P 0.968, R 0.827): the targets. */
    private static final double PRECISION_FLOOR = 0.9;
    private static final double RECALL_FLOOR = 0.8;

    @Test
    void matchingNeedsHalfTheShorterSpanAndIsOneToOne() {
        QuoteEvaluation.Label gold = new QuoteEvaluation.Label("a", new Span(10, 30), Optional.of(new Span(0, 5)),
                Optional.of("Anna Berg"), QuoteKind.DIRECT);
        Quote half = new Quote("a", new Span(20, 40), QuoteKind.DIRECT,
                Optional.of(new Speaker(new Span(50, 54), "Berg")));
        Quote tooLittle = new Quote("a", new Span(0, 14), QuoteKind.DIRECT, Optional.empty());
        QuoteEvaluation e = QuoteEvaluation.of(Map.of("a", List.of(gold)), Map.of("a", List.of(half, tooLittle)));
        assertEquals(1, e.matched());
        assertEquals(0.5, e.precision(), 1e-9);
        assertEquals(1.0, e.recall(), 1e-9);
        assertEquals(1.0, e.speakerAccuracy(), 1e-9, "same last name counts");
    }

    @Test
    void handLabelsOfEcbPlusAreMetAboveTheTargets() throws IOException {
        Optional<Path> dir = QuotesSeedsTest.shared("eval/events-ecbplus");
        assumeTrue(dir.isPresent(), "ECB+ not found (stemma.shared=" + System.getProperty("stemma.shared")
                + "); skipping the quotation evaluation");
        Path labels = Path.of("src/test/resources/quotes/ecbplus-labels.tsv");
        Map<String, List<QuoteEvaluation.Label>> gold = QuoteEvaluation.readLabels(labels);
        assertTrue(gold.size() >= 40, "at least 40 labelled articles");
        RuleCleaner cleaner = new RuleCleaner(CleanerConfig.defaults());
        RuleQuoteExtractor extractor = new RuleQuoteExtractor();
        Map<String, List<Quote>> predicted = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(dir.get().resolve("corpus.jsonl"), StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode o = json.readTree(line);
                String id = o.get("id").asText();
                if (gold.containsKey(id)) {
                    RawArticle raw = new RawArticle(id, o.get("text").asText(), Optional.empty(), Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.of("en"), new Origin("corpus.jsonl", 0), 0);
                    predicted.put(id, extractor.extract(cleaner.clean(raw)));
                }
            }
        }
        QuoteEvaluation e = QuoteEvaluation.of(gold, predicted);
        System.out.print(e.format());
        assertTrue(e.precision() >= PRECISION_FLOOR, e.format());
        assertTrue(e.recall() >= RECALL_FLOOR, e.format());
    }
}
