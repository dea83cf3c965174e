package org.stemma.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.ingest.Corpus;
import org.stemma.ingest.IngestConfig;
import org.stemma.model.Analysis;
import org.stemma.model.Problem;
import org.stemma.model.RawArticle;
import org.stemma.pipeline.Pipeline;
import org.stemma.pipeline.PipelineConfig;
import org.stemma.pipeline.ProgressListener;
import org.stemma.report.JsonlReportWriter;
import org.stemma.report.ReportConfig;

class SparkAnalyzeIT {
    private static final Path HARBOUR = Path.of("..", "examples", "harbour", "corpus.jsonl");
    private static SparkSession spark;
    private static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("stemma-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theSparkJobWritesTheSameFilesAsStemmaAnalyzeOnTheHarbourExample(@TempDir Path tmp) throws IOException {
        assertSameOutput(List.of(HARBOUR), tmp, 3);
    }

    @Test
    void passagesAndEdgesAreWrittenAsParquetTablesThatReadBackTheSame(@TempDir Path tmp) throws IOException {
        Analysis analysis = SparkAnalyze.analyze(sc, List.of(HARBOUR), SparkAnalyzeConfig.defaults());
        SparkAnalyze.writeParquet(spark, analysis, tmp);
        List<org.apache.spark.sql.Row> passages = spark.read().parquet(tmp.resolve("passages").toString())
                .orderBy("a", "b", "a_start", "b_start").collectAsList();
        assertEquals(analysis.passages().size(), passages.size());
        org.stemma.model.Passage first = analysis.passages().get(0);
        assertEquals(first.a(), passages.get(0).getString(0));
        assertEquals(first.inB().end(), passages.get(0).getInt(5));
        assertEquals(first.score(), passages.get(0).getDouble(6));
        assertEquals(analysis.edges().size(),
                spark.read().parquet(tmp.resolve("edges").toString()).count());
    }

    @Test
    void theResultDoesNotDependOnThePartitionCount(@TempDir Path tmp) throws IOException {
        assertSameOutput(List.of(HARBOUR), tmp, 1);
    }

    @Test
    void aCorpusWithDuplicatesBadLinesAndABoilerplateAnchorGivesTheSameFilesAsStemmaAnalyze(@TempDir Path tmp)
            throws IOException {
        Path corpus = tmp.resolve("mixed.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(HARBOUR));
        lines.add("{not json");
        lines.add(lines.get(0));
        String boilerplate = "Subscribe to our newsletter for the latest local news delivered to your inbox "
                + "every single morning before the tide turns.";
        for (int i = 0; i < 20; i++) {
            lines.add("{\"id\":\"bp-" + i + "\",\"outlet\":\"Outlet " + i + "\",\"text\":\"Item " + i
                    + " about topic number " + (i * 7) + " in the district. " + boilerplate + "\"}");
        }
        Files.write(corpus, lines);
        Analysis analysis = assertSameOutput(List.of(corpus), tmp, 2);
        // 20 articles share the boilerplate anchors, above the cap of 16 for 27 articles: no pair among them.
        assertFalse(analysis.passages().stream().anyMatch(p -> p.a().startsWith("bp-") && p.b().startsWith("bp-")),
                "the boilerplate anchors were over the document-frequency cap");
    }

    private static Analysis assertSameOutput(List<Path> inputs, Path tmp, int partitions) throws IOException {
        Path single = tmp.resolve("single");
        Path distributed = tmp.resolve("spark");
        List<Problem> problems = new ArrayList<>();
        List<RawArticle> raw = new ArrayList<>();
        try (Corpus corpus = Corpus.open(inputs, IngestConfig.defaults(), problems::add)) {
            corpus.forEach(raw::add);
        }
        Analysis expected = new Pipeline(PipelineConfig.defaults().withThreads(2))
                .analyze(raw, problems, ProgressListener.SILENT);
        new JsonlReportWriter(ReportConfig.defaults()).write(expected, single);
        Analysis actual = SparkAnalyze.run(sc, inputs, SparkAnalyzeConfig.defaults().withPartitions(partitions),
                distributed);

        List<String> names;
        try (Stream<Path> files = Files.list(single)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertFalse(names.isEmpty());
        assertFalse(expected.passages().isEmpty(), "the corpus must exercise the align stage");
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(single.resolve(name)), Files.readAllBytes(distributed.resolve(name)),
                    name + " differs");
        }
        try (Stream<Path> files = Files.list(distributed)) {
            assertEquals(names, files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        return actual;
    }
}
