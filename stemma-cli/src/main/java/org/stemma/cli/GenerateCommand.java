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
                    + "articles built from real text: each is a run of one source document's lines, sometimes "
                    + "followed by a run of a second (see org.stemma.eval.CorpusGenerator). Deterministic for a "
                    + "seed.",
            "",
            "Sources: the texts of --from (a corpus .jsonl, e.g. examples/harbour/corpus.jsonl) or else the "
                    + "real documents under --shared (ECB+, WMT21 and PAN sources when present).",
            "",
            "A load generator, not a gold standard: it writes no ground truth."},
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
        CorpusGenerator.Settings d = CorpusGenerator.Settings.defaults();
        List<CorpusGenerator.Generated> corpus = new CorpusGenerator(new CorpusGenerator.Settings(seed,
                d.minShare(), d.mixChance(), d.spreadDays(), d.jitterDays())).generate(sources, articles);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            CorpusGenerator.writeJsonl(corpus, w);
        }
        spec.commandLine().getOut().printf("%d articles from %d sources -> %s%n", corpus.size(), sources.size(), out);
        return ExitCode.OK;
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
