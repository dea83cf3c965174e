package org.stemma.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stemma.candidates.CandidatePair;
import org.stemma.candidates.InvertedAnchorIndex;
import org.stemma.fingerprint.Fingerprints;
import org.stemma.fingerprint.WinnowingFingerprinter;
import org.stemma.model.Edit;
import org.stemma.model.EditOp;
import org.stemma.model.Passage;
import org.stemma.model.Span;

/**
 * Measures (does not tune) fingerprint, candidates and align with their defaults on the seed corpus, when
 * {@code <shared>/corpora/seeds} exists; prints the figures. Whole texts are tokenized: cleaning is another
 * stage's job.
 */
class SeedCorpusMeasureTest {

    /** Paragraph prefix whose placement in the alignment is measured (an analyst's note in the seed data). */
    private static final String MEASURED_PREFIX = "Comment:";

    private static Path seeds() {
        String shared = System.getProperty("stemma.shared");
        Path dir = shared == null ? null : Path.of(shared, "corpora", "seeds");
        assumeTrue(dir != null && Files.isDirectory(dir), "seed corpus absent (stemma.shared=" + shared + ")");
        return dir;
    }

    private static List<Witness> witnesses(Path dir) throws IOException {
        List<Witness> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList()) {
                String name = f.getFileName().toString();
                out.add(Witness.ofText(name.substring(0, 3), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    @Test
    void measureCandidatesPassagesAndTimingOnTheSeeds() throws IOException {
        List<Witness> corpus = witnesses(seeds());
        WinnowingFingerprinter fingerprinter = new WinnowingFingerprinter();
        List<Fingerprints> fps = corpus.stream().map(w -> fingerprinter.fingerprint(w.id(), w.tokens())).toList();
        List<CandidatePair> pairs = new InvertedAnchorIndex().findAll(fps);
        StringBuilder report = new StringBuilder("seed corpus measures\n");
        report.append("candidates: ").append(pairs).append('\n');

        Witness w0 = corpus.get(0);
        Witness w1 = corpus.get(1);
        AnchoredAligner aligner = new AnchoredAligner();
        List<Passage> passages = AlignmentChecks.alignChecked(aligner, w0, w1);
        for (Passage p : passages) {
            report.append(String.format(Locale.ROOT, "passage 000%s 001%s score %.3f edits %d (%s)%n", p.inA(),
                    p.inB(), p.score(), p.edits().size(), opCounts(p)));
        }
        report.append(String.format(Locale.ROOT, "coverage of 001 tokens: %.3f; of 000 tokens: %.3f%n",
                Passages.coverage(w1, passages), Passages.coverage(w0, passages)));

        String text = w1.text();
        int from = 0;
        int measured = 0;
        int inInsert = 0;
        for (String line : text.split("\n", -1)) {
            int start = from;
            from += line.length() + 1;
            String stripped = line.strip();
            if (!stripped.startsWith(MEASURED_PREFIX)) {
                continue;
            }
            int s = start + line.indexOf(stripped);
            Span paragraph = Span.of(s, s + stripped.length());
            measured++;
            String where = placement(paragraph, passages);
            if (where.equals("inside INSERT")) {
                inInsert++;
            }
            report.append("  001 paragraph ").append(paragraph).append(": ").append(where).append('\n');
        }
        report.append(inInsert).append(" of ").append(measured).append(" measured paragraphs lie inside an INSERT\n");

        int rounds = 1000;
        for (int i = 0; i < rounds; i++) {
            aligner.align(w0, w1);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            assertEquals(passages.size(), aligner.align(w0, w1).size());
        }
        double micros = (System.nanoTime() - start) / 1000.0 / rounds;
        report.append(String.format(Locale.ROOT, "align 000x001 (%d x %d tokens): %.1f us per pair over %d runs%n",
                w0.tokens().size(), w1.tokens().size(), micros, rounds));
        System.out.print(report);
        assertTrue(pairs.stream().anyMatch(p -> p.a().equals("000") && p.b().equals("001")), report::toString);
    }

    private static String opCounts(Passage p) {
        StringBuilder sb = new StringBuilder();
        for (EditOp op : EditOp.values()) {
            sb.append(op.label()).append('=').append(p.edits().stream().filter(e -> e.op() == op).count()).append(' ');
        }
        return sb.toString().strip();
    }

    private static String placement(Span paragraph, List<Passage> passages) {
        for (Passage p : passages) {
            if (!p.inB().overlaps(paragraph)) {
                continue;
            }
            for (Edit e : p.edits()) {
                if (e.b().contains(paragraph) || (e.b().overlap(paragraph) > 0 && e.b().start() <= paragraph.start()
                        && e.b().end() >= paragraph.end() - 1)) {
                    return "inside " + e.op().name();
                }
            }
            return "across several edits of passage " + p.inB();
        }
        return "outside every passage";
    }
}
