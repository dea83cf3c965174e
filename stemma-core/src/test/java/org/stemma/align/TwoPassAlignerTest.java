package org.stemma.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.fingerprint.Stopwords;
import org.stemma.model.Passage;

class TwoPassAlignerTest {
    /** Strict: a reworded stretch longer than two words ends a passage. */
    private static final AnchoredAligner.Config STRICT = new AnchoredAligner.Config(3, 8, 20, 2, 32, 200_000,
            1 << 20, Stopwords.allBundled());
    private static final AnchoredAligner.Config LOOSE = new AnchoredAligner.Config(2, 4, 60, 40, 32, 200_000,
            1 << 20, Stopwords.allBundled());
    private final TwoPassAligner aligner = new TwoPassAligner(new TwoPassAligner.Config(STRICT, LOOSE, 400));

    private static final String ORIGINAL = "The river rose quickly during the night and the water reached the "
            + "old stone bridge before dawn. Farmers moved their animals to higher fields while the volunteers "
            + "filled sandbags near the school. By noon the mayor said the worst was over, but the roads to the "
            + "north stayed closed for two more days because of mud and fallen trees.";
    /** The same story with most words swapped for others: only two-word runs survive in the second half. */
    private static final String REWORDED = "The river rose quickly during the night and the water reached the "
            + "old stone bridge before dawn. Farmers led their cattle to higher meadows as helpers packed "
            + "sandbags beside the school. At midday the mayor declared the worst was past, yet roads to the "
            + "north remained shut for two further days owing to mud and fallen trunks.";

    @Test
    void theLoosePassReachesFurtherIntoAParaphraseThanTheStrictOne() {
        Witness a = Witness.ofText("a", ORIGINAL);
        Witness b = Witness.ofText("b", REWORDED);
        List<Passage> strict = new AnchoredAligner(STRICT).align(a, b);
        List<Passage> both = AlignmentChecks.alignChecked(aligner, a, b);
        assertTrue(Passages.coverage(b, both) > Passages.coverage(b, strict),
                "two passes " + Passages.coverage(b, both) + " vs strict " + Passages.coverage(b, strict));
    }

    @Test
    void withoutAStrictPassageNothingIsBelieved() {
        Witness a = Witness.ofText("a", "the cat sat on the mat and the dog lay by the door of the house");
        Witness b = Witness.ofText("b", "the cat lay near the door and the dog sat on the mat of the shed");
        assertEquals(List.of(), new AnchoredAligner(STRICT).align(a, b));
        assertTrue(!new AnchoredAligner(LOOSE).align(a, b).isEmpty(), "the loose pass alone finds chance pairs");
        assertEquals(List.of(), aligner.align(a, b));
    }

    @Test
    void aTextAlignedWithItselfIsCoveredWhole() {
        Witness a = Witness.ofText("a", ORIGINAL);
        Witness b = Witness.ofText("b", ORIGINAL);
        List<Passage> passages = AlignmentChecks.alignChecked(aligner, a, b);
        assertEquals(1.0, Passages.coverage(a, passages), 1e-9);
    }

    /** The original with every third word replaced: no three equal words in a row are left. */
    private static String everyThirdWordReplaced(String text) {
        String[] words = text.split(" ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            sb.append(i > 0 ? " " : "").append(i % 3 == 2 ? "w" + i : words[i]);
        }
        return sb.toString();
    }

    @Test
    void aLongLoosePassageIsKeptOnItsOwnWhenStandaloneIsSet() {
        Witness a = Witness.ofText("a", ORIGINAL);
        Witness b = Witness.ofText("b", everyThirdWordReplaced(ORIGINAL));
        assertEquals(List.of(), new AnchoredAligner(STRICT).align(a, b), "no strict seed survives");
        assertEquals(List.of(), aligner.align(a, b), "by default a loose passage needs a strict one near");
        TwoPassAligner standalone = new TwoPassAligner(new TwoPassAligner.Config(STRICT, LOOSE, 400, 20));
        List<Passage> found = AlignmentChecks.alignChecked(standalone, a, b);
        assertTrue(Passages.coverage(b, found) > 0.8, "coverage " + Passages.coverage(b, found));
    }

    @Test
    void chanceMatchesAreNotLongEnoughToStandAlone() {
        Witness a = Witness.ofText("a", "the cat sat on the mat and the dog lay by the door of the house");
        Witness b = Witness.ofText("b", "the cat lay near the door and the dog sat on the mat of the shed");
        TwoPassAligner standalone = new TwoPassAligner(new TwoPassAligner.Config(STRICT, LOOSE, 400, 20));
        assertEquals(List.of(), standalone.align(a, b));
    }
}
