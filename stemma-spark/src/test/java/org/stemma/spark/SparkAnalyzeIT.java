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
        assertSameOutput(List.of(corpus), tmp, 2);
    }

    private static void assertSameOutput(List<Path> inputs, Path tmp, int partitions) throws IOException {
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
        SparkAnalyze.run(sc, inputs, SparkAnalyzeConfig.defaults().withPartitions(partitions), distributed);

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
    }
}
