package org.stemma.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stemma.model.Edge;
import org.stemma.model.LostSource;

class ProvenanceEvaluationTest {
    /** Dated family f1: a -> b -> c. Undated family f2: lost:f2 -> x, y. */
    private static final ProvenanceTruth TRUTH = new ProvenanceTruth(List.of(
            new ProvenanceTruth.Lineage("a", "f1", Optional.empty(), true),
            new ProvenanceTruth.Lineage("b", "f1", Optional.of("a"), true),
            new ProvenanceTruth.Lineage("c", "f1", Optional.of("b"), true),
            new ProvenanceTruth.Lineage("x", "f2", Optional.of("lost:f2"), false),
            new ProvenanceTruth.Lineage("y", "f2", Optional.of("lost:f2"), false)));

    private static Edge edge(String s, String t, double confidence) {
        return new Edge(s, t, confidence, List.of());
    }

    @Test
    void aPerfectGraphScoresOneEverywhere() {
        ProvenanceEvaluation e = ProvenanceEvaluation.of(TRUTH,
                List.of(edge("a", "b", 0.9), edge("b", "c", 0.8), edge("lost:x", "x", 0.7), edge("lost:x", "y", 0.7)),
                List.of(new LostSource("lost:x", List.of("x", "y"), Optional.empty())));
        assertEquals(1.0, e.dated().parentAccuracy());
        assertEquals(1.0, e.undated().parentAccuracy());
        assertEquals(1.0, e.undated().lostPrecision());
        assertEquals(1.0, e.undated().lostRecall());
        assertEquals(1.0, e.dated().directionAccuracy());
    }

    @Test
    void aGrandparentAReversedEdgeAndAMissedLostSourceCountAgainst() {
        ProvenanceEvaluation e = ProvenanceEvaluation.of(TRUTH,
                List.of(edge("b", "a", 0.9), edge("a", "c", 0.8), edge("x", "y", 0.5)), List.of());
        // a has a parent (wrong), b has none (wrong), c has its grandparent (wrong).
        assertEquals(0.0, e.dated().parentAccuracy());
        // b -> a is reversed, a -> c goes the right way (a is c's ancestor).
        assertEquals(0.5, e.dated().directionAccuracy());
        assertEquals(0.0, e.undated().lostRecall());
        assertEquals(Double.NaN, e.undated().lostPrecision());
        // x has no parent (wrong), y has x (wrong).
        assertEquals(0.0, e.undated().parentAccuracy());
        assertEquals(0.0, e.all().parentAccuracy());
        assertEquals(5, e.all().articles());
    }
}
