package org.stemma.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.stemma.store.Snapshot;
import org.stemma.store.Store;
import org.stemma.store.TraceConfig;
import org.stemma.store.TraceHit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stemma trace}: where a passage came from, among the articles of a store. */
@Command(name = "trace", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Finds every stored article that carries PASSAGE or a close variant of it, earliest first, and "
                    + "prints one JSON object a line: the article, its outlet and date, the aligned span in its "
                    + "original text, how much of the passage it covers, and the differences (see "
                    + "docs/FORMATS.md, \"trace\").",
            "",
            "The store is one made by stemma analyze --into DIR. A passage shorter than about eight words "
                    + "finds nothing."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (also when nothing is found)", "1:failure (e.g. cannot read the store)",
            "2:bad usage (no passage, no such store)"})
final class TraceCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Passage passage;

    static final class Passage {
        @Parameters(paramLabel = "PASSAGE", description = "The passage text.")
        String text;

        @Option(names = "--file", paramLabel = "F", description = "Read the passage from this UTF-8 file.")
        Path file;
    }

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The store's data folder.")
    Path data;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(data.resolve(Store.FILE_NAME))) {
            throw new java.nio.file.NoSuchFileException(data.resolve(Store.FILE_NAME).toString());
        }
        String text = passage.file != null ? Files.readString(passage.file, StandardCharsets.UTF_8) : passage.text;
        PrintWriter out = spec.commandLine().getOut();
        List<TraceHit> hits;
        try (Store store = Store.open(data); Snapshot s = store.snapshot()) {
            hits = s.trace(text, TraceConfig.defaults());
        }
        for (TraceHit h : hits) {
            ObjectNode o = JSON.createObjectNode();
            o.put("article", h.articleId());
            o.put("outlet", h.outlet().orElse(null));
            o.put("date", h.date().orElse(null));
            o.putArray("span").add(h.span().start()).add(h.span().end());
            o.put("coverage", Math.round(h.coverage() * 1000) / 1000.0);
            o.put("score", Math.round(h.score() * 1000) / 1000.0);
            o.put("text", h.text());
            ArrayNode d = o.putArray("differences");
            for (TraceHit.Difference x : h.differences()) {
                d.addObject().put("op", x.op().label()).put("passage", x.passageText()).put("article", x.articleText());
            }
            out.println(o);
        }
        out.flush();
        return ExitCode.OK;
    }
}
