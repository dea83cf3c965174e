package org.stemma.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stemma.align.AlignmentChecks.alignChecked;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.model.Edit;
import org.stemma.model.EditOp;
import org.stemma.model.Passage;
import org.stemma.model.Span;

class AnchoredAlignerTest {

    private final AnchoredAligner aligner = new AnchoredAligner();
    private final List<String> harbour = Fixtures.paragraphs("harbour.txt");
    private final String original = Fixtures.join(harbour);
    private final Witness source = Witness.ofText("harbour", original);

    private static Passage only(List<Passage> passages) {
        assertEquals(1, passages.size(), () -> "expected one passage, got " + passages);
        return passages.get(0);
    }

    private static long count(Passage p, EditOp op) {
        return p.edits().stream().filter(e -> e.op() == op).count();
    }

    /** The text of a span without the whitespace and closing punctuation an edit carries after its last word. */
    private static String words(String text, Span span) {
        return span.of(text).strip();
    }

    @Test
    void anArticleAlignedWithACopyOfItselfIsOnePassageOfEqualWordsCoveringEveryToken() {
        Witness copy = Witness.ofText("harbour-copy", original);
        Passage p = only(alignChecked(aligner, source, copy));
        assertEquals(List.of(EditOp.EQUAL), p.edits().stream().map(Edit::op).distinct().toList());
        assertEquals(1.0, p.score());
        assertEquals(source.tokens().size(), Passages.coveredTokens(source, List.of(p)));
        assertEquals(1.0, Passages.coverage(copy, List.of(p)));
        assertEquals(0, p.inA().start());
        assertEquals(source.tokens().end(source.tokens().size() - 1), p.inA().end());
    }

    @Test
    void aTrimmedCopyIsOnePassageCoveringExactlyTheKeptParagraphs() {
        String trimmed = Fixtures.join(harbour.subList(1, 4));
        Witness copy = Witness.ofText("copy", trimmed);
        Passage p = only(alignChecked(aligner, source, copy));
        assertEquals("copy", p.a(), "the smaller id is a");
        assertEquals(Span.of(0, trimmed.length() - 1), p.inA(), "ends on the last word, before the full stop");
        int start = original.indexOf(harbour.get(1));
        int end = original.indexOf(harbour.get(3)) + harbour.get(3).length() - 1;
        assertEquals(Span.of(start, end), p.inB());
        assertEquals(1.0, p.score());
        assertEquals(1.0, Passages.coverage(copy, List.of(p)));
    }

    @Test
    void quoteStyleCaseAndPunctuationChangesAreEqual() {
        String plain = original.replace('“', '"').replace('”', '"').replace('’', '\'')
                .replace("Tuesday", "TUESDAY").replace(", blocking", " - blocking");
        assertNotEquals(original, plain);
        Passage p = only(alignChecked(aligner, source, Witness.ofText("plain", plain)));
        assertEquals(0, count(p, EditOp.SUBSTITUTE) + count(p, EditOp.INSERT) + count(p, EditOp.DELETE), p::toString);
    }

    @Test
    void anInsertedOpinionParagraphIsOneInsertEditInsideOnePassage() {
        String opinion = Fixtures.read("opinion.txt");
        List<String> withOpinion = new ArrayList<>(harbour);
        withOpinion.add(3, opinion);
        String edited = Fixtures.join(withOpinion);
        Passage p = only(alignChecked(aligner, source, Witness.ofText("opinionated", edited)));
        List<Edit> inserts = p.edits().stream().filter(e -> e.op() == EditOp.INSERT).toList();
        assertEquals(1, inserts.size(), p::toString);
        Edit insert = inserts.get(0);
        assertEquals(opinion, words(edited, insert.b()));
        assertTrue(insert.a().isEmpty());
        assertEquals(original.indexOf(harbour.get(3)), insert.a().start(), "the insertion falls where P3 starts");
        assertEquals(1, p.edits().size() - 2, "equal, insert, equal");
    }

