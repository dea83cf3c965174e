package org.stemma.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stemma.model.DateBasis;
import org.stemma.model.Edge;
import org.stemma.model.LostSource;
import org.stemma.model.PublicationDate;

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

    /** Family t: r -> a -> b, r -> c, with a and b twins (same text, same day); d is nobody's twin. */
    private static final ProvenanceTruth TWINS = new ProvenanceTruth(List.of(
            new ProvenanceTruth.Lineage("r", "t", Optional.empty(), true),
            new ProvenanceTruth.Lineage("a", "t", Optional.of("r"), true),
            new ProvenanceTruth.Lineage("b", "t", Optional.of("a"), true),
            new ProvenanceTruth.Lineage("c", "t", Optional.of("a"), true),
            new ProvenanceTruth.Lineage("d", "t", Optional.of("r"), true)));
    private static final java.time.LocalDate DAY = java.time.LocalDate.of(2026, 3, 2);
    private static final java.util.Map<String, ProvenanceEvaluation.Witness> KEYS = java.util.Map.of(
            "r", witness("root text", DAY), "a", witness("a's text", DAY), "b", witness("a's text", DAY),
            "c", witness("c's text", DAY.plusDays(1)), "d", witness("d's text", DAY));

    private static ProvenanceEvaluation.Witness witness(String text, java.time.LocalDate day) {
        return new ProvenanceEvaluation.Witness(text, Optional.of(day));
    }

    @Test
    void aTwinDatedAfterTheCopyDoesNotStandIn() {
        // e has a's text but is dated after c: c hung on e is a real error
        java.util.Map<String, ProvenanceEvaluation.Witness> keys = new java.util.HashMap<>(KEYS);
        keys.put("b", witness("a's text", DAY.plusDays(2)));
        ProvenanceEvaluation e = ProvenanceEvaluation.of(TWINS, List.of(edge("r", "a", 0.9), edge("a", "b", 0.9),
                edge("b", "c", 0.9), edge("r", "d", 0.9)), List.of(), keys);
        assertEquals(4, e.dated().rightParents());
        assertEquals(4, e.dated().rightUpToTwins());
        // dated on c's day, it stands in for a
        keys.put("b", witness("a's text", DAY.plusDays(1)));
        e = ProvenanceEvaluation.of(TWINS, List.of(edge("r", "a", 0.9), edge("a", "b", 0.9),
                edge("b", "c", 0.9), edge("r", "d", 0.9)), List.of(), keys);
        assertEquals(5, e.dated().rightUpToTwins());
    }

    @Test
    void twinsSwappedAreRightOnlyInTheTolerantCount() {
        // b and a swapped (b took r's text, a copied b), c hung on b: indistinguishable from the truth
        ProvenanceEvaluation e = ProvenanceEvaluation.of(TWINS, List.of(edge("r", "b", 0.9), edge("b", "a", 0.9),
                edge("b", "c", 0.9), edge("r", "d", 0.9)), List.of(), KEYS);
        assertEquals(2, e.dated().rightParents()); // r (root) and d
        assertEquals(5, e.dated().rightUpToTwins());
        assertEquals(1.0, e.dated().twinTolerantAccuracy());
    }

    @Test
    void aTwinDoesNotExcuseRealErrors() {
        // the twins hung under d, which is not r's twin; c hung on r, its grandparent; r given a parent
        ProvenanceEvaluation e = ProvenanceEvaluation.of(TWINS, List.of(edge("d", "a", 0.9), edge("a", "b", 0.9),
                edge("r", "c", 0.9), edge("c", "r", 0.5), edge("r", "d", 0.9)), List.of(), KEYS);
        // right: b (strict), d (strict); a's parent d is not r's twin; c's parent r is not a's twin
        assertEquals(2, e.dated().rightParents());
        assertEquals(2, e.dated().rightUpToTwins());
        // without keys the tolerant count is the strict one
        ProvenanceEvaluation strict = ProvenanceEvaluation.of(TWINS, List.of(edge("r", "b", 0.9),
                edge("b", "a", 0.9)), List.of());
        assertEquals(strict.dated().rightParents(), strict.dated().rightUpToTwins());
    }

    /** Dated families g1: p -> q and g2: u -> v; undated family g3: m -> n. */
    private static final ProvenanceTruth TWO_DATED = new ProvenanceTruth(List.of(
            new ProvenanceTruth.Lineage("p", "g1", Optional.empty(), true),
            new ProvenanceTruth.Lineage("q", "g1", Optional.of("p"), true),
            new ProvenanceTruth.Lineage("u", "g2", Optional.empty(), true),
            new ProvenanceTruth.Lineage("v", "g2", Optional.of("u"), true),
            new ProvenanceTruth.Lineage("m", "g3", Optional.empty(), false),
            new ProvenanceTruth.Lineage("n", "g3", Optional.of("m"), false)));

    private static PublicationDate at(String day, String time) {
        return new PublicationDate(Optional.of(java.time.LocalDate.parse(day)),
                Optional.ofNullable(time).map(java.time.LocalTime::parse), DateBasis.STATED, Optional.empty());
    }

    @Test
    void onlyFamiliesWithEveryDateGivenAndNoCopyDatedBeforeItsParentCountAsWhole() {
        java.util.Map<String, PublicationDate> dates = new java.util.HashMap<>(java.util.Map.of(
                "p", at("2026-03-02", "10:00"), "q", at("2026-03-02", "12:00"),
                "u", at("2026-03-02", "10:00"), "v", at("2026-03-02", "09:00"),
                "m", PublicationDate.UNKNOWN, "n", PublicationDate.UNKNOWN));
        // both copies hung right, but the family whose copy is dated an hour before its parent is not whole
        List<Edge> right = List.of(edge("p", "q", 0.9), edge("u", "v", 0.9), edge("m", "n", 0.9));
        ProvenanceEvaluation e = ProvenanceEvaluation.of(TWO_DATED, right, List.of(), Map.of(), dates);
        assertEquals(2, e.dated().wholeDatedArticles());
        assertEquals(1.0, e.dated().wholeDatesAccuracy());
        assertEquals(0, e.undated().wholeDatedArticles());
        assertEquals(Double.NaN, e.undated().wholeDatesAccuracy());
        // a wrong parent in the whole family counts against it; one in the other family does not
        e = ProvenanceEvaluation.of(TWO_DATED, List.of(edge("q", "p", 0.9), edge("v", "u", 0.9)), List.of(), Map.of(),
                dates);
        assertEquals(0, e.dated().wholeDatedRight());
        assertEquals(2, e.dated().wholeDatedArticles());
        // on the same day without times nothing is before; a missing date breaks the family
        dates.put("v", at("2026-03-02", null));
        dates.put("q", PublicationDate.UNKNOWN);
        e = ProvenanceEvaluation.of(TWO_DATED, List.of(edge("q", "p", 0.9), edge("u", "v", 0.9)), List.of(), Map.of(),
                dates);
        assertEquals(2, e.dated().wholeDatedArticles());
        assertEquals(1.0, e.dated().wholeDatesAccuracy());
        assertEquals(0.5, e.dated().parentAccuracy());
        // without dates at all no family is whole
        assertEquals(0, ProvenanceEvaluation.of(TWO_DATED, right, List.of()).dated().wholeDatedArticles());
    }
}
