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

    @Test
    void anOutletsFooterIsTheSameTemplateClutterAsInStemmaAnalyze(@TempDir Path tmp) throws IOException {
        // Four unrelated items of one outlet end with its footer, which the clean stage's corpus-level part
        // (OutletTemplates) moves to clutter: the votes are counted across partitions, as Pipeline counts them.
        Path corpus = tmp.resolve("framed.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(HARBOUR));
        String footer = "Get the lantern desk's tidy evening digest, free.";
        String[] topics = {"The ferry timetable changes on Monday as the winter service begins on the island route.",
            "A new bakery opened on Mill Street, selling rye loaves and cardamom buns from six in the morning.",
            "Volunteers planted two hundred oak saplings along the old railway path over the weekend.",
            "The library will lend telescopes to families for the meteor shower expected next month."};
        for (int i = 0; i < topics.length; i++) {
            lines.add("{\"id\":\"fr-" + i + "\",\"outlet\":\"Lantern Weekly\",\"text\":\"Item " + i + "\\n\\n"
                    + topics[i] + "\\n\\n" + footer + "\"}");
        }
        Files.write(corpus, lines);
        Analysis analysis = assertSameOutput(List.of(corpus), tmp, 3);
        long framed = analysis.articles().stream().filter(a -> a.id().startsWith("fr-"))
                .filter(a -> a.clutter().stream().anyMatch(c -> c.kind() == org.stemma.model.ClutterKind.TEMPLATE))
                .count();
        assertEquals(topics.length, framed, "every item's footer is template clutter");
    }

    @Test
    void aWarcCrawlBesideAJsonlCorpusGivesTheSameFilesAsStemmaAnalyze(@TempDir Path tmp) throws IOException {
        java.io.ByteArrayOutputStream warc = new java.io.ByteArrayOutputStream();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        int n = 0;
        for (String line : Files.readAllLines(HARBOUR)) {
            String text = json.readTree(line).get("text").asText();
            StringBuilder html = new StringBuilder("<html><head><title>Reprint ").append(n)
                    .append("</title></head><body><article>");
            for (String paragraph : text.split("\\R+")) {
                html.append("<p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
            }
            html.append("</article></body></html>");
            byte[] body = html.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                    + body.length + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            byte[] block = new byte[http.length + body.length];
            System.arraycopy(http, 0, block, 0, http.length);
            System.arraycopy(body, 0, block, http.length, body.length);
            String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000"
                    + n + ">\r\nWARC-Date: 2025-04-1" + n + "T10:00:00Z\r\nWARC-Target-URI: https://reprints.example/"
                    + n + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
                    + block.length + "\r\n\r\n";
            warc.write(header.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            warc.write(block);
            warc.write("\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            n++;
        }
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir);
        Files.write(dir.resolve("crawl.warc"), warc.toByteArray());
        Files.copy(HARBOUR, dir.resolve("corpus.jsonl"));
        Analysis analysis = assertSameOutput(List.of(dir), tmp, 2);
        assertEquals(2 * n, analysis.articles().size(), "both the crawl and the corpus were read");
        assertFalse(analysis.passages().stream().noneMatch(p -> p.a().startsWith("urn:") || p.b().startsWith("urn:")),
                "the crawled reprints are found reusing the corpus");
    }

    @Test
    void aParquetCorpusWithTheJsonlColumnsGivesTheSameFilesAsStemmaAnalyzeOnTheJsonl(@TempDir Path tmp)
            throws IOException {
        Path parquet = tmp.resolve("corpus-parquet");
        spark.read().json(HARBOUR.toString()).coalesce(1).write().parquet(parquet.toString());
        Path single = tmp.resolve("single");
        Path distributed = tmp.resolve("spark");
        List<Problem> problems = new ArrayList<>();
        List<RawArticle> raw = new ArrayList<>();
        try (Corpus corpus = Corpus.open(List.of(HARBOUR), IngestConfig.defaults(), problems::add)) {
            corpus.forEach(raw::add);
        }
        new JsonlReportWriter(ReportConfig.defaults()).write(new Pipeline(PipelineConfig.defaults().withThreads(2))
                .analyze(raw, problems, ProgressListener.SILENT), single);
        SparkAnalyze.run(sc, List.of(parquet), SparkAnalyzeConfig.defaults().withPartitions(2), distributed);
        Path converted = distributed.resolve(SparkAnalyze.PARQUET_INPUT_DIR).resolve("input-0.jsonl");
        assertEquals(raw.size(), Files.readAllLines(converted).size());
        List<String> names;
        try (Stream<Path> files = Files.list(single)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        for (String name : names) {
            // articles.jsonl names its input file; the rest must match byte for byte
            String actual = Files.readString(distributed.resolve(name)).replace(converted.toString(),
                    HARBOUR.toString());
            assertEquals(Files.readString(single.resolve(name)), actual, name + " differs");
        }
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
