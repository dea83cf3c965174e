package org.stemma.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stemma.align.AnchoredAligner;
import org.stemma.align.Witness;
import org.stemma.model.Change;
import org.stemma.model.ChangeKind;

class RuleChangeClassifierTest {

    private static final String SOURCE = "The ferry company cancelled all crossings on Monday because of the storm, "
            + "officials at the harbour said.\n"
            + "About 3,000 passengers were stranded, and the company is believed to be arranging hotel rooms.\n"
            + "A spokesman said the ships would \"sail again as soon as it is safe\" and that no one was hurt.\n"
            + "The company denies that it ignored the forecast.\n";

    private final AnchoredAligner aligner = new AnchoredAligner();
    private final RuleChangeClassifier classifier = new RuleChangeClassifier();

    private List<Change> changes(String source, String target) {
        Witness s = Witness.ofText("source", source);
        Witness t = Witness.ofText("target", target);
        List<Change> out = classifier.classify(s, t, aligner.align(s, t));
        for (Change c : out) {
            assertEquals(c.inSource().of(source), c.before(), "before is the source's text at its span");
            assertEquals(c.inTarget().of(target), c.after(), "after is the target's text at its span");
            assertEquals(c.kind().meaningChanging(), c.meaningChanging());
        }
        return out;
    }

    private Set<ChangeKind> kinds(String target) {
        return changes(SOURCE, target).stream().map(Change::kind).collect(Collectors.toSet());
    }

    @Test
    void anUnchangedCopyHasNoChanges() {
        assertEquals(List.of(), changes(SOURCE, SOURCE));
    }

    @Test
    void aDroppedHedgeIsTypedAsSuch() {
        assertEquals(Set.of(ChangeKind.DROPPED_HEDGE), kinds(SOURCE.replace("is believed to be arranging", "is arranging")));
    }

    @Test
    void eightForAFigureIsSpellingButAnotherFigureIsANumberChange() {
        assertEquals(Set.of(ChangeKind.SPELLING_STYLE), kinds(SOURCE.replace("3,000", "3 000")));
        assertEquals(Set.of(ChangeKind.NUMBER_CHANGED), kinds(SOURCE.replace("3,000", "300")));
    }

    @Test
    void removedQuotationMarksAreFoundAroundTheQuotedWords() {
        List<Change> found = changes(SOURCE, SOURCE.replace("\"sail again as soon as it is safe\"",
                "sail again as soon as it is safe"));
        assertEquals(1, found.size(), found.toString());
        assertEquals(ChangeKind.QUOTE_MARKS_REMOVED, found.get(0).kind());
        assertEquals("sail again as soon as it is safe", found.get(0).before());
    }

    @Test
    void aClosingDenialReplacedByAQuestionMarkIsADroppedDenial() {
        assertEquals(Set.of(ChangeKind.DROPPED_DENIAL), kinds(SOURCE.replace(
                "The company denies that it ignored the forecast.", "The company ignored the forecast?")));
    }

    @Test
    void anInsertedParagraphOfOpinionIsCommentaryAndAReportedOneIsNot() {
        String opinion = "Frankly, nobody should be surprised: once again the company put profit before safety!";
        String report = "Coastguard crews checked two of the moored ships on Tuesday and found minor damage.";
        String[] paragraphs = SOURCE.split("\n");
        assertEquals(Set.of(ChangeKind.EDITORIAL_COMMENTARY),
                kinds(paragraphs[0] + "\n" + paragraphs[1] + "\n" + opinion + "\n" + paragraphs[2] + "\n" + paragraphs[3]));
        assertEquals(Set.of(ChangeKind.NEW_REPORTING),
                kinds(paragraphs[0] + "\n" + paragraphs[1] + "\n" + report + "\n" + paragraphs[2] + "\n" + paragraphs[3]));
    }

    @Test
    void readingTheOtherWayTurnsAnInsertionIntoADeletion() {
        String target = SOURCE.replace("is believed to be arranging", "is arranging");
        Witness s = Witness.ofText("source", SOURCE);
        Witness t = Witness.ofText("target", target);
        List<Change> back = classifier.classify(t, s, aligner.align(s, t));
        assertEquals(1, back.size(), back.toString());
        assertEquals("target", back.get(0).source());
        assertTrue(back.get(0).inSource().isEmpty() && back.get(0).after().contains("believed to be"), back.toString());
    }

    @Test
    void aCopyThatStopsEarlyHasATrimmedTail() {
        String[] paragraphs = SOURCE.split("\n");
        List<Change> found = changes(SOURCE, paragraphs[0] + "\n" + paragraphs[1] + "\n");
        assertTrue(found.stream().anyMatch(c -> c.kind() == ChangeKind.TRIMMED_TAIL), found.toString());
    }

    @Test
    void randomEditsNeverBreakTheInvariants() {
        long seed = 20261123L;
        Random random = new Random(seed);
        String[] words = SOURCE.split(" ");
        String[] noise = {"not", "8", "eight", "\"", "allegedly", "Comment:", "\n", "!", "\u201c", "100 000", "",
            "\uD83D\uDE00", "according to", "denies", "\uD800"};
        for (int round = 0; round < 200; round++) {
            StringBuilder target = new StringBuilder();
            for (String w : words) {
                int r = random.nextInt(10);
                if (r == 0) {
                    continue;
                }
                target.append(r == 1 ? noise[random.nextInt(noise.length)] : w).append(' ');
                if (r == 2) {
                    target.append(noise[random.nextInt(noise.length)]).append(' ');
                }
            }
            String t = target.toString();
            try {
                changes(SOURCE, t);
                changes(t, SOURCE);
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError("seed " + seed + " round " + round + " target: "
                        + t.replace("\n", "\\n"), e);
            }
        }
    }
}
