package org.stemma.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.stemma.eval.ExtractionEvaluation;

/**
 * Measures {@link DomExtractor} on the 990 pages of trafilatura's evaluation set (skips when the shared data
 * is absent). Prints snippet precision/recall/F1, title and date accuracy and throughput; fails below floors
 * so that a regression shows. With {@code -Dstemma.extract.dump=FILE} it also writes every missed and every
 * wrongly kept snippet, for study.
 */
class ExtractionMeasureTest {

    @Test
    void extractionOnTrafilaturaSetBeatsTheFloors() throws IOException {
        String shared = System.getProperty("stemma.shared", "");
        Path set = Path.of(shared, "eval", "extraction-trafilatura");
        assumeTrue(!shared.isEmpty() && Files.isRegularFile(set.resolve("evaldata.json")),
                "shared evaluation data absent at " + set + "; measurement skipped");
        DomExtractor extractor = new DomExtractor(ExtractConfig.defaults());
        ExtractionEvaluation.evaluate(set, extractor); // warm-up: the JIT, so the timed run is steady
        ExtractionEvaluation.Result r = ExtractionEvaluation.evaluate(set, extractor);
        System.out.printf(Locale.ROOT, "extraction-trafilatura: pages %d, failed %d%n", r.pages(), r.failed());
        System.out.printf(Locale.ROOT, "snippets: precision %.3f recall %.3f F1 %.3f accuracy %.3f (tp %d fp %d fn %d tn %d)%n",
                r.snippets().precision(), r.snippets().recall(), r.snippets().f1(), r.snippets().accuracy(),
                r.snippets().tp(), r.snippets().fp(), r.snippets().fn(), r.snippets().tn());
        System.out.printf(Locale.ROOT, "title accuracy %.3f (%d/%d), date accuracy %.3f (%d/%d)%n",
                r.titleAccuracy(), r.titleRight(), r.titleGold(), r.dateAccuracy(), r.dateRight(), r.dateGold());
        System.out.printf(Locale.ROOT, "time %.2f s, %.0f pages/s (decode + extract, one thread)%n",
                r.extractNanos() / 1e9, r.pagesPerSecond());
        String dump = System.getProperty("stemma.extract.dump", "");
        if (!dump.isEmpty()) {
            dump(set, extractor, Path.of(dump));
        }
        assertTrue(r.failed() == 0, "pages failed: " + r.failed());
        assertTrue(r.snippets().f1() >= 0.925, "F1 fell to " + r.snippets().f1());
        assertTrue(r.snippets().precision() >= 0.92, "precision fell to " + r.snippets().precision());
    }

    /** With {@code -Dstemma.extract.show=FILE.html}, prints that page's blocks with their kinds (for study). */
    @Test
    void showOnePage() throws IOException {
        String file = System.getProperty("stemma.extract.show", "");
        assumeTrue(!file.isEmpty(), "no page named to show");
        Path set = Path.of(System.getProperty("stemma.shared", ""), "eval", "extraction-trafilatura");
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(set.resolve("html").resolve(file + ".gz")))) {
            bytes = in.readAllBytes();
        }
        Extraction x = new DomExtractor(ExtractConfig.defaults())
                .extract(HtmlDecoder.decode(bytes, Optional.empty()).text(), Optional.empty());
        java.util.List<org.stemma.model.Span> body = x.body();
        for (org.stemma.model.Span s : body) {
            System.out.println("BODY  | " + s.of(x.text()).replace('\n', ' '));
        }
        for (org.stemma.model.Clutter c : x.clutter()) {
            String t = c.span().of(x.text()).replace('\n', ' ');
            System.out.println(c.kind() + " @" + c.span().start() + " | " + (t.length() > 300 ? t.substring(0, 300) : t));
        }
    }

    private static void dump(Path set, DomExtractor extractor, Path out) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (ExtractionEvaluation.Gold g : ExtractionEvaluation.readGold(set.resolve("evaldata.json"))) {
                byte[] bytes;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(set.resolve("html").resolve(g.file() + ".gz")))) {
                    bytes = in.readAllBytes();
                }
                Extraction x = extractor.extract(HtmlDecoder.decode(bytes, Optional.empty()).text(), Optional.of(g.url()));
                String text = ExtractionEvaluation.normalise(x.mainText());
                String all = ExtractionEvaluation.normalise(x.text());
                for (String s : g.with()) {
                    if (!text.contains(ExtractionEvaluation.normalise(s))) {
                        w.println("FN\t" + g.file() + "\t" + (all.contains(ExtractionEvaluation.normalise(s)) ? "inText" : "absent") + "\t" + s);
                    }
                }
                for (String s : g.without()) {
                    if (text.contains(ExtractionEvaluation.normalise(s))) {
                        w.println("FP\t" + g.file() + "\t" + s);
                    }
                }
                w.println("TITLE\t" + g.file() + "\t" + g.title().orElse("-") + "\t" + x.title().orElse("-"));
                w.println("DATE\t" + g.file() + "\t" + g.date().orElse("-") + "\t" + x.date().iso().orElse("-") + "\t" + x.dateSource().label());
            }
        }
    }
}