    @Test
    void anInsertedParagraphBeforeARewordedSentenceIsAnInsertFollowedByASubstitution() {
        String opinion = Fixtures.read("opinion.txt");
        List<String> edited = new ArrayList<>(harbour);
        edited.set(3, opinion + "\n\n" + harbour.get(3).replace("The incident is", "Tuesday's accident was"));
        String text = Fixtures.join(edited);
        Passage p = only(alignChecked(aligner, source, Witness.ofText("opinionated", text)));
        List<Edit> changes = p.edits().stream().filter(e -> e.op() != EditOp.EQUAL).toList();
        assertEquals(List.of(EditOp.INSERT, EditOp.SUBSTITUTE), changes.stream().map(Edit::op).toList(), p::toString);
        assertEquals(opinion, words(text, changes.get(0).b()));
        assertEquals("The incident is", words(original, changes.get(1).a()));
        assertEquals("Tuesday's accident was", words(text, changes.get(1).b()));
    }

    @Test
    void aDroppedParagraphIsOneDeleteEditInsideOnePassage() {
        List<String> without = new ArrayList<>(harbour);
        without.remove(2);
        String shorter = Fixtures.join(without);
        Passage p = only(alignChecked(aligner, source, Witness.ofText("shorter", shorter)));
        List<Edit> deletes = p.edits().stream().filter(e -> e.op() == EditOp.DELETE).toList();
        assertEquals(1, deletes.size(), p::toString);
        assertEquals(harbour.get(2), words(original, deletes.get(0).a()));
        assertEquals(shorter.indexOf(harbour.get(3)), deletes.get(0).b().start());
        assertEquals("harbour", p.a());
    }

    @Test
    void anAddedAdjectiveIsAnInsertAndAChangedNumberASubstitutionAtTheirOffsets() {
        String edited = original.replace("a cargo ship carrying 4,200 tonnes",
                "a rusty cargo ship carrying 5,100 tonnes");
        Passage p = only(alignChecked(aligner, source, Witness.ofText("zedited", edited)));
        List<Edit> changes = p.edits().stream().filter(e -> e.op() != EditOp.EQUAL).toList();
        assertEquals(2, changes.size(), p::toString);
        Edit adjective = changes.get(0);
        assertEquals(EditOp.INSERT, adjective.op());
        assertEquals("rusty", words(edited, adjective.b()));
        assertEquals(edited.indexOf("rusty"), adjective.b().start());
        assertEquals(original.indexOf("cargo ship"), adjective.a().start());
        Edit number = changes.get(1);
        assertEquals(EditOp.SUBSTITUTE, number.op());
        assertEquals("4,200", words(original, number.a()));
        assertEquals("5,100", words(edited, number.b()));
        assertEquals(original.indexOf("4,200"), number.a().start());
        assertTrue(p.score() < 1 && p.score() > 0.95, "score " + p.score());
    }

    @Test
    void aRewordedPhraseIsOneSubstitutionNotSplitByAChanceStopwordMatch() {
        String edited = original.replace("strong gusts pushed it onto a sandbank",
                "violent winds drove it onto a sandbank");
        String edited2 = edited.replace("blocking the main shipping lane for most of the morning",
                "closing the busy lane for much of the morning");
        Passage p = only(alignChecked(aligner, source, Witness.ofText("zedited", edited2)));
        List<Edit> substitutions = p.edits().stream().filter(e -> e.op() == EditOp.SUBSTITUTE).toList();
        assertTrue(substitutions.stream().anyMatch(e -> words(original, e.a()).equals("blocking the main shipping")
                && words(edited2, e.b()).equals("closing the busy")), p::toString);
    }

    @Test
    void reorderedParagraphsGiveSeparatePassagesThatStillCoverEverything() {
        List<String> reordered = new ArrayList<>(harbour);
        reordered.add(1, reordered.remove(3));
        String moved = Fixtures.join(reordered);
        Witness copy = Witness.ofText("moved", moved);
        List<Passage> passages = alignChecked(aligner, source, copy);
        assertTrue(passages.size() >= 2, passages::toString);
        for (Passage p : passages) {
            assertEquals(0, count(p, EditOp.INSERT) + count(p, EditOp.DELETE), "no moved block as an insert: " + p);
        }
        assertEquals(1.0, Passages.coverage(source, passages));
        assertEquals(1.0, Passages.coverage(copy, passages));
        Span movedInB = Span.of(moved.indexOf(harbour.get(3)), moved.indexOf(harbour.get(3)) + harbour.get(3).length());
        assertTrue(passages.stream().anyMatch(p -> movedInB.contains(p.inB())
                && p.inB().length() >= harbour.get(3).length() - 2), "the moved paragraph is its own passage");
    }

