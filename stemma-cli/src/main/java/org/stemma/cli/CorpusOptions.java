package org.stemma.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stemma.ingest.Corpus;
import org.stemma.ingest.IngestConfig;
import org.stemma.model.Problem;
import org.stemma.model.RawArticle;
import picocli.CommandLine.Option;

/** Options shared by commands that run the pipeline over a corpus. */
final class CorpusOptions {

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of cores, ${DEFAULT-VALUE}). "
                    + "Output is identical for any number.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No progress bars or notes on stderr; problems are "
            + "still written to errors.jsonl where the command writes one.")
    boolean quiet;

    /** What reading a corpus gave: its articles, and the problems met on the way. */
    record Read(List<RawArticle> articles, List<Problem> problems, int ignoredFiles) {
    }

    /** Reads every input; problems are kept and echoed to {@code err} unless quiet. */
    Read read(List<Path> inputs, PrintWriter err) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
        }
        List<Problem> problems = new ArrayList<>();
        List<RawArticle> articles = new ArrayList<>();
        int ignored;
        try (Corpus corpus = Corpus.open(inputs, IngestConfig.defaults(), p -> {
            problems.add(p);
            if (!quiet) {
                err.println("stemma: skipped: " + p);
            }
        })) {
            for (RawArticle a : corpus) {
                articles.add(a);
            }
            ignored = corpus.ignoredFiles();
        }
        if (!quiet) {
            int repaired = articles.stream().mapToInt(RawArticle::repairedChars).sum();
            if (repaired > 0) {
                long affected = articles.stream().filter(a -> a.repairedChars() > 0).count();
                err.println("stemma: repaired " + repaired + " malformed UTF-8 sequences in " + affected
                        + " articles");
            }
            if (ignored > 0) {
                err.println("stemma: passed over " + ignored + (ignored == 1 ? " file that is" : " files that are")
                        + " not of a kind stemma reads");
            }
        }
        return new Read(articles, problems, ignored);
    }
}
