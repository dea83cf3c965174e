package org.stemma.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stemma.align.AnchoredAligner;
import org.stemma.align.Witness;
import org.stemma.model.Change;
import org.stemma.model.ChangeKind;
import org.stemma.model.Passage;
import org.stemma.model.Span;

/**
 * The changes the seed corpus's EXPECTED.md lists between seeds 000 and 001, read from the shared data when
 * present (skips otherwise). The phrases below are what a reader of EXPECTED.md looks for; no rule of the
 * classifier knows them. Both seeds copy a lost article: 000's edits are read with 001 as the source, and
 * 001's inserted comments with 000 as the source.
 */
class SeedChangesTest {

    private static Witness seed(String prefix) throws IOException {
        String shared = System.getProperty("stemma.shared");
        Path dir = shared == null ? null : Path.of(shared, "corpora", "seeds");
        assumeTrue(dir != null && Files.isDirectory(dir), "seed corpus absent (stemma.shared=" + shared + ")");
        try (Stream<Path> files = Files.list(dir)) {
            Path f = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
            return Witness.ofText(prefix, Files.readString(f, StandardCharsets.UTF_8));
        }
    }

    private static boolean has(List<Change> changes, ChangeKind kind, String beforeHas, String afterHas) {
        return changes.stream().anyMatch(c -> c.kind() == kind && c.before().contains(beforeHas)
                && c.after().contains(afterHas));
    }

    @Test
    void theEditsOf000AreFoundWithTheirKinds() throws IOException {
        Witness w0 = seed("000");
        Witness w1 = seed("001");
        List<Passage> passages = new AnchoredAligner().align(w0, w1);
        List<Change> c = new RuleChangeClassifier().classify(w1, w0, passages);
        String all = String.join("\n", c.stream().map(x -> x.kind() + " [" + x.before() + "] -> [" + x.after() + "]")
                .toList());
        assertTrue(has(c, ChangeKind.MODIFIER_ADDED, "", "defensive"), all);
        assertTrue(has(c, ChangeKind.MODIFIER_ADDED, "", "military"), all);
        assertTrue(has(c, ChangeKind.SPELLING_STYLE, "organisation", "organization"), all);
        assertTrue(has(c, ChangeKind.DROPPED_HEDGE, "believed to be", ""), all);
        assertTrue(has(c, ChangeKind.DROPPED_ATTRIBUTION, "Zakharova", ""), all);
        assertTrue(has(c, ChangeKind.QUOTE_MARKS_REMOVED, "reliable and firm legal guarantees", ""), all);
        assertTrue(has(c, ChangeKind.DROPPED_DENIAL, "denies the charges", ""), all);
    }

    @Test
    void theFiveCommentParagraphsOf001AreEditorialCommentary() throws IOException {
        Witness w0 = seed("000");
        Witness w1 = seed("001");
        List<Change> c = new RuleChangeClassifier().classify(w0, w1, new AnchoredAligner().align(w0, w1));
        int found = 0;
        int paragraphs = 0;
        int at = 0;
        for (String line : w1.text().split("\n", -1)) {
            Span paragraph = Span.of(at, at + line.length());
            at += line.length() + 1;
            if (!line.strip().startsWith("Comment:")) {
                continue;
            }
            paragraphs++;
            if (c.stream().anyMatch(x -> x.kind() == ChangeKind.EDITORIAL_COMMENTARY
                    && x.inTarget().overlap(paragraph) * 2 > paragraph.length())) {
                found++;
            }
        }
        assertEquals(5, paragraphs, "EXPECTED.md names five comment paragraphs");
        assertEquals(5, found, c.toString());
        assertTrue(c.stream().filter(x -> x.kind() == ChangeKind.EDITORIAL_COMMENTARY).count() <= 5,
                "no other paragraph is typed as commentary: " + c);
    }
}
