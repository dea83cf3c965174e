package org.stemma.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.stemma.clean.CleanerConfig;
import org.stemma.clean.RuleCleaner;
import org.stemma.model.Article;
import org.stemma.model.Quote;
import org.stemma.model.RawArticle;
import org.stemma.quotes.QuoteEvaluation;
import org.stemma.quotes.RuleQuoteExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stemma eval quotes}: quotation extraction and speakers against hand labels. */
@Command(name = "quotes", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Cleans the labelled articles of a corpus, extracts their quotations and scores them against "
                + "hand labels: precision, recall (a match shares at least half of the shorter span) and speaker "
                + "accuracy over matched quotations."})
final class EvalQuotesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "FILE",
            description = "The corpus: .jsonl, or a folder, as for analyze.")
    Path corpus;

    @Option(names = "--labels", required = true, paramLabel = "FILE",
            description = "Labels: a TSV with a header and the columns id, quote_start, quote_end, speaker_start, "
                    + "speaker_end, speaker_name, kind (direct|partial|indirect|none).")
    Path labels;

    @Mixin
    CorpusOptions options;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Map<String, List<QuoteEvaluation.Label>> gold;
        try {
            gold = QuoteEvaluation.readLabels(labels);
        } catch (IOException e) {
            throw new BadInputException(e.getMessage());
        }
        CorpusOptions.Read read = options.read(List.of(corpus), err);
        RuleCleaner cleaner = new RuleCleaner(CleanerConfig.defaults());
        RuleQuoteExtractor extractor = new RuleQuoteExtractor();
        Map<String, List<Quote>> predicted = new TreeMap<>();
        Map<String, List<Quote>> baseline = new TreeMap<>();
        for (RawArticle raw : read.articles()) {
            if (gold.containsKey(raw.id())) {
                Article a = cleaner.clean(raw);
                predicted.put(a.id(), extractor.extract(a));
                baseline.put(a.id(), QuoteEvaluation.marksOnly(a));
            }
        }
        int missing = 0;
        for (String id : gold.keySet()) {
            if (!predicted.containsKey(id)) {
                missing++;
            }
        }
        if (predicted.isEmpty()) {
            throw new BadInputException("no labelled article found in " + corpus);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d labelled articles (%d not in the corpus)%n", gold.size(), missing);
        out.print(QuoteEvaluation.of(gold, predicted).format());
        out.println("baseline (every stretch between paired quotation marks; no speaker, no reported speech):");
        out.print(QuoteEvaluation.of(gold, baseline).format());
        return ExitCode.OK;
    }
}
