package org.stemma.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.stemma.align.AnchoredAligner;
import org.stemma.align.TwoPassAligner;
import org.stemma.fingerprint.Stopwords;

/**
 * PAN plagdet on the shared Indonesian PAN-PC-11 corpus, when present (skips otherwise), with the settings
 * {@code stemma eval alignment} uses; prints the table and holds the artificial cases (and synonym substitution alone) to the 0.90.
 */
class PanAlignmentMeasureTest {

    @Test
    void artificialCasesReachPointNinePlagdet() throws IOException {
        String shared = System.getProperty("stemma.shared");
        Path dir = shared == null ? null : Path.of(shared, "eval", "alignment-pan-id");
        assumeTrue(dir != null && Files.isDirectory(dir), "PAN corpus absent (stemma.shared=" + shared + ")");
        Stopwords stop = Stopwords.allBundled();
        AnchoredAligner.Config strict = new AnchoredAligner.Config(3, 8, 20, 20, 32, 200_000, 1 << 20, stop);
        AnchoredAligner.Config loose = new AnchoredAligner.Config(2, 4, 60, 40, 32, 200_000, 1 << 20, stop);
        PlagdetEvaluation result = PlagdetEvaluation.run(PanCorpus.read(dir),
                new TwoPassAligner(new TwoPassAligner.Config(strict, loose, 1000, 20)), 1000);
        System.out.print(result.format());
        assertTrue(result.byObfuscation().get(PlagdetEvaluation.ARTIFICIAL).plagdet() >= 0.9, result.format());
        assertTrue(result.byObfuscation().get("none").plagdet() >= 0.95, result.format());
        assertTrue(result.byObfuscation().get("semantic-variation").plagdet() >= 0.9, result.format());
        assertTrue(result.overall().precision() >= 0.98, result.format());
    }
}
