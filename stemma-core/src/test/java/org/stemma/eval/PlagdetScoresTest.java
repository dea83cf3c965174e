package org.stemma.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.eval.PanCorpus.PanCase;
import org.stemma.eval.PlagdetScores.Detection;
import org.stemma.model.Span;

class PlagdetScoresTest {
    private static final double EPS = 1e-9;
    private static final PanCase CASE = new PanCase("s.txt", Span.of(100, 200), "r.txt", Span.of(0, 100), "none");

    @Test
    void anExactDetectionScoresOne() {
        PlagdetScores s = PlagdetScores.of(List.of(CASE),
                List.of(new Detection("s.txt", Span.of(100, 200), "r.txt", Span.of(0, 100))));
        assertEquals(1, s.precision(), EPS);
        assertEquals(1, s.recall(), EPS);
        assertEquals(1, s.granularity(), EPS);
        assertEquals(1, s.plagdet(), EPS);
    }

    @Test
    void aCaseFoundInTwoPiecesHasGranularityTwo() {
        PlagdetScores s = PlagdetScores.of(List.of(CASE), List.of(
                new Detection("s.txt", Span.of(100, 150), "r.txt", Span.of(0, 50)),
                new Detection("s.txt", Span.of(150, 200), "r.txt", Span.of(50, 100))));
        assertEquals(1, s.recall(), EPS);
        assertEquals(2, s.granularity(), EPS);
        assertEquals(1 / (Math.log(3) / Math.log(2)), s.plagdet(), EPS);
    }

    @Test
    void aDetectionHalfOutsideItsCaseHasHalfPrecisionAndAStrayOneNone() {
        PlagdetScores half = PlagdetScores.of(List.of(CASE),
                List.of(new Detection("s.txt", Span.of(100, 300), "r.txt", Span.of(0, 200))));
        assertEquals(0.5, half.precision(), EPS);
        assertEquals(1, half.recall(), EPS);
        PlagdetScores stray = PlagdetScores.of(List.of(CASE),
                List.of(new Detection("s.txt", Span.of(100, 200), "other.txt", Span.of(0, 100))));
        assertEquals(0, stray.precision(), EPS);
        assertEquals(0, stray.recall(), EPS);
        assertEquals(0, stray.plagdet(), EPS);
    }

    @Test
    void theReaderTakesGoldFromTheXmlAndRefusesDoctypes(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("source-documents"));
        Files.createDirectories(dir.resolve("suspicious-documents"));
        Files.writeString(dir.resolve("source-documents/r.txt"), "x".repeat(300));
        Files.writeString(dir.resolve("suspicious-documents/s.txt"), "y".repeat(300));
        Files.writeString(dir.resolve("suspicious-documents/s.xml"), "<document reference=\"s.txt\">"
                + "<feature name=\"plagiarism\" type=\"artificial\" obfuscation=\"none\" this_offset=\"100\" "
                + "this_length=\"100\" source_reference=\"r.txt\" source_offset=\"0\" source_length=\"100\"/>"
                + "<feature name=\"plagiarism\" type=\"simulated\" this_offset=\"0\" this_length=\"10\" "
                + "source_reference=\"r.txt\" source_offset=\"5\" source_length=\"10\"/></document>");
        PanCorpus corpus = PanCorpus.read(dir);
        assertEquals(List.of(CASE, new PanCase("s.txt", Span.of(0, 10), "r.txt", Span.of(5, 15), "simulated")),
                corpus.cases());
        Files.writeString(dir.resolve("suspicious-documents/s.xml"),
                "<!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><document>&e;</document>");
        assertThrows(IllegalArgumentException.class, () -> PanCorpus.read(dir));
    }

    @Test
    void nearbyDetectionsOfOnePairMergeInAnyOrder() {
        List<Detection> merged = PlagdetEvaluation.merge(List.of(
                new Detection("s.txt", Span.of(100, 150), "r.txt", Span.of(60, 100)),
                new Detection("s.txt", Span.of(160, 200), "r.txt", Span.of(0, 50)),
                new Detection("s.txt", Span.of(900, 950), "r.txt", Span.of(0, 50))), 20);
        assertEquals(List.of(new Detection("s.txt", Span.of(100, 200), "r.txt", Span.of(0, 100)),
                new Detection("s.txt", Span.of(900, 950), "r.txt", Span.of(0, 50))), merged);
    }
}
