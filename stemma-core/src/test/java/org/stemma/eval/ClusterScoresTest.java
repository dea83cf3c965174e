package org.stemma.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
    private static final double EPS = 1e-9;
    private static final Map<String, String> GOLD = Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y");

    @Test
    void aPerfectPredictionScoresOneEverywhere() {
        ClusterScores s = ClusterScores.of(Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2"), GOLD);
        assertEquals(1, s.bcubedF1(), EPS);
        assertEquals(1, s.pairwiseF1(), EPS);
        assertEquals(1, s.adjustedRand(), EPS);
        assertEquals(5, s.items());
    }

    @Test
    void everythingInOneClusterHasFullRecallAndHandComputedPrecision() {
        ClusterScores s = ClusterScores.of(Map.of("a", "1", "b", "1", "c", "1", "d", "1", "e", "1"), GOLD);
        // BCubed precision: three items see 3/5 right, two see 2/5: (3*3/5 + 2*2/5) / 5 = 13/25.
        assertEquals(13.0 / 25, s.bcubedPrecision(), EPS);
        assertEquals(1, s.bcubedRecall(), EPS);
        // Pairs: 10 predicted, 3 + 1 = 4 true.
        assertEquals(0.4, s.pairwisePrecision(), EPS);
        assertEquals(1, s.pairwiseRecall(), EPS);
        assertEquals(0, s.adjustedRand(), EPS);
    }

    @Test
    void missingItemsCountAsSingletons() {
        ClusterScores missing = ClusterScores.of(Map.of("a", "1", "b", "1", "d", "2", "e", "2"), GOLD);
        ClusterScores explicit = ClusterScores.of(Map.of("a", "1", "b", "1", "c", "3", "d", "2", "e", "2"), GOLD);
        assertEquals(explicit, missing);
        // BCubed recall: a, b see 2/3, c sees 1/3, d, e see 1: (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15.
        assertEquals(11.0 / 15, missing.bcubedRecall(), EPS);
        assertEquals(1, missing.bcubedPrecision(), EPS);
    }

    @Test
    void adjustedRandMatchesAHandComputedCase() {
        // Contingency: {a,b} with x, {c,d} split x/y, {e} with y. sum C(nij,2) = 1; predicted pairs 2, gold 4.
        ClusterScores s = ClusterScores.of(Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "3"), GOLD);
        double expected = 2.0 * 4 / 10;
        double ari = (1 - expected) / ((2 + 4) / 2.0 - expected);
        assertEquals(ari, s.adjustedRand(), EPS);
    }
}
