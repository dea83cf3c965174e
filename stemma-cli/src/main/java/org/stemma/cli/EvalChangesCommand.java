package org.stemma.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.stemma.align.AnchoredAligner;
import org.stemma.changes.RuleChangeClassifier;
import org.stemma.eval.ChangeEvaluation;
import org.stemma.eval.DerivationPairs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stemma eval changes}: edit typing against labelled derivation pairs, per kind. */
@Command(name = "changes", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Aligns each labelled derivation pair (a source article and a copy made by editing it) "
                + "with the news aligner, types its changes, and prints precision and recall per change kind "
                + "(over pairs: a kind found and expected is a true positive), then the pairs where found and "
                + "expected kinds differ.",
            "",
            "The labelled set lives in stemma-core/src/test/resources/changes: bases.txt (the sources), "
                    + "pairs.txt (the copies and their kinds), heldout.txt and heldout2.txt (pairs written after "
                    + "the rules were frozen, each scored once)."})
final class EvalChangesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--pairs", paramLabel = "DIR", defaultValue = "stemma-core/src/test/resources/changes",
            description = "Folder with bases.txt and the pairs files (default ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--file", paramLabel = "NAME", split = ",", defaultValue = "pairs.txt,heldout.txt,heldout2.txt",
            description = "Pairs files to score, each on its own (default ${DEFAULT-VALUE}).")
    List<String> files;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(dir.resolve("bases.txt"))) {
            throw new IllegalArgumentException(dir + " has no bases.txt");
        }
        PrintWriter out = spec.commandLine().getOut();
        for (String name : files) {
            List<DerivationPairs.Pair> pairs;
            try {
                pairs = DerivationPairs.read(dir, name);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(dir.resolve(name) + ": " + e.getMessage());
            }
            ChangeEvaluation result = ChangeEvaluation.run(pairs, new AnchoredAligner(), new RuleChangeClassifier());
            out.printf("%s: %d pairs%n", name, result.pairs());
            out.print(result.format());
            for (String miss : result.misses()) {
                out.println("  differs: " + miss);
            }
            out.println();
        }
        return ExitCode.OK;
    }
}
