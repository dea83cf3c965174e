package org.stemma.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stemma.eval.ExtractionEvaluation;
import org.stemma.extract.DomExtractor;
import org.stemma.extract.ExtractConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stemma eval extraction [FOLDER]}: scores the extractor on a snippet-gold set laid out as
 * {@code extraction-trafilatura} ({@code evaldata.json} and {@code html/*.gz}), printing snippet
 * precision/recall/F1, title and date accuracy and pages per second on stdout. Pages are extracted on
 * {@code --threads} workers; the scores do not depend on their number.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Score main-text and metadata extraction against snippet gold.")
public final class EvalExtractionCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FOLDER", defaultValue = "../shared/eval/extraction-trafilatura",
            description = "the evaluation set (default: ${DEFAULT-VALUE})")
    Path folder;

    @Option(names = "--threads", paramLabel = "N", description = "pages extracted at once (default: the machine's cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--rounds", paramLabel = "N",
            description = "runs over the set; figures are the last run's, so earlier runs warm the JIT (default: 1)")
    int rounds = 1;

    @Option(names = "--halves",
            description = "also print the scores of the even- and odd-numbered pages by sorted file name")
    boolean halves;

    @Override
    public Integer call() throws IOException {
        DomExtractor extractor = new DomExtractor(ExtractConfig.defaults());
        ExtractionEvaluation.Result r = null;
        for (int i = 0; i < Math.max(1, rounds); i++) {
            r = ExtractionEvaluation.evaluate(folder, extractor, Math.max(1, threads));
        }
        System.out.printf(Locale.ROOT, "pages %d, failed %d%n", r.pages(), r.failed());
        System.out.printf(Locale.ROOT, "snippets: precision %.3f recall %.3f F1 %.3f%n",
                r.snippets().precision(), r.snippets().recall(), r.snippets().f1());
        System.out.printf(Locale.ROOT, "title accuracy %.3f (%d/%d), date accuracy %.3f (%d/%d)%n",
                r.titleAccuracy(), r.titleRight(), r.titleGold(), r.dateAccuracy(), r.dateRight(), r.dateGold());
        if (halves) {
            for (ExtractionEvaluation.Share h : r.halves()) {
                System.out.printf(Locale.ROOT, "%s half: precision %.3f recall %.3f F1 %.3f, title %.3f, date %.3f%n",
                        h.name(), h.snippets().precision(), h.snippets().recall(), h.snippets().f1(),
                        h.titleAccuracy(), h.dateAccuracy());
            }
        }
        System.out.printf(Locale.ROOT, "%.0f pages/s on %d threads (decode + extract, after reading the files)%n",
                r.pagesPerSecond(), Math.max(1, threads));
        return 0;
    }
}
