package org.stemma.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.stemma.align.AnchoredAligner;
import org.stemma.align.Aligner;
import org.stemma.align.Witness;
import org.stemma.clean.Cleaner;
import org.stemma.clean.CleanerConfig;
import org.stemma.clean.RuleCleaner;
import org.stemma.fingerprint.Fingerprinter;
import org.stemma.fingerprint.Fingerprints;
import org.stemma.fingerprint.TokenSequence;
import org.stemma.fingerprint.WinnowingFingerprinter;
import org.stemma.fingerprint.WordTokenizer;
import org.stemma.ingest.Corpus;
import org.stemma.ingest.IngestConfig;
import org.stemma.model.Analysis;
import org.stemma.pipeline.Pipeline;
import org.stemma.pipeline.PipelineConfig;
import org.stemma.pipeline.ProgressListener;
import org.stemma.model.Article;
import org.stemma.model.Edge;
import org.stemma.model.Passage;
import org.stemma.model.Problem;
import org.stemma.model.RawArticle;
import org.stemma.model.Stage;
import org.stemma.report.JsonlReportWriter;
import org.stemma.report.ReportConfig;
import scala.Tuple2;

/**
 * Runs the stemma pipeline as a Spark job and writes the same JSONL files as {@code stemma analyze}.
 *
 * <p>Where each stage runs:
 * <ul>
 *   <li>ingest → clean → tokenize → fingerprint: on executors, one task per partition, each streaming the
 *       input with stemma-core's readers and keeping its share (position modulo partitions); it sends back
 *       only each article's distinct anchor hashes.</li>
 *   <li>candidates: a distributed join. Anchors are exploded to (hash, article), counted per hash, and a hash
 *       in fewer than two or more than {@link org.stemma.candidates.InvertedAnchorIndex.Config#docFrequencyCap}
 *       articles is dropped <em>before</em> grouping, so a boilerplate sentence shared by every article costs
 *       one count, not a quadratic pair list. Pairs sharing at least {@code minSharedAnchors} anchors are
 *       kept, and each article keeps its {@code maxPairsPerArticle} best; an anchor above {@code fullJoinLimit}
 *       holders pairs each with its next {@code fullJoinLimit} — the same rules, and so the same pairs, as
 *       {@link org.stemma.candidates.InvertedAnchorIndex}.</li>
 *   <li>align: on executors; pairs are spread over partitions and each task cleans only the articles its
 *       pairs name, then runs the {@link AnchoredAligner}.</li>
 *   <li>cluster, provenance, changes, report: on the driver. They are corpus-level (average-link clustering
 *       and the lineage forest read every passage at once), and the driver holds the cleaned articles the
 *       report needs. Since the model records are not {@code Serializable}, the driver cleans the articles
 *       itself rather than collecting them (cleaning is deterministic, so the articles are the same).</li>
 * </ul>
 * Results are sorted exactly as {@link org.stemma.pipeline.Pipeline} sorts them, so the output equals
 * {@code stemma analyze} on the same inputs, byte for byte. Inputs: whatever {@link Corpus} reads
 * (JSONL, text, HTML, WARC), at paths every executor can read.
 *
 * <p>On JDK 17 Spark needs {@code --add-opens} flags (see README, "Spark"); {@code spark-submit} adds them.
 */
public final class SparkAnalyze {
    /** Where Parquet inputs are written as JSONL, under the output folder. */
    static final String PARQUET_INPUT_DIR = "parquet-input";
    /** The folder under the output folder that {@link #main} writes the Parquet tables into. */
    public static final String PARQUET_DIR = "parquet";
    private static final StructType PASSAGE_SCHEMA = new StructType()
            .add("a", DataTypes.StringType, false).add("b", DataTypes.StringType, false)
            .add("a_start", DataTypes.IntegerType, false).add("a_end", DataTypes.IntegerType, false)
            .add("b_start", DataTypes.IntegerType, false).add("b_end", DataTypes.IntegerType, false)
            .add("score", DataTypes.DoubleType, false).add("edits", DataTypes.IntegerType, false);
    private static final StructType EDGE_SCHEMA = new StructType()
            .add("source", DataTypes.StringType, false).add("target", DataTypes.StringType, false)
            .add("confidence", DataTypes.DoubleType, false)
            .add("evidence", DataTypes.createArrayType(DataTypes.StringType, false), false);
    private SparkAnalyze() {
    }

