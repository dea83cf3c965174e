package org.stemma.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stemma.align.AnchoredAligner;
import org.stemma.align.Witness;
import org.stemma.model.Change;
import org.stemma.model.ChangeKind;
import org.stemma.model.Edge;
import org.stemma.model.Passage;

class ChangesTest {
    private static final String COMMON_HEAD = "The harbour board met on Monday evening to discuss the plan for the "
            + "new ferry terminal on the eastern quay. ";
    private static final String COMMON_TAIL = " Work on the terminal is due to start in the spring and to take "
            + "about two years, the board said in its minutes.";
    /** Copy x adds an evaluative modifier; copy y keeps the hedge that x drops. */
    private static final Witness X = Witness.ofText("x", COMMON_HEAD
            + "Members rejected the reckless objections of the fishing association by a large majority."
            + " The project will cost eleven million euros." + COMMON_TAIL);
    private static final Witness Y = Witness.ofText("y", COMMON_HEAD
            + "Members rejected the objections of the fishing association by a large majority."
            + " The project will reportedly cost eleven million euros." + COMMON_TAIL);

    private static List<Change> changes(List<Edge> edges) {
        List<Passage> passages = new AnchoredAligner().align(X, Y);
        assertEquals(1, passages.size(), passages.toString());
        return Changes.findAll(new RuleChangeClassifier(), passages, Map.of("x", X, "y", Y), edges);
    }

    private static boolean has(List<Change> cs, String source, String target, ChangeKind kind, String words) {
        return cs.stream().anyMatch(c -> c.source().equals(source) && c.target().equals(target) && c.kind() == kind
                && (c.before() + c.after()).contains(words));
    }

    @Test
    void copiesOfALostSourceEachGetTheEditsTheyMostLikelyMade() {
        List<Change> cs = changes(List.of(new Edge("lost:x", "x", 0.7, List.of()),
                new Edge("lost:x", "y", 0.7, List.of())));
        assertTrue(has(cs, "y", "x", ChangeKind.MODIFIER_ADDED, "reckless"), cs.toString());
        assertTrue(has(cs, "y", "x", ChangeKind.DROPPED_HEDGE, "reportedly"), cs.toString());
        assertEquals(2, cs.size(), "each difference once: " + cs);
    }

    @Test
    void aDirectEdgeIsReadInItsDirectionOnly() {
        List<Change> cs = changes(List.of(new Edge("x", "y", 0.7, List.of())));
        assertTrue(has(cs, "x", "y", ChangeKind.MODIFIER_REMOVED, "reckless"), cs.toString());
        assertTrue(cs.stream().allMatch(c -> c.source().equals("x")), cs.toString());
    }
}