    @Test
    void aParagraphReusedInsideALongUnrelatedArticleIsFoundAtItsOffsets() {
        List<String> orchard = Fixtures.paragraphs("orchard.txt");
        List<String> host = new ArrayList<>(orchard);
        host.add(3, harbour.get(3));
        String long_ = Fixtures.join(host);
        Passage p = only(alignChecked(aligner, source, Witness.ofText("orchard", long_)));
        String reused = harbour.get(3).substring(0, harbour.get(3).length() - 1);
        assertEquals(reused, p.inA().of(original));
        assertEquals(reused, p.inB().of(long_));
        assertEquals(1.0, p.score());
    }

    @Test
    void unrelatedArticlesShareNoPassage() {
        assertEquals(List.of(), alignChecked(aligner, source, Witness.ofText("orchard", Fixtures.read("orchard.txt"))));
        assertEquals(List.of(), alignChecked(aligner, source, Witness.ofText("council", Fixtures.read("council.txt"))));
        assertEquals(List.of(), alignChecked(aligner, source, Witness.ofText("babble", Fixtures.babble(7, 3000))));
    }

    @Test
    void twoCopiedRegionsSeparatedByUnrelatedTextOnBothSidesAreTwoPassages() {
        String a = harbour.get(0) + "\n\n" + Fixtures.babble(1, 60) + "\n\n" + harbour.get(4);
        String b = harbour.get(0) + "\n\n" + Fixtures.babble(2, 60) + "\n\n" + harbour.get(4);
        List<Passage> passages = alignChecked(aligner, Witness.ofText("a", a), Witness.ofText("b", b));
        assertEquals(2, passages.size(), passages::toString);
    }

    @Test
    void alignmentIsDeterministic() {
        String edited = original.replace("eleven", "twelve").replace("Tugboats", "Three tugboats");
        Witness copy = Witness.ofText("copy", edited);
        List<Passage> first = aligner.align(source, copy);
        for (int i = 0; i < 20; i++) {
            assertEquals(first, aligner.align(source, copy));
            assertEquals(first, new AnchoredAligner().align(copy, source));
        }
    }

    @Test
    void sameIdsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> aligner.align(source, source));
    }

    @Test
    void emptyOddAndRandomInputNeitherCrashesNorBreaksInvariants() {
        Random random = new Random(20240611L);
        List<String> texts = new ArrayList<>(List.of("", " ", "\u0000\u0001\uffff", "\ud800", "🙂🙂🙂 🙂",
                "word", original.substring(0, 40)));
        for (int t = 0; t < 30; t++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(400);
            for (int i = 0; i < n; i++) {
                sb.append(random.nextInt(4) == 0 ? ' ' : (char) random.nextInt(0x3000));
            }
            texts.add(sb.toString());
            // a mutated copy of the fixture: words dropped, duplicated and shuffled locally
            String[] words = original.split(" ");
            StringBuilder m = new StringBuilder();
            for (String w : words) {
                int r = random.nextInt(10);
                if (r == 0) {
                    continue;
                }
                m.append(w).append(r == 1 ? " " + w : "").append(' ');
            }
            texts.add(m.toString());
        }
        for (int i = 0; i < texts.size(); i++) {
            Witness x = Witness.ofText("x" + i, texts.get(i));
            alignChecked(aligner, x, source);
            alignChecked(aligner, x, Witness.ofText("y" + i, texts.get((i + 1) % texts.size())));
        }
    }

    @Test
    void oneWordRepeatedAHundredThousandTimesIsBoundedWork() {
        String huge = "grain ".repeat(100_000);
        long start = System.nanoTime();
        List<Passage> passages = alignChecked(aligner, Witness.ofText("a", huge), Witness.ofText("b", huge));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of(), passages, "a trigram repeated beyond the occurrence cap is no seed");
        assertTrue(millis < 10_000, "took " + millis + " ms");
        List<Passage> mixed = alignChecked(aligner, Witness.ofText("a", huge + original),
                Witness.ofText("b", original + huge));
        assertEquals(1, mixed.size(), "the real text is still found around the degenerate run");
    }
}