    /**
     * {@code SparkAnalyze OUT_DIR INPUT...}: analyses the inputs on the session's cluster (master from
     * {@code spark-submit}, or {@code local[*]} when none is set) and writes the JSONL report to OUT_DIR.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: SparkAnalyze OUT_DIR INPUT...");
        }
        Path out = Path.of(args[0]);
        List<Path> inputs = Arrays.stream(args, 1, args.length).map(Path::of).toList();
        SparkSession.Builder builder = SparkSession.builder().appName("stemma analyze");
        if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        try (SparkSession spark = builder.getOrCreate()) {
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            int partitions = Math.max(1, sc.defaultParallelism());
            Analysis analysis = run(sc, inputs, SparkAnalyzeConfig.defaults().withPartitions(partitions), out);
            writeParquet(spark, analysis, out.resolve(PARQUET_DIR));
        }
    }

    /**
     * Analyses {@code inputs} and writes the JSONL report (docs/FORMATS.md) into {@code out}. A Parquet input
     * (a {@code .parquet} file or a folder of them, with the corpus JSONL's columns) is first written as
     * JSONL under {@code out/}{@value #PARQUET_INPUT_DIR} ({@link ParquetInput}).
     */
    public static Analysis run(JavaSparkContext sc, List<Path> inputs, SparkAnalyzeConfig config, Path out)
            throws IOException {
        List<Path> readable = inputs;
        for (Path input : inputs) {
            if (ParquetInput.isParquet(input)) {
                readable = ParquetInput.asJsonl(SparkSession.active(), inputs, out.resolve(PARQUET_INPUT_DIR));
                break;
            }
        }
        Analysis analysis = analyze(sc, readable, config);
        new JsonlReportWriter(ReportConfig.defaults()).write(analysis, out);
        return analysis;
    }

    /** Analyses {@code inputs}; the result equals {@code Pipeline.analyze} on the same corpus. */
    public static Analysis analyze(JavaSparkContext sc, List<Path> inputs, SparkAnalyzeConfig config)
            throws IOException {
        String[] paths = inputs.stream().map(p -> p.toAbsolutePath().toString()).toArray(String[]::new);
        int shards = config.partitions();

        // ingest → clean → tokenize → fingerprint, per partition
        JavaPairRDD<String, long[]> anchors = sc.parallelize(IntStream.range(0, shards).boxed().toList(), shards)
                .flatMapToPair(shard -> fingerprintShard(paths, shard, shards)).cache();
        int articleCount = (int) anchors.count();

        // candidates: document-frequency cap before the join
        int cap = config.candidates().docFrequencyCap(articleCount);
        int minShared = config.candidates().minSharedAnchors();
        int band = config.candidates().fullJoinLimit();
        int best = config.candidates().maxPairsPerArticle();
        JavaPairRDD<Long, String> postings = anchors.flatMapToPair(SparkAnalyze::explode);
        JavaPairRDD<Long, Integer> kept = postings.mapValues(id -> 1).reduceByKey(Integer::sum)
                .filter(df -> df._2() >= 2 && df._2() <= cap);
        JavaPairRDD<Tuple2<String, String>, Integer> counted = postings.join(kept).mapValues(Tuple2::_1)
                .groupByKey()
                .flatMapToPair(group -> pairsOf(group._2(), band))
                .reduceByKey(Integer::sum)
                .filter(count -> count._2() >= minShared);
        // each article keeps its best pairs; a pair stays when either article keeps it (as InvertedAnchorIndex)
        JavaRDD<Tuple2<String, String>> pairs = counted
                .flatMapToPair(c -> List.of(new Tuple2<>(c._1()._1(), new Tuple2<>(c._1()._2(), c._2())),
                        new Tuple2<>(c._1()._2(), new Tuple2<>(c._1()._1(), c._2()))).iterator())
                .groupByKey()
                .flatMap(group -> bestOf(group._1(), group._2(), best))
                .distinct();

        // align, per partition of pairs
        List<AlignedPair> aligned = new ArrayList<>(pairs.repartition(shards)
                .mapPartitions(part -> alignPartition(paths, part)).collect());
        anchors.unpersist();
        aligned.sort(Comparator.comparing(AlignedPair::a).thenComparing(AlignedPair::b));

        return onDriver(inputs, aligned);
    }

