package org.stemma.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleTermsTest {

    @Test
    void countsComeBackAsTheDoublesTheyWereBuiltFrom() {
        // 1.3 is no float: such counts (a headline weight of 0.3, say) must not be rounded
        double[] counts = {1.0, 3.0, 1.3, 1e-9};
        ArticleTerms t = new ArticleTerms("a", Optional.empty(), new String[] {"w", "x", "y", "z"}, counts,
                new boolean[4], new String[0]);
        for (int i = 0; i < counts.length; i++) {
            assertEquals(counts[i], t.count(i));
        }
        ArticleTerms whole = new ArticleTerms("a", Optional.empty(), new String[] {"x", "y"},
                new double[] {2.0, 5.0}, new boolean[2], new String[0]);
        assertEquals(5.0, whole.count(1));
        assertEquals(2, whole.size());
    }

    @Test
    void equalByValue() {
        ArticleTerms a = new ArticleTerms("a", Optional.empty(), new String[] {"x"}, new double[] {2.0},
                new boolean[] {true}, new String[] {"x"});
        ArticleTerms same = new ArticleTerms("a", Optional.empty(), new String[] {new String("x")},
                new double[] {2.0}, new boolean[] {true}, new String[] {"x"});
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        assertNotEquals(a, new ArticleTerms("a", Optional.empty(), new String[] {"x"}, new double[] {2.5},
                new boolean[] {true}, new String[] {"x"}));
    }

    @Test
    void arraysOfDifferentLengthsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ArticleTerms("a", Optional.empty(),
                new String[] {"x"}, new double[0], new boolean[1], new String[0]));
    }
}
