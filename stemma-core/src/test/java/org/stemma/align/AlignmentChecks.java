package org.stemma.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.stemma.model.Edit;
import org.stemma.model.EditOp;
import org.stemma.model.Passage;
import org.stemma.model.Span;

/** Invariants every alignment must satisfy, whatever the input. */
final class AlignmentChecks {

    private AlignmentChecks() {
    }

    /** Checks the passages of {@code x} and {@code y} (in either order) and that alignment is symmetric. */
    static List<Passage> alignChecked(Aligner aligner, Witness x, Witness y) {
        List<Passage> passages = aligner.align(x, y);
        assertEquals(passages, aligner.align(y, x), "align(a, b) must equal align(b, a)");
        Witness a = x.id().compareTo(y.id()) < 0 ? x : y;
        Witness b = a == x ? y : x;
        for (Passage p : passages) {
            checkPassage(p, a, b);
        }
        for (int i = 1; i < passages.size(); i++) {
            Passage prev = passages.get(i - 1);
            Passage next = passages.get(i);
            assertTrue(prev.inA().compareTo(next.inA()) <= 0, "passages sorted by inA");
        }
        return passages;
    }

    static void checkPassage(Passage p, Witness a, Witness b) {
        assertEquals(a.id(), p.a());
        assertEquals(b.id(), p.b());
        assertTrue(p.inA().end() <= a.text().length() && p.inB().end() <= b.text().length(), "spans in text");
        assertFalse(p.edits().isEmpty(), "a passage has edits");
        assertEquals(EditOp.EQUAL, p.edits().get(0).op(), "a passage starts on equal words");
        assertEquals(EditOp.EQUAL, p.edits().get(p.edits().size() - 1).op(), "a passage ends on equal words");
        int atA = p.inA().start();
        int atB = p.inB().start();
        for (Edit e : p.edits()) {
            assertEquals(atA, e.a().start(), "edits tile inA without gaps: " + e);
            assertEquals(atB, e.b().start(), "edits tile inB without gaps: " + e);
            assertTrue(p.inA().contains(e.a()) && p.inB().contains(e.b()), "edit inside passage");
            atA = e.a().end();
            atB = e.b().end();
        }
        assertEquals(p.inA().end(), atA, "edits end where the passage ends in a");
        assertEquals(p.inB().end(), atB, "edits end where the passage ends in b");
        assertTrue(p.score() > 0 && p.score() <= 1, "score in (0, 1]");
        assertTrue(startsAtToken(a, p.inA()) && startsAtToken(b, p.inB()), "passage starts on a word");
    }

    private static boolean startsAtToken(Witness w, Span s) {
        for (int i = 0; i < w.tokens().size(); i++) {
            if (w.tokens().start(i) == s.start()) {
                return true;
            }
        }
        return false;
    }
}
