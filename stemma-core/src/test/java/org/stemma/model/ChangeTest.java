package org.stemma.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChangeTest {
    private static final ChangeKind KIND = ChangeKind.values()[0];

    @Test
    void beforeAndAfterAreTheTextsAtTheSpans() {
        Change c = Change.of("a", "b", KIND, Span.of(4, 9), Span.of(4, 10), "The quick fox", "The rapid fox", false);
        assertEquals("quick", c.before());
        assertEquals("rapid ", c.after());
    }

    @Test
    void changesAreEqualByTheirPiecesNotByTheWholeTexts() {
        // The same change read off two different texts that agree where it lies.
        Change x = Change.of("a", "b", KIND, Span.of(0, 3), Span.of(0, 3), "dog ran", "cat ran", true);
        Change y = Change.of("a", "b", KIND, Span.of(0, 3), Span.of(0, 3), "dog sat", "cat sat", true);
        assertEquals(x, y);
        assertEquals(x.hashCode(), y.hashCode());
        assertEquals(x.toString(), y.toString());
        assertNotEquals(x, Change.of("a", "b", KIND, Span.of(0, 3), Span.of(0, 3), "dog ran", "cow ran", true));
        assertNotEquals(x, Change.of("a", "b", KIND, Span.of(0, 3), Span.of(0, 3), "dog ran", "cat ran", false));
    }

    @Test
    void aSpanOutsideItsTextOrAChangeToItselfIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Change.of("a", "b", KIND, Span.of(0, 30), Span.of(0, 1), "short", "text", false));
        assertThrows(IllegalArgumentException.class,
                () -> Change.of("a", "a", KIND, Span.of(0, 1), Span.of(0, 1), "x", "y", false));
        assertThrows(IllegalArgumentException.class,
                () -> Change.of("a", "b", KIND, Span.of(0, 1), Span.of(0, 1), null, "y", false));
    }
}
