package org.stemma.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.stemma.cluster.Clusters;
import org.stemma.eval.EventsEvaluation;
import org.stemma.eval.GoldClusters;
import org.stemma.model.Analysis;
import org.stemma.pipeline.Pipeline;
import org.stemma.pipeline.PipelineConfig;
import org.stemma.pipeline.ProgressListener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stemma eval}: measures a stage's quality against labelled data and prints the figures. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures quality against labelled data and prints the figures.",
        subcommands = {
            EvalCommand.Events.class,
            EvalAlignmentCommand.class,
            EvalChangesCommand.class,
            EvalExtractionCommand.class,
            EvalProvenanceCommand.class,
            EvalQuotesCommand.class})
final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to evaluate, e.g. 'eval events'");
    }

    /** {@code stemma eval events}: event and storyline clustering against gold clusters. */
    @Command(name = "events", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Runs the pipeline on a corpus and scores its events and storylines against gold "
                    + "clusters: BCubed precision/recall/F1 (Bagga & Baldwin 1998), pairwise precision/recall/F1 "
                    + "and the adjusted Rand index, at event and at storyline level, beside two trivial "
                    + "baselines (every article alone; all articles in one cluster)."})
    static final class Events implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--corpus", required = true, paramLabel = "FILE",
                description = "The corpus: .jsonl, or a folder, as for analyze.")
        Path corpus;

        @Option(names = "--gold", required = true, paramLabel = "FILE",
                description = "Gold clusters: a TSV with a header and the columns id, event, story.")
        Path gold;

        @Mixin
        CorpusOptions options;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            GoldClusters truth;
            try {
                truth = GoldClusters.read(gold);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(gold + ": " + e.getMessage());
            }
            CorpusOptions.Read read = options.read(List.of(corpus), err);
            if (read.articles().isEmpty()) {
                throw new BadInputException("no readable article in " + corpus);
            }
            ProgressListener progress = options.quiet ? ProgressListener.SILENT : new ProgressBars(System.err);
            long started = System.nanoTime();
            Analysis analysis = new Pipeline(PipelineConfig.defaults().withThreads(options.threads))
                    .analyze(read.articles(), read.problems(), progress);
            double seconds = (System.nanoTime() - started) / 1e9;
            Clusters predicted = new Clusters(analysis.events(), analysis.stories());
            PrintWriter out = spec.commandLine().getOut();
            out.print(EventsEvaluation.of(predicted, truth).format());
            out.println("baselines (every article alone; all in one cluster), events then stories:");
            out.println(EventsEvaluation.formatBaselines(truth));
            out.printf("%d articles, %d events, %d storylines; pipeline %.1f s on %d threads%n",
                    analysis.articles().size(), analysis.events().size(), analysis.stories().size(), seconds,
                    options.threads);
            return ExitCode.OK;
        }
    }
}
