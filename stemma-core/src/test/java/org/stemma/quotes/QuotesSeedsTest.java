package org.stemma.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stemma.ingest.Corpus;
import org.stemma.ingest.IngestConfig;
import org.stemma.model.Analysis;
import org.stemma.model.Problem;
import org.stemma.model.Quote;
import org.stemma.model.QuoteDrift;
import org.stemma.model.QuoteGroup;
import org.stemma.model.RawArticle;
import org.stemma.pipeline.Pipeline;
import org.stemma.pipeline.PipelineConfig;
import org.stemma.pipeline.ProgressListener;

/**
 * The seed corpus's quotation expectations (shared/corpora/seeds/EXPECTED.md), checked through general
 * properties only: which articles share a group, and how their members are reported. Skips when the shared
 * data is absent.
 */
class QuotesSeedsTest {
    static Optional<Path> shared(String relative) {
        String property = System.getProperty("stemma.shared");
        if (property != null && Files.isDirectory(Path.of(property).resolve(relative))) {
            return Optional.of(Path.of(property).resolve(relative));
        }
        return Optional.empty();
    }

    private static Analysis analyse() throws IOException {
        Optional<Path> seeds = shared("corpora/seeds");
        assumeTrue(seeds.isPresent(), "shared seed corpus not found (stemma.shared="
                + System.getProperty("stemma.shared") + "); skipping the seed quotation measures");
        List<Problem> problems = new ArrayList<>();
        List<RawArticle> raw;
        try (Corpus corpus = Corpus.open(List.of(seeds.get()), IngestConfig.defaults(), problems::add)) {
            raw = corpus.stream().toList();
        }
        return new Pipeline(PipelineConfig.defaults()).analyze(raw, problems, ProgressListener.SILENT);
    }

    private static boolean holds(QuoteGroup g, String... prefixes) {
        for (String p : prefixes) {
            if (g.articles().stream().noneMatch(a -> a.startsWith(p))) {
                return false;
            }
        }
        return true;
    }

    private static String describe(List<QuoteGroup> groups) {
        StringBuilder sb = new StringBuilder();
        for (QuoteGroup g : groups) {
            sb.append(g.id()).append(' ').append(g.speaker()).append(' ').append(g.articles()).append(' ')
                    .append(g.drift()).append('\n');
        }
        return sb.toString();
    }

    @Test
    void theQuotationMeasuresOfTheSeedsHold() throws IOException {
        Analysis analysis = analyse();
        List<QuoteGroup> groups = analysis.quoteGroups();
        String all = describe(groups);
        System.out.print(all);

        // the alliance's statement: one group holding 001's quoted wording and 002's other wording
        assertTrue(groups.stream().anyMatch(g -> holds(g, "001", "002")
                && g.members().stream().anyMatch(m -> m.articleId().startsWith("001") && m.kind().marked())
                && g.members().stream().anyMatch(m -> m.articleId().startsWith("002"))), all);

        // the president's demand for guarantees: one group with 000, 001 and 002, one speaker throughout
        assertTrue(groups.stream().anyMatch(g -> holds(g, "000", "001", "002")
                && g.speaker().isPresent() && !g.drift().contains(QuoteDrift.SPEAKER_CHANGED)
                && g.members().stream().filter(m -> m.speaker().isPresent()).count() >= 3), all);

        // 000 drops quotation marks that 001 keeps: flagged, with 000's member unquoted
        assertTrue(groups.stream().anyMatch(g -> holds(g, "000", "001")
                && g.drift().contains(QuoteDrift.MARKS_DROPPED)
                && g.members().stream().anyMatch(m -> m.articleId().startsWith("000") && !m.kind().marked())
                && g.members().stream().anyMatch(m -> m.articleId().startsWith("001") && m.kind().marked())), all);

        // every extracted quotation lies inside its article
        for (Quote q : analysis.quotes()) {
            int length = analysis.articles().stream().filter(a -> a.id().equals(q.articleId())).findFirst()
                    .orElseThrow().text().length();
            assertTrue(q.span().end() <= length, q.toString());
        }
        assertTrue(!analysis.claims().isEmpty(), "the seeds' storyline has shared claims");
    }
}