    /**
     * Writes the passages and provenance edges of {@code analysis} as Parquet tables {@code passages} and
     * {@code edges} under {@code dir} (overwritten), for querying with Spark SQL; columns in docs/FORMATS.md.
     */
    public static void writeParquet(SparkSession spark, Analysis analysis, Path dir) {
        List<Row> passages = new ArrayList<>(analysis.passages().size());
        for (Passage p : analysis.passages()) {
            passages.add(RowFactory.create(p.a(), p.b(), p.inA().start(), p.inA().end(), p.inB().start(),
                    p.inB().end(), p.score(), p.edits().size()));
        }
        List<Row> edges = new ArrayList<>(analysis.edges().size());
        for (Edge e : analysis.edges()) {
            edges.add(RowFactory.create(e.source(), e.target(), e.confidence(),
                    scala.jdk.javaapi.CollectionConverters.asScala(e.evidence()).toSeq()));
        }
        spark.createDataFrame(passages, PASSAGE_SCHEMA).coalesce(1).write().mode(SaveMode.Overwrite)
                .parquet(dir.resolve("passages").toString());
        spark.createDataFrame(edges, EDGE_SCHEMA).coalesce(1).write().mode(SaveMode.Overwrite)
                .parquet(dir.resolve("edges").toString());
    }

    private static Iterator<Tuple2<String, long[]>> fingerprintShard(String[] paths, int shard, int shards) {
        Cleaner cleaner = new RuleCleaner(CleanerConfig.defaults());
        WordTokenizer tokenizer = new WordTokenizer();
        Fingerprinter fingerprinter = new WinnowingFingerprinter();
        List<Tuple2<String, long[]>> out = new ArrayList<>();
        CorpusShard.forShard(paths, shard, shards, raw -> {
            Optional<Article> article = cleanQuietly(cleaner, raw);
            article.ifPresent(a -> {
                Fingerprints prints = fingerprinter.fingerprint(a.id(), tokenizer.tokenize(a.text(), a.body()));
                out.add(new Tuple2<>(a.id(), Arrays.stream(prints.hashes()).distinct().toArray()));
            });
        });
        return out.iterator();
    }

