package org.stemma.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.stemma.model.Analysis;
import org.stemma.pipeline.Pipeline;
import org.stemma.pipeline.PipelineConfig;
import org.stemma.pipeline.ProgressListener;
import org.stemma.report.NetworkGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stemma network}: the outlet pairs that republish from each other most. */
@Command(name = "network", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints the outlet network's top pairs: which outlet republishes from which, how many "
                + "times, the mean share of the copy's text that is reused, and the median lag.",
            "",
            "INPUT is an analyze output folder (its outlets.csv is read) or, as for analyze, a corpus to run the "
                    + "pipeline on."})
final class NetworkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "An analyze output folder, or corpora.")
    List<Path> inputs;

    @Option(names = "--top", paramLabel = "N", description = "How many pairs to print (default ${DEFAULT-VALUE}).")
    int top = 20;

    @Mixin
    CorpusOptions corpus;

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new IllegalArgumentException("--top must be at least 1, not " + top);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<NetworkGraph.OutletPair> pairs;
        Path written = inputs.size() == 1 ? inputs.get(0).resolve("outlets.csv") : null;
        if (written != null && Files.isRegularFile(written)) {
            pairs = readCsv(written);
        } else {
            CorpusOptions.Read read = corpus.read(inputs, spec.commandLine().getErr());
            if (read.articles().isEmpty()) {
                throw new BadInputException("no readable article in " + inputs);
            }
            ProgressListener progress = corpus.quiet ? ProgressListener.SILENT : new ProgressBars(System.err);
            Analysis analysis = new Pipeline(PipelineConfig.defaults().withThreads(corpus.threads))
                    .analyze(read.articles(), read.problems(), progress);
            pairs = NetworkGraph.outletPairs(analysis);
        }
        if (pairs.isEmpty()) {
            out.println("no outlet republishes from another (edges need outlets on both ends)");
            return ExitCode.OK;
        }
        out.printf(Locale.ROOT, "%-28s %-28s %6s %7s %10s%n", "outlet", "republishes from", "copies", "reused",
                "median lag");
        for (NetworkGraph.OutletPair p : pairs.subList(0, Math.min(top, pairs.size()))) {
            out.printf(Locale.ROOT, "%-28s %-28s %6d %6.0f%% %10s%n", p.target(), p.source(), p.count(),
                    100 * p.reusedShare(), p.medianLagHours().map(h -> String.format(Locale.ROOT, "%.1f h", h))
                            .orElse("-"));
        }
        out.printf("%d outlet pairs%n", pairs.size());
        return ExitCode.OK;
    }

    /** Reads an analyze run's outlets.csv (as NetworkCsvWriter writes it), keeping its order. */
    private static List<NetworkGraph.OutletPair> readCsv(Path file) throws Exception {
        List<NetworkGraph.OutletPair> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                List<String> f = fields(line);
                if (f.size() != 6) {
                    throw new BadInputException(file + ":" + n + ": expected 6 fields, not " + f.size());
                }
                try {
                    out.add(new NetworkGraph.OutletPair(f.get(0), f.get(1), Integer.parseInt(f.get(3)),
                            Double.parseDouble(f.get(4)),
                            f.get(5).isEmpty() ? Optional.empty() : Optional.of(Double.parseDouble(f.get(5)))));
                } catch (NumberFormatException e) {
                    throw new BadInputException(file + ":" + n + ": " + e.getMessage());
                }
            }
        }
        return out;
    }

    /** RFC 4180 fields of one line (no line breaks inside fields: outlet names have none). */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }
}
