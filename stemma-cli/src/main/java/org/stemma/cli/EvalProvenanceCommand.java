package org.stemma.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.stemma.eval.ProvenanceEvaluation;
import org.stemma.eval.ProvenanceTruth;
import org.stemma.eval.families.FamilyConfig;
import org.stemma.eval.families.FamilyCorpusWriter;
import org.stemma.eval.families.GeneratedFamilies;
import org.stemma.eval.families.SyndicationFamilyGenerator;
import org.stemma.model.Analysis;
import org.stemma.model.Article;
import org.stemma.model.PublicationDate;
import org.stemma.model.RawArticle;
import org.stemma.pipeline.Pipeline;
import org.stemma.pipeline.PipelineConfig;
import org.stemma.pipeline.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stemma eval provenance}: provenance against the true lineage of syndication families. */
@Command(name = "provenance", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scores the provenance graph against true lineage: parent accuracy, lost-source "
                + "precision/recall and direction accuracy, for dated and undated families, beside the trivial "
                + "baseline of no edges at all. A twin-tolerant parent accuracy beside the strict one also "
                + "accepts a parent no evidence can tell from the true one (the same body text, not dated after "
                + "the copy; or the article's own same-day twin). \"Parent, dates whole\" is parent accuracy over "
                + "the dated families whose articles all have dates, none of a copy before its parent's.",
            "",
            "Either generates families from real article text (--families, --seed, --pool; --write keeps the "
                    + "generated corpus.jsonl and truth.tsv) or reads a corpus with its truth (--corpus, --truth)."})
final class EvalProvenanceCommand implements Callable<Integer> {
    /** Where the default pool lies below the shared data folder. */
    static final String DEFAULT_POOL = "shared/eval/events-ecbplus/corpus.jsonl";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Spec
    CommandSpec spec;

    @Option(names = "--families", paramLabel = "N", description = "Families to generate (default ${DEFAULT-VALUE}).")
    int families = 100;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--pool", paramLabel = "FILE", description = "Real articles to build families from "
            + "(default: ../" + DEFAULT_POOL + ", searched upward from the working folder).")
    Path pool;

    @Option(names = "--star-copies", paramLabel = "N", description = "Star families get N to 2N copies, as a wire "
            + "story many outlets republish (1 to " + FamilyConfig.MAX_STAR_COPIES + "; default: two or three).")
    int starCopies;

    @Option(names = "--substitutions", paramLabel = "P", description = "The chance that a copy also replaces one "
            + "to three words with other words of its text, changing what it says (0 to 1; default 0: copies only "
            + "cut words).")
    double substitutions;

    @Option(names = "--write", paramLabel = "DIR", description = "Also write the generated corpus.jsonl and "
            + "truth.tsv here.")
    Path write;

    @Option(names = "--corpus", paramLabel = "FILE", description = "Score this corpus instead of generating one.")
    Path corpus;

    @Option(names = "--truth", paramLabel = "FILE", description = "The corpus's truth.tsv (with --corpus), or "
            + "the .truth.jsonl `stemma generate` writes (families of two or more articles are scored).")
    Path truthFile;

    @Mixin
    CorpusOptions options;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        List<RawArticle> articles;
        ProvenanceTruth truth;
        if (corpus != null || truthFile != null) {
            if (corpus == null || truthFile == null) {
                throw new IllegalArgumentException("--corpus and --truth go together");
            }
            try {
                truth = ProvenanceTruth.read(truthFile);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(truthFile + ": " + e.getMessage());
            }
            articles = options.read(List.of(corpus), err).articles();
        } else {
            if (starCopies < 0 || starCopies > FamilyConfig.MAX_STAR_COPIES) {
                throw new IllegalArgumentException("--star-copies must be 1 to " + FamilyConfig.MAX_STAR_COPIES
                        + ": " + starCopies);
            }
            if (!(substitutions >= 0 && substitutions <= 1)) {
                throw new IllegalArgumentException("--substitutions must be 0 to 1: " + substitutions);
            }
            Path from = Optional.ofNullable(pool).or(EvalProvenanceCommand::defaultPool).orElseThrow(() ->
                    new IllegalArgumentException("no --pool given and ../" + DEFAULT_POOL + " not found"));
            List<RawArticle> real = options.read(List.of(from), err).articles();
            GeneratedFamilies generated = new SyndicationFamilyGenerator(
                    FamilyConfig.defaults(families, seed).withStarCopies(starCopies)
                            .withSubstitutions(substitutions)).generate(real);
            if (write != null) {
                FamilyCorpusWriter.write(generated, write);
            }
            articles = generated.articles();
            truth = generated.truth();
        }
        if (articles.isEmpty()) {
            throw new BadInputException("no article to score");
        }
        ProgressListener progress = options.quiet ? ProgressListener.SILENT : new ProgressBars(System.err);
        long started = System.nanoTime();
        Analysis analysis = new Pipeline(PipelineConfig.defaults().withThreads(options.threads))
                .analyze(articles, List.of(), progress);
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, PublicationDate> dates = new HashMap<>();
        for (Article a : analysis.articles()) {
            dates.put(a.id(), a.date());
        }
        out.print(ProvenanceEvaluation.of(truth, analysis.edges(), analysis.lostSources(), witnesses(analysis),
                dates).format());
        out.println("baseline (no edges): parent accuracy "
                + String.format(java.util.Locale.ROOT, "%.3f",
                        ProvenanceEvaluation.of(truth, List.of(), List.of()).all().parentAccuracy()));
        out.printf("%d articles, %d edges, %d lost sources; pipeline %.1f s on %d threads%n",
                analysis.articles().size(), analysis.edges().size(), analysis.lostSources().size(), seconds,
                options.threads);
        return ExitCode.OK;
    }

    /** What tells articles apart for the twin-tolerant count: the body's words, spaced alike, and the date. */
    static Map<String, ProvenanceEvaluation.Witness> witnesses(Analysis analysis) {
        Map<String, ProvenanceEvaluation.Witness> witnesses = new HashMap<>();
        for (Article a : analysis.articles()) {
            witnesses.put(a.id(), new ProvenanceEvaluation.Witness(
                    WHITESPACE.matcher(a.bodyText().strip()).replaceAll(" "), a.date().date()));
        }
        return witnesses;
    }

    private static Optional<Path> defaultPool() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(DEFAULT_POOL);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
