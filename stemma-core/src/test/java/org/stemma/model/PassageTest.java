package org.stemma.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageTest {
    // "the ferry left at dawn" against "the old ferry left at noon"
    private static final List<Edit> SCRIPT = List.of(
            new Edit(EditOp.EQUAL, new Span(0, 3), new Span(0, 3)),
            new Edit(EditOp.INSERT, new Span(4, 4), new Span(4, 7)),
            new Edit(EditOp.EQUAL, new Span(4, 17), new Span(8, 21)),
            new Edit(EditOp.SUBSTITUTE, new Span(18, 22), new Span(22, 26)));

    private static Passage passage(List<Edit> edits) {
        return new Passage("a1", "b1", new Span(0, 22), new Span(0, 26), 0.75, edits);
    }

    @Test
    void thePackedScriptReadsBackAsTheEditsGiven() {
        Passage p = passage(SCRIPT);
        assertEquals(SCRIPT, p.edits());
        assertEquals(4, p.edits().size());
        assertEquals(EditOp.SUBSTITUTE, p.edits().get(3).op());
        assertEquals(new Span(22, 26), p.edits().get(3).b());
        assertEquals(new Span(0, 22), p.inA());
        assertEquals(new Span(0, 26), p.inB());
        assertThrows(IndexOutOfBoundsException.class, () -> p.edits().get(4));
    }

    @Test
    void theScriptIsReadOnlyAndNotTiedToTheCallersList() {
        List<Edit> mine = new ArrayList<>(SCRIPT);
        Passage p = passage(mine);
        mine.remove(0);
        assertEquals(SCRIPT, p.edits());
        assertThrows(UnsupportedOperationException.class, () -> p.edits().add(SCRIPT.get(0)));
    }

    @Test
    void equalityIsByValue() {
        assertEquals(passage(SCRIPT), passage(new ArrayList<>(SCRIPT)));
        assertEquals(passage(SCRIPT).hashCode(), passage(new ArrayList<>(SCRIPT)).hashCode());
        assertNotEquals(passage(SCRIPT), passage(SCRIPT.subList(0, 3)));
        assertNotEquals(passage(SCRIPT), new Passage("a1", "b1", new Span(0, 22), new Span(0, 26), 0.5, SCRIPT));
    }

    @Test
    void anEditOutsideThePassageOrIdsOutOfOrderAreRefused() {
        List<Edit> outside = List.of(new Edit(EditOp.EQUAL, new Span(20, 30), new Span(0, 3)));
        assertThrows(IllegalArgumentException.class, () -> passage(outside));
        assertThrows(IllegalArgumentException.class,
                () -> new Passage("b1", "a1", new Span(0, 22), new Span(0, 26), 0.75, SCRIPT));
        assertThrows(IllegalArgumentException.class,
                () -> new Passage("a1", "b1", new Span(0, 22), new Span(0, 26), 1.5, SCRIPT));
    }
}
