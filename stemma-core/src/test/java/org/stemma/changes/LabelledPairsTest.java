package org.stemma.changes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stemma.align.AnchoredAligner;
import org.stemma.eval.ChangeEvaluation;
import org.stemma.eval.DerivationPairs;
import org.stemma.model.ChangeKind;

/** Measures edit typing on the labelled derivation pairs and holds it to the targets. */
class LabelledPairsTest {

    private static final Path DIR = Path.of("src/test/resources/changes");
    /** A kind is common when the set expects it in at least this many pairs. */
    private static final int COMMON = 5;
    /** The target for common kinds. */
    private static final double TARGET = 0.9;
    /** What every common kind is held to: the target. Measured 2026-11-23: every kind at 1.0 on pairs.txt. */
    private static final double FLOOR = TARGET;

    @Test
    void everyCommonKindStaysNearTheTargetAndTheWholeSetAboveIt() throws IOException {
        List<DerivationPairs.Pair> pairs = DerivationPairs.read(DIR);
        assertTrue(pairs.size() >= 60, "at least 60 pairs: " + pairs.size());
        ChangeEvaluation result = ChangeEvaluation.run(pairs, new AnchoredAligner(), new RuleChangeClassifier());
        System.out.print("labelled pairs\n" + result.format());
        for (ChangeKind k : ChangeKind.values()) {
            int[] c = result.counts().get(k);
            if (c[0] + c[2] >= COMMON) {
                assertTrue(result.precision(k) >= FLOOR && result.recall(k) >= FLOOR,
                        k + " below " + FLOOR + ":\n" + result.format() + String.join("\n", result.misses()));
            }
        }
        assertTrue(result.micro()[0] >= TARGET && result.micro()[1] >= TARGET, result.format());
    }

    @ParameterizedTest
    @ValueSource(strings = {"heldout.txt", "heldout2.txt"})
    void theHeldOutPairsAreScoredToo(String file) throws IOException {
        List<DerivationPairs.Pair> pairs = DerivationPairs.read(DIR, file);
        assertTrue(pairs.size() >= 10, "at least 10 held-out pairs: " + pairs.size());
        ChangeEvaluation result = ChangeEvaluation.run(pairs, new AnchoredAligner(), new RuleChangeClassifier());
        System.out.print(file + "\n" + result.format());
        assertTrue(result.micro()[0] >= 0.8 && result.micro()[1] >= 0.8, result.format()
                + String.join("\n", result.misses()));
    }
}
