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
        List<Problem> problems = new ArrayList<>();
        List<RawArticle> articles = new ArrayList<>();
        int ignored = stream(inputs, err, Integer.MAX_VALUE, (part, partProblems) -> {
            articles.addAll(part);
            problems.addAll(partProblems);
        });
        return new Read(articles, problems, ignored);
    }

    /** Takes the articles read since the last call, and the problems met reading them. */
    interface Parts {
        void accept(List<RawArticle> articles, List<Problem> problems) throws IOException;
    }

    /**
     * Reads every input as a stream, handing {@code to} each run of {@code size} articles (and the last, shorter
     * one; an empty one only if nothing was read) as soon as it is read, so that only one run is held. Problems
     * are echoed to {@code err} unless quiet. Returns how many files were passed over.
     */
    int stream(List<Path> inputs, PrintWriter err, int size, Parts to) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
        }
        List<Problem> problems = new ArrayList<>();
        List<RawArticle> articles = new ArrayList<>();
        int ignored;
        long repaired = 0;
        long affected = 0;
        boolean handed = false;
        try (Corpus corpus = Corpus.open(inputs, IngestConfig.defaults(), p -> {
            problems.add(p);
            if (!quiet) {
                err.println("stemma: skipped: " + p);
            }
        })) {
            for (RawArticle a : corpus) {
                articles.add(a);
                repaired += a.repairedChars();
                affected += a.repairedChars() > 0 ? 1 : 0;
                if (articles.size() == size) {
                    to.accept(List.copyOf(articles), List.copyOf(problems));
                    articles.clear();
                    problems.clear();
                    handed = true;
                }
            }
            ignored = corpus.ignoredFiles();
        }
        if (!articles.isEmpty() || !problems.isEmpty() || !handed) {
            to.accept(List.copyOf(articles), List.copyOf(problems));
        }
        if (!quiet) {
            if (repaired > 0) {
                err.println("stemma: repaired " + repaired + " malformed UTF-8 sequences in " + affected
                        + " articles");
            }
            if (ignored > 0) {
                err.println("stemma: passed over " + ignored + (ignored == 1 ? " file that is" : " files that are")
                        + " not of a kind stemma reads");
            }
        }
        return ignored;
    }
}
