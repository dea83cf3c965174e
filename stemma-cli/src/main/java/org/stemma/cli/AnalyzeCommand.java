package org.stemma.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.stemma.model.Analysis;
import org.stemma.model.Problem;
import org.stemma.model.RawArticle;
import org.stemma.pipeline.Pipeline;
import org.stemma.pipeline.PipelineConfig;
import org.stemma.pipeline.ProgressListener;
import org.stemma.report.ChangesWriter;
import org.stemma.report.GexfWriter;
import org.stemma.report.GraphMlWriter;
import org.stemma.report.HtmlReportWriter;
import org.stemma.report.NetworkCsvWriter;
import org.stemma.report.JsonlReportWriter;
import org.stemma.report.ReportConfig;
import org.stemma.store.CommitResult;
import org.stemma.store.Store;
import org.stemma.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stemma analyze}: a corpus in, the whole pipeline's findings out as files. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Runs the whole pipeline on a corpus: cleans each article, finds reused passages and aligns them "
                    + "word by word, groups articles into events and storylines, infers who copied whom, and "
                    + "writes the findings to --out.",
            "",
            "INPUT is a folder (searched for .txt, .jsonl, .html/.htm and .warc files, each maybe .gz), a "
                    + ".txt file (one article; its id is the file name without extension), a web page, a WARC "
                    + "file, or a corpus .jsonl (one {\"id\", \"text\" or \"html\", ...} object a line). "
                    + "Records that cannot be read are reported on stderr and in "
                    + "errors.jsonl, and skipped.",
            "",
            "Writes: articles.jsonl passages.jsonl edges.jsonl events.jsonl stories.jsonl "
                    + "lost_sources.jsonl changes.jsonl quotes.jsonl quote_groups.jsonl claims.jsonl errors.jsonl "
                    + "report.html, "
                    + "and the outlet network and article graph as "
                    + "outlets/articles .graphml .gexf .csv (see docs/FORMATS.md)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (skipped records are reported, not fatal)", "1:failure (e.g. cannot write output)",
            "2:bad usage (unknown option, missing input)", "3:no readable article in the input"})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Folders, .txt, .html, .warc or .jsonl files (each maybe .gz).")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Folder for the output files; created if missing, files in it overwritten.")
    Path out;

    @Option(names = "--into", paramLabel = "DIR",
            description = "Data folder of a store to add the articles to, analysed against what it holds "
                    + "(created if missing); see stemma trace. At least one of --out and --into. With --into "
                    + "alone the input is read as a stream and committed every --batch articles, so memory "
                    + "follows the batch, not the corpus: the route for corpora too large for --out.")
    Path into;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "5000",
            description = "With --into: articles per committed batch (default: ${DEFAULT-VALUE}). Each batch is "
                    + "committed before the next is read; a run that stops (killed, or a failed batch) keeps "
                    + "every batch committed before it, and running the same input again adds only the rest "
                    + "(each stored id is reported as left out). A batch's cost follows its size; events and "
                    + "storylines of several batches are close to one batch's, not identical.")
    int batch;

    @Mixin
    CorpusOptions corpus;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null && into == null) {
            throw new ParameterException(spec.commandLine(), "give --out DIR, --into DIR, or both");
        }
        if (batch < 1) {
            throw new ParameterException(spec.commandLine(), "--batch must be at least 1, not " + batch);
        }
        if (out == null) {
            try (Store store = Store.open(into, StoreConfig.defaults().withThreads(corpus.threads))) {
                Batches batches = new Batches(store, err, stdout);
                corpus.stream(inputs, err, batch, batches::commit);
                if (batches.read == 0) {
                    throw new BadInputException("no readable article in " + inputs);
                }
            }
            return ExitCode.OK;
        }
        CorpusOptions.Read read = corpus.read(inputs, err);
        if (into != null) {
            try (Store store = Store.open(into, StoreConfig.defaults().withThreads(corpus.threads))) {
                Batches batches = new Batches(store, err, stdout);
                List<RawArticle> all = read.articles();
                for (int from = 0; from < Math.max(1, all.size()); from += batch) {
                    batches.commit(all.subList(from, Math.min(all.size(), from + batch)),
                            from == 0 ? read.problems() : List.of());
                }
            }
        }
        ProgressListener progress = corpus.quiet ? ProgressListener.SILENT : new ProgressBars(System.err);
        Analysis analysis;
        // Typed changes go to their file as the pipeline finds them: a corpus has millions, too many to hold.
        try (ChangesWriter changes = ChangesWriter.open(out)) {
            analysis = new Pipeline(PipelineConfig.defaults().withThreads(corpus.threads))
                    .analyze(read.articles(), read.problems(), progress, changes);
        }
        write(analysis, out, false);
        stdout.printf("%d articles, %d passages, %d events, %d storylines, %d provenance edges, "
                        + "%d lost sources, %d problems -> %s%n",
                analysis.articles().size(), analysis.passages().size(), analysis.events().size(),
                analysis.stories().size(), analysis.edges().size(), analysis.lostSources().size(),
                analysis.problems().size(), out);
        if (analysis.articles().isEmpty()) {
            throw new BadInputException("no readable article in " + inputs
                    + (analysis.problems().isEmpty() ? "" : "; see " + out.resolve("errors.jsonl")));
        }
        return ExitCode.OK;
    }

    /**
     * Commits runs of articles to a store one batch each, printing a line per batch (and, unless quiet, the
     * running count and rate on stderr).
     */
    private final class Batches {
        private final Store store;
        private final PrintWriter err;
        private final PrintWriter stdout;
        private final long started = System.nanoTime();
        private int part;
        long read;
        private long stored;

        Batches(Store store, PrintWriter err, PrintWriter stdout) {
            this.store = store;
            this.err = err;
            this.stdout = stdout;
        }

        void commit(List<RawArticle> articles, List<Problem> readProblems)
                throws IOException {
            part++;
            read += articles.size();
            // one label per run of the command, so its batches can be told apart from other runs'
            String label = inputs.toString() + (part > 1 || articles.size() == batch ? " part " + part : "");
            CommitResult r = store.commit(articles, label);
            stored += r.articles();
            r.problems().forEach(p -> err.println("stemma: " + p.articleId().orElse("") + ": " + p.message()));
            stdout.printf("batch %d: %d articles, %d passages, %d left out -> %s%n", r.seq(), r.articles(),
                    r.passages(), r.problems().size() + readProblems.size(), into);
            stdout.flush();
            if (!corpus.quiet) {
                double seconds = (System.nanoTime() - started) / 1e9;
                err.printf("stemma: %d articles read, %d stored, %.0f s, %.1f articles/s%n", read, stored, seconds,
                        read / Math.max(seconds, 1e-9));
                err.flush();
            }
        }
    }

    /** Writes every output file; {@code changes.jsonl} only {@code withChanges} (else it was streamed). */
    static void write(Analysis analysis, Path out, boolean withChanges) throws IOException {
        Files.createDirectories(out);
        new JsonlReportWriter(ReportConfig.defaults()).write(analysis, out, withChanges);
        new HtmlReportWriter(ReportConfig.defaults()).write(analysis, out.resolve("report.html"));
        new GraphMlWriter(ReportConfig.defaults()).write(analysis, out);
        new GexfWriter(ReportConfig.defaults()).write(analysis, out);
        new NetworkCsvWriter(ReportConfig.defaults()).write(analysis, out);
    }
}
