package org.stemma.apitest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.ingest.Corpus;
import org.stemma.ingest.IngestConfig;
import org.stemma.model.Analysis;
import org.stemma.model.Edge;
import org.stemma.model.Problem;
import org.stemma.model.RawArticle;
import org.stemma.pipeline.Pipeline;
import org.stemma.pipeline.PipelineConfig;
import org.stemma.pipeline.ProgressListener;
import org.stemma.report.JsonlReportWriter;
import org.stemma.report.ReportConfig;

/** The README's Java example, word for word but for the paths, using only the public API. */
class ReadmeExampleTest {
    @TempDir
    Path out;

    @Test
    void theReadmeExampleRunsAndFindsTheWireAsTheCopiesSource() throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<RawArticle> articles;
        try (Corpus corpus = Corpus.open(List.of(Path.of("../examples/harbour")), IngestConfig.defaults(),
                problems::add)) {
            articles = corpus.stream().toList();
        }
        Analysis analysis = new Pipeline(PipelineConfig.defaults()).analyze(articles, problems,
                ProgressListener.SILENT);
        List<String> lines = new ArrayList<>();
        for (Edge edge : analysis.edges()) {
            lines.add(edge.source() + " -> " + edge.target() + " " + edge.evidence());
        }
        new JsonlReportWriter(ReportConfig.defaults()).write(analysis, out);

        assertEquals(5, analysis.articles().size());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("wire-0412 -> coastwatch-0412")), lines.toString());
        assertTrue(Files.size(out.resolve("articles.jsonl")) > 0);
        assertTrue(problems.isEmpty(), problems.toString());
    }
}
