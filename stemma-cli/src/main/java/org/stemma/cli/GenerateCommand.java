package org.stemma.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.stemma.eval.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stemma generate}: a large synthetic corpus from real text, for measuring speed. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Writes a synthetic news corpus (stemma's corpus JSONL: id, title, date, text) of --articles "
                    + "articles built from real text: events told by one or more reports, each republished by a "
                    + "heavy-tailed number of outlets (trimmed, with commentary, word edits, chains; see "
                    + "org.stemma.eval.CorpusGenerator). Deterministic for a seed.",
            "",
            "Sources: the texts of --from (a corpus .jsonl, e.g. examples/harbour/corpus.jsonl) or else the "
                    + "real documents under --shared (ECB+, WMT21 and PAN sources when present).",
            "",
            "The ground truth (event, story, parent, outlet of each article) is written beside the corpus: "
                    + "FILE with .jsonl replaced by .truth.jsonl."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failure (e.g. cannot write output)", "2:bad usage",
            "3:no source text found"})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", required = true, paramLabel = "N", description = "How many articles.")
    int articles;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The corpus .jsonl to write.")
    Path out;

    @Option(names = "--from", paramLabel = "FILE", description = "A corpus .jsonl whose texts are the sources.")
    Optional<Path> from;

    @Option(names = "--shared", defaultValue = "../shared", paramLabel = "DIR",
            description = "The shared data folder read when --from is not given (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Override
    public Integer call() throws Exception {
        if (articles < 1) {
            throw new IllegalArgumentException("--articles must be at least 1, not " + articles);
        }
        List<String> sources = from.isPresent() ? texts(from.get()) : CorpusGenerator.readSources(shared);
        if (sources.stream().allMatch(String::isBlank)) {
            throw new BadInputException("no source text in " + from.map(Path::toString).orElse(shared.toString()));
        }
        List<CorpusGenerator.Generated> corpus = new CorpusGenerator(CorpusGenerator.Settings.seeded(seed))
                .generate(sources, articles);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            CorpusGenerator.writeJsonl(corpus, w);
        }
        Path truth = truthPath(out);
        try (Writer w = Files.newBufferedWriter(truth, StandardCharsets.UTF_8)) {
            CorpusGenerator.writeTruth(corpus, w);
        }
        spec.commandLine().getOut().printf("%d articles from %d sources -> %s (truth: %s)%n", corpus.size(),
                sources.size(), out, truth);
        return ExitCode.OK;
    }

    /** corpus.jsonl -> corpus.truth.jsonl; any other name gets .truth.jsonl appended. */
    static Path truthPath(Path corpus) {
        String name = corpus.getFileName().toString();
        String stem = name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
        return corpus.resolveSibling(stem + ".truth.jsonl");
    }

    private static List<String> texts(Path corpus) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode text = json.readTree(line).get("text");
            if (text != null && text.isTextual()) {
                out.add(text.asText());
            }
        }
        return out;
    }
}