    /** A clean that fails is left out here; the driver's own clean records it as a problem, once. */
    private static Optional<Article> cleanQuietly(Cleaner cleaner, RawArticle raw) {
        try {
            return Optional.of(cleaner.clean(raw));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Iterator<Tuple2<Long, String>> explode(Tuple2<String, long[]> article) {
        List<Tuple2<Long, String>> out = new ArrayList<>(article._2().length);
        for (long hash : article._2()) {
            out.add(new Tuple2<>(hash, article._1()));
        }
        return out.iterator();
    }

    /** Every pair of the articles sharing one anchor, the smaller id first (as CandidatePair orders them). */
    /** The pairs one anchor adds: all of them up to {@code band} holders, else each with its next {@code band}. */
    /** The {@code k} best pairs of {@code article}: most shared anchors, then the lower partner id. */
    private static Iterator<Tuple2<String, String>> bestOf(String article, Iterable<Tuple2<String, Integer>> partners,
                                                           int k) {
        List<Tuple2<String, Integer>> sorted = new ArrayList<>();
        partners.forEach(sorted::add);
        sorted.sort(Comparator.<Tuple2<String, Integer>>comparingInt(t -> -t._2()).thenComparing(Tuple2::_1));
        List<Tuple2<String, String>> out = new ArrayList<>();
        for (Tuple2<String, Integer> t : sorted.subList(0, Math.min(k, sorted.size()))) {
            out.add(article.compareTo(t._1()) < 0 ? new Tuple2<>(article, t._1()) : new Tuple2<>(t._1(), article));
        }
        return out.iterator();
    }

    private static Iterator<Tuple2<Tuple2<String, String>, Integer>> pairsOf(Iterable<String> ids, int band) {
        List<String> sorted = new ArrayList<>();
        ids.forEach(sorted::add);
        sorted.sort(null);
        List<Tuple2<Tuple2<String, String>, Integer>> out = new ArrayList<>();
        for (int x = 0; x < sorted.size(); x++) {
            int last = sorted.size() <= band ? sorted.size() : Math.min(sorted.size(), x + 1 + band);
            for (int y = x + 1; y < last; y++) {
                out.add(new Tuple2<>(new Tuple2<>(sorted.get(x), sorted.get(y)), 1));
            }
        }
        return out.iterator();
    }

    private static Iterator<AlignedPair> alignPartition(String[] paths, Iterator<Tuple2<String, String>> part) {
        List<Tuple2<String, String>> pairs = new ArrayList<>();
        part.forEachRemaining(pairs::add);
        if (pairs.isEmpty()) {
            return List.<AlignedPair>of().iterator();
        }
        Set<String> wanted = new HashSet<>();
        for (Tuple2<String, String> p : pairs) {
            wanted.add(p._1());
            wanted.add(p._2());
        }
        Cleaner cleaner = new RuleCleaner(CleanerConfig.defaults());
        WordTokenizer tokenizer = new WordTokenizer();
        Map<String, Witness> witnesses = new HashMap<>();
        CorpusShard.forIds(paths, wanted::contains, raw -> cleanQuietly(cleaner, raw).ifPresent(a ->
                witnesses.put(a.id(), new Witness(a.id(), a.text(), tokenizer.tokenize(a.text(), a.body())))));
        Aligner aligner = new AnchoredAligner();
        List<AlignedPair> out = new ArrayList<>(pairs.size());
        for (Tuple2<String, String> p : pairs) {
            try {
                List<Passage> passages = aligner.align(witnesses.get(p._1()), witnesses.get(p._2()));
                out.add(new AlignedPair(p._1(), p._2(),
                        passages.stream().map(PassageCodec::encode).toArray(String[]::new), null));
            } catch (RuntimeException e) {
                out.add(new AlignedPair(p._1(), p._2(), new String[0], e.toString()));
            }
        }
        return out.iterator();
    }

    /** The corpus-level stages, with the same classes, order and problem messages as Pipeline. */
    private static Analysis onDriver(List<Path> inputs, List<AlignedPair> aligned) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<RawArticle> raw = new ArrayList<>();
        try (Corpus corpus = Corpus.open(inputs, IngestConfig.defaults(), problems::add)) {
            corpus.forEach(raw::add);
        }
        Cleaner cleaner = new RuleCleaner(CleanerConfig.defaults());
        Article[] cleaned = new Article[raw.size()];
        RuntimeException[] failed = new RuntimeException[raw.size()];
        IntStream.range(0, raw.size()).parallel().forEach(i -> {
            try {
                cleaned[i] = cleaner.clean(raw.get(i));
            } catch (RuntimeException e) {
                failed[i] = e;
            }
        });
        for (int i = 0; i < raw.size(); i++) {
            if (failed[i] != null) {
                problems.add(new Problem(raw.get(i).origin(), Optional.of(raw.get(i).id()), Stage.CLEAN,
                        "internal error, article left out: " + failed[i]));
            }
        }
        List<Article> articles = Arrays.stream(cleaned).filter(a -> a != null)
                .sorted(Comparator.comparing(Article::id)).toList();
        WordTokenizer tokenizer = new WordTokenizer();
        TokenSequence[] tokens = new TokenSequence[articles.size()];
        IntStream.range(0, articles.size()).parallel().forEach(i ->
                tokens[i] = tokenizer.tokenize(articles.get(i).text(), articles.get(i).body()));
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));

        List<Passage> passages = new ArrayList<>();
        for (AlignedPair pair : aligned) {
            if (pair.failure() != null) {
                Article a = byId.get(pair.a());
                problems.add(new Problem(a.raw().origin(), Optional.of(a.id()), Stage.ALIGN,
                        "internal error aligning with " + pair.b() + ", pair left out: " + pair.failure()));
            } else {
                for (String json : pair.passages()) {
                    passages.add(PassageCodec.decode(json));
                }
            }
        }
        passages.sort(Comparator.comparing(Passage::a).thenComparing(Passage::b)
                .thenComparing(Passage::inA).thenComparing(Passage::inB));

        // The corpus-level stages run on the driver, through the very method Pipeline.analyze ends with.
        return new Pipeline(PipelineConfig.defaults()).finish(articles, Arrays.asList(tokens), passages, problems,
                ProgressListener.SILENT);
    }

    /** One aligned candidate pair as it travels back to the driver; {@code failure} is null on success. */
    record AlignedPair(String a, String b, String[] passages, String failure) implements Serializable {
    }
}
