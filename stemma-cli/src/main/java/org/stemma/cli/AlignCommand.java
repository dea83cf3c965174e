package org.stemma.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stemma.align.AnchoredAligner;
import org.stemma.align.Witness;
import org.stemma.changes.RuleChangeClassifier;
import org.stemma.clean.CleanerConfig;
import org.stemma.clean.RuleCleaner;
import org.stemma.fingerprint.WordTokenizer;
import org.stemma.ingest.Corpus;
import org.stemma.ingest.IngestConfig;
import org.stemma.model.Analysis;
import org.stemma.model.Change;
import org.stemma.model.Edit;
import org.stemma.model.EditOp;
import org.stemma.model.Passage;
import org.stemma.model.RawArticle;
import org.stemma.report.JsonlReportWriter;
import org.stemma.report.ReportConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stemma align A B}: the passages two articles share, each with its edit script, and the typed changes. */
@Command(name = "align", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Aligns two articles: the passages they share, the word-level edits inside each, and what kind of "
                    + "change each edit is (read from A to B: A is taken as the source).",
            "",
            "A and B are each a .txt file (its id is the file name without extension) or an article of a corpus "
                    + "as FILE.jsonl#ID. Each is cleaned as analyze cleans it (clutter is left out) unless "
                    + "--whole is given.",
            "",
            "For a person: each passage with B's wording, words only A has as [-...-], words only B has as "
                    + "{+...+}; then the typed changes. With --json: one line per passage in the format of "
                    + "passages.jsonl (docs/FORMATS.md)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failure", "2:bad usage (missing file, unknown id, one article twice)",
            "3:an input holds no readable article"})
final class AlignCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The first article: FILE.txt or FILE.jsonl#ID.")
    String first;

    @Parameters(index = "1", paramLabel = "B", description = "The second article: FILE.txt or FILE.jsonl#ID.")
    String second;

    @Option(names = "--json", description = "Print the passages as passages.jsonl lines.")
    boolean json;

    @Option(names = "--whole", description = "Align the whole texts, without cleaning.")
    boolean whole;

    @Override
    public Integer call() throws Exception {
        RawArticle ra = read(first);
        RawArticle rb = read(second);
        if (ra.id().equals(rb.id())) {
            throw new IllegalArgumentException("both articles have the id '" + ra.id() + "'");
        }
        Witness a = witness(ra);
        Witness b = witness(rb);
        List<Passage> passages = new AnchoredAligner().align(a, b);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Path dir = Files.createTempDirectory("stemma-align");
            try {
                new JsonlReportWriter(ReportConfig.defaults()).write(new Analysis(List.of(), passages, List.of(),
                        List.of(), List.of(), List.of(), List.of()), dir);
                for (String line : Files.readAllLines(dir.resolve("passages.jsonl"))) {
                    out.println(line);
                }
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                }
                Files.delete(dir);
            }
            return ExitCode.OK;
        }
        out.printf("%s (%d words) and %s (%d words): %d shared passage%s%n", a.id(), a.tokens().size(), b.id(),
                b.tokens().size(), passages.size(), passages.size() == 1 ? "" : "s");
        int n = 0;
        for (Passage p : passages) {
            n++;
            out.printf("%n== passage %d: %s [%d, %d)  %s [%d, %d)  score %.3f%n", n, p.a(), p.inA().start(),
                    p.inA().end(), p.b(), p.inB().start(), p.inB().end(), p.score());
            out.println(marked(p, a, b));
        }
        List<Change> changes = new RuleChangeClassifier().classify(a, b, passages);
        out.printf("%n== %d typed change%s, %s -> %s%n", changes.size(), changes.size() == 1 ? "" : "s", a.id(),
                b.id());
        for (Change c : changes) {
            out.printf("%-22s %s  [%s] -> [%s]%n", c.kind().label(), c.meaningChanging() ? "meaning" : "style  ",
                    oneLine(c.before()), oneLine(c.after()));
        }
        return ExitCode.OK;
    }

    /** The passage in B's wording, with A's words marked where they differ. */
    static String marked(Passage p, Witness a, Witness b) {
        boolean forward = p.a().equals(a.id());
        StringBuilder sb = new StringBuilder();
        for (Edit e : p.edits()) {
            String x = (forward ? e.a() : e.b()).of(a.text());
            String y = (forward ? e.b() : e.a()).of(b.text());
            if (e.op() == EditOp.EQUAL) {
                sb.append(y);
                continue;
            }
            if (!x.isEmpty()) {
                sb.append("[-").append(x.strip()).append("-]");
            }
            if (!y.isEmpty()) {
                sb.append("{+").append(y.strip()).append("+}");
            }
            sb.append(trailing(y.isEmpty() ? x : y));
        }
        return sb.toString();
    }

    private static String trailing(String s) {
        int i = s.length();
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(i);
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() > 160 ? flat.substring(0, 157) + "..." : flat;
    }

    private Witness witness(RawArticle raw) {
        if (whole) {
            return Witness.ofText(raw.id(), raw.text());
        }
        return Witness.of(new RuleCleaner(CleanerConfig.defaults()).clean(raw), new WordTokenizer());
    }

    /** Reads FILE.txt, or FILE.jsonl#ID. */
    private RawArticle read(String spec) throws IOException, BadInputException {
        int hash = spec.lastIndexOf('#');
        boolean withId = hash > 0 && !Files.exists(Path.of(spec));
        Path file = Path.of(withId ? spec.substring(0, hash) : spec);
        String id = withId ? spec.substring(hash + 1) : null;
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        List<RawArticle> found = new ArrayList<>();
        PrintWriter err = this.spec.commandLine().getErr();
        try (Corpus corpus = Corpus.open(List.of(file), IngestConfig.defaults(),
                p -> err.println("stemma: skipped: " + p))) {
            for (RawArticle r : corpus) {
                if (id == null || r.id().equals(id)) {
                    found.add(r);
                }
            }
        }
        if (found.isEmpty()) {
            if (id != null) {
                throw new IllegalArgumentException("no article with id '" + id + "' in " + file);
            }
            throw new BadInputException("no readable article in " + file);
        }
        if (id == null && found.size() > 1) {
            throw new IllegalArgumentException(file + " holds " + found.size() + " articles; name one as "
                    + file + "#ID");
        }
        return found.get(0);
    }
}
