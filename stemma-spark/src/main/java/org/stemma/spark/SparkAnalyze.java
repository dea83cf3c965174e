package org.stemma.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
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
import org.apache.spark.storage.StorageLevel;
import org.stemma.align.AnchoredAligner;
import org.stemma.align.Aligner;
import org.stemma.align.Witness;
import org.stemma.clean.Cleaner;
import org.stemma.clean.CleanerConfig;
import org.stemma.clean.OutletTemplates;
import org.stemma.clean.RuleCleaner;
import org.stemma.fingerprint.Fingerprinter;
import org.stemma.fingerprint.Fingerprints;
import org.stemma.fingerprint.TokenSequence;
import org.stemma.fingerprint.WinnowingFingerprinter;
import org.stemma.fingerprint.WordTokenizer;
import org.stemma.ingest.Corpus;
import org.stemma.ingest.IngestConfig;
import org.stemma.model.Analysis;
import org.stemma.model.Change;
import org.stemma.pipeline.Pipeline;
import org.stemma.pipeline.PipelineConfig;
import org.stemma.pipeline.ProgressListener;
import org.stemma.model.Article;
import org.stemma.model.Edge;
import org.stemma.model.Origin;
import org.stemma.model.Passage;
import org.stemma.model.Problem;
import org.stemma.model.RawArticle;
import org.stemma.model.Stage;
import org.stemma.report.ChangesWriter;
import org.stemma.report.JsonlReportWriter;
import org.stemma.report.ReportConfig;
import scala.Tuple2;

/**
 * Runs the stemma pipeline as a Spark job and writes the same JSONL files as {@code stemma analyze}.
 *
 * <p>Where each stage runs:
 * <ul>
 *   <li>ingest → clean → tokenize → fingerprint: on executors, one task per partition, each streaming the
 *       input with stemma-core's readers and keeping its share (position modulo partitions). Each article is
 *       cleaned there and only there: the task keeps its text, what cleaning found ({@link ArticleCodec}) and
 *       its distinct anchor hashes in a persisted RDD, which the later steps read instead of cleaning again.
 *       Between clean and fingerprint, the clean stage's corpus-level part ({@link OutletTemplates}): each
 *       article's votes for its outlet's frame are counted per outlet and key, the candidates (enough votes)
 *       come back to the driver, each voting article's story sketch is gathered per candidate in a second
 *       shuffle and judged there, and each task moves the template keys to clutter before fingerprinting.</li>
 *   <li>candidates: a distributed join. Anchors are exploded to (hash, article) and gathered per hash in one
 *       shuffle ({@link Holders}), and a hash in fewer than two or more than
 *       {@link org.stemma.candidates.InvertedAnchorIndex.Config#docFrequencyCap} articles is dropped; past the
 *       cap only a count is kept, so a boilerplate sentence shared by every article costs one counter, not a
 *       list of every article or a quadratic pair list. Pairs sharing at least {@code minSharedAnchors} anchors are
 *       kept, and each article keeps its {@code maxPairsPerArticle} best; an anchor above {@code fullJoinLimit}
 *       holders pairs each with its next {@code fullJoinLimit} — the same rules, and so the same pairs, as
 *       {@link org.stemma.candidates.InvertedAnchorIndex}.</li>
 *   <li>align: on executors. Each pair goes to the task of its first article; each task receives, once, the
 *       cleaned articles its pairs name (a cogroup of the tasks' requests with the persisted articles), tokenizes
 *       them and runs the {@link AnchoredAligner}.</li>
 *   <li>cluster, provenance, changes, quotes, report: on the driver, through {@link Pipeline#finish}. They are
 *       corpus-level (average-link clustering and the lineage forest read every passage at once). The driver
 *       reads the raw articles with the inputs as given (so origins and reading problems are {@code analyze}'s),
 *       joins each with what its shard's clean found (collected: no texts) and tokenizes them.</li>
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
        Analysis analysis;
        // As `stemma analyze` does: the driver writes typed changes as it finds them instead of holding them.
        try (ChangesWriter changes = ChangesWriter.open(out)) {
            analysis = analyze(sc, readable, config, changes);
        }
        new JsonlReportWriter(ReportConfig.defaults()).write(analysis, out, false);
        return analysis;
    }

    /** Analyses {@code inputs}; the result equals {@code Pipeline.analyze} on the same corpus. */
    public static Analysis analyze(JavaSparkContext sc, List<Path> inputs, SparkAnalyzeConfig config)
            throws IOException {
        return analyze(sc, inputs, config, null);
    }

    /**
     * As {@link #analyze(JavaSparkContext, List, SparkAnalyzeConfig)}, with typed changes handed to
     * {@code changes} on the driver as {@code Pipeline.analyze(raw, problems, progress, changes)} does (the
     * result then holds none); {@code null} collects them into the result.
     */
    public static Analysis analyze(JavaSparkContext sc, List<Path> inputs, SparkAnalyzeConfig config,
                                   Consumer<Change> changes) throws IOException {
        String[] paths = inputs.stream().map(p -> p.toAbsolutePath().toString()).toArray(String[]::new);
        int shards = config.partitions();

        // ingest → clean → tokenize → fingerprint, per partition; each article is cleaned here and only here:
        // the align tasks and the driver read it back from this cache (kept on disk rather than recomputed).
        JavaRDD<Cleaned> firstClean = sc.parallelize(IntStream.range(0, shards).boxed().toList(), shards)
                .flatMap(shard -> cleanShard(paths, shard, shards)).persist(StorageLevel.MEMORY_AND_DISK());
        // the clean stage's corpus-level part (OutletTemplates): votes counted per outlet and key, the candidates
        // (enough votes) to the driver; then each voting article's story sketch gathered per candidate and judged
        // there, and only the template keys back to the driver
        JavaRDD<Cleaned> voting = firstClean.filter(c -> c.isArticle() && c.votes() != null);
        int minArticles = new OutletTemplates().minArticles();
        HashMap<String, Set<Long>> candidates = new HashMap<>();
        voting.flatMapToPair(c -> Arrays.stream(c.votes()).mapToObj(k -> new Tuple2<>(new Tuple2<>(c.outlet(), k), 1))
                        .iterator())
                .reduceByKey(Integer::sum)
                .filter(v -> v._2() >= minArticles)
                .keys()
                .collect()
                .forEach(k -> candidates.computeIfAbsent(k._1(), o -> new TreeSet<>()).add(k._2()));
        TreeSet<Long> templates = new TreeSet<>(voting.filter(c -> candidates.containsKey(c.outlet()))
                .flatMapToPair(c -> {
                    Set<Long> ofOutlet = candidates.get(c.outlet());
                    long[] context = OutletTemplates.context(c.segments(), ofOutlet);
                    return Arrays.stream(c.votes()).filter(ofOutlet::contains)
                            .mapToObj(k -> new Tuple2<>(new Tuple2<>(c.outlet(), k), new Tuple2<>(c.id(), context)))
                            .iterator();
                })
                .groupByKey()
                .filter(SparkAnalyze::isTemplate)
                .map(group -> group._1()._2())
                .distinct()
                .collect());
        JavaRDD<Cleaned> cleaned = firstClean.mapPartitions(part -> framedAndFingerprinted(part, templates))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, long[]> anchors = cleaned.filter(Cleaned::isArticle)
                .mapToPair(c -> new Tuple2<>(c.id(), c.anchors()));
        int articleCount = (int) anchors.count();
        firstClean.unpersist();

        // candidates: the document-frequency cap applies while gathering each anchor's holders
        int cap = config.candidates().docFrequencyCap(articleCount);
        int minShared = config.candidates().minSharedAnchors();
        int band = config.candidates().fullJoinLimit();
        int best = config.candidates().maxPairsPerArticle();
        JavaPairRDD<Tuple2<String, String>, Integer> counted = anchors.flatMapToPair(SparkAnalyze::explode)
                .combineByKey(id -> new Holders(cap, id), Holders::add, Holders::merge)
                .filter(anchor -> anchor._2().count() >= 2 && anchor._2().count() <= cap)
                .flatMapToPair(anchor -> pairsOf(anchor._2().ids(), band))
                .reduceByKey(Integer::sum)
                .filter(count -> count._2() >= minShared);
        // each article keeps its best pairs; a pair stays when either article keeps it (as InvertedAnchorIndex)
        JavaRDD<Tuple2<String, String>> pairs = counted
                .flatMapToPair(c -> List.of(new Tuple2<>(c._1()._1(), new Tuple2<>(c._1()._2(), c._2())),
                        new Tuple2<>(c._1()._2(), new Tuple2<>(c._1()._1(), c._2()))).iterator())
                .groupByKey()
                .flatMap(group -> bestOf(group._1(), group._2(), best))
                .distinct();

        // align: each pair goes to the task of its first article; each task receives every cleaned article its
        // pairs name once (not once per pair), by a cogroup of the tasks' requests with the cached articles
        JavaPairRDD<Integer, Tuple2<String, String>> byTask =
                pairs.mapToPair(p -> new Tuple2<>(Math.floorMod(p._1().hashCode(), shards), p));
        JavaPairRDD<Integer, Cleaned> supplies = cleaned.filter(Cleaned::isArticle)
                .mapToPair(c -> new Tuple2<>(c.id(), c.withoutAnchors()))
                .cogroup(byTask.mapPartitionsToPair(SparkAnalyze::requests))
                .flatMapToPair(SparkAnalyze::supply);
        List<AlignedPair> aligned = new ArrayList<>(byTask.cogroup(supplies, shards)
                .flatMap(task -> alignTask(task._2()._1(), task._2()._2())).collect());
        aligned.sort(Comparator.comparing(AlignedPair::a).thenComparing(AlignedPair::b));

        // the driver needs what cleaning found, not the texts: it reads the raw articles itself
        List<Cleaned> collected = cleaned.map(Cleaned::withoutText).collect();
        cleaned.unpersist();
        return onDriver(inputs, collected, aligned, changes);
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

    /**
     * Cleans and fingerprints the articles of one shard. A clean that fails is kept as its exception's
     * {@code toString}, from which the driver writes the problem {@code Pipeline} writes.
     */
    private static Iterator<Cleaned> cleanShard(String[] paths, int shard, int shards) {
        Cleaner cleaner = new RuleCleaner(CleanerConfig.defaults());
        OutletTemplates templates = new OutletTemplates();
        List<Cleaned> out = new ArrayList<>();
        CorpusShard.forShard(paths, shard, shards, raw -> {
            Article a;
            try {
                a = cleaner.clean(raw);
            } catch (RuntimeException e) {
                out.add(new Cleaned(raw.id(), null, null, null, e.toString(), null, null, null));
                return;
            }
            List<OutletTemplates.Vote> votes = templates.votes(a);
            out.add(new Cleaned(a.id(), a.text(), ArticleCodec.encode(a), null, null,
                    votes.isEmpty() ? null : votes.get(0).outlet(),
                    votes.isEmpty() ? null : votes.stream().mapToLong(OutletTemplates.Vote::key).toArray(),
                    votes.isEmpty() ? null : OutletTemplates.segmentKeys(a)));
        });
        return out.iterator();
    }

    /** Whether the votes for one outlet and key, each an article's id and context, make a template. */
    private static boolean isTemplate(Tuple2<Tuple2<String, Long>, Iterable<Tuple2<String, long[]>>> group) {
        Map<String, long[]> byArticle = new HashMap<>();
        group._2().forEach(v -> byArticle.put(v._1(), v._2()));
        return new OutletTemplates().isTemplate(byArticle);
    }

    /**
     * One partition's cleaned articles with the outlets' templates moved to clutter, then tokenized and
     * fingerprinted: each keeps its text, its cleaning and its distinct anchor hashes.
     */
    private static Iterator<Cleaned> framedAndFingerprinted(Iterator<Cleaned> part, Set<Long> found) {
        OutletTemplates templates = new OutletTemplates();
        WordTokenizer tokenizer = new WordTokenizer();
        Fingerprinter fingerprinter = new WinnowingFingerprinter();
        List<Cleaned> out = new ArrayList<>();
        part.forEachRemaining(c -> {
            if (!c.isArticle()) {
                out.add(c);
                return;
            }
            // Applying the templates reads only the text, body and clutter: a stand-in raw article will do.
            Article a = ArticleCodec.decode(new RawArticle(c.id(), c.text(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), new Origin(c.id(), 0), 0,
                    Optional.empty()), c.cleaning());
            Article framed = templates.apply(a, found);
            Fingerprints prints = fingerprinter.fingerprint(a.id(), tokenizer.tokenize(a.text(), framed.body()));
            out.add(new Cleaned(c.id(), c.text(), framed == a ? c.cleaning() : ArticleCodec.encode(framed),
                    Arrays.stream(prints.hashes()).distinct().toArray(), null, null, null, null));
        });
        return out.iterator();
    }

    private static Iterator<Tuple2<Long, String>> explode(Tuple2<String, long[]> article) {
        List<Tuple2<Long, String>> out = new ArrayList<>(article._2().length);
        for (long hash : article._2()) {
            out.add(new Tuple2<>(hash, article._1()));
        }
        return out.iterator();
    }

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

    /**
     * The pairs one anchor adds, the smaller id first (as CandidatePair orders them): all of them up to
     * {@code band} holders, else each with its next {@code band}.
     */
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

    /** The (article, task) requests of one partition of pairs, each once. */
    private static Iterator<Tuple2<String, Integer>> requests(Iterator<Tuple2<Integer, Tuple2<String, String>>> part) {
        Set<Tuple2<String, Integer>> out = new LinkedHashSet<>();
        part.forEachRemaining(t -> {
            out.add(new Tuple2<>(t._2()._1(), t._1()));
            out.add(new Tuple2<>(t._2()._2(), t._1()));
        });
        return out.iterator();
    }

    /** One cleaned article for each distinct task that asked for it. */
    private static Iterator<Tuple2<Integer, Cleaned>> supply(
            Tuple2<String, Tuple2<Iterable<Cleaned>, Iterable<Integer>>> article) {
        Iterator<Cleaned> cleaned = article._2()._1().iterator();
        if (!cleaned.hasNext()) {
            return List.<Tuple2<Integer, Cleaned>>of().iterator();
        }
        Cleaned c = cleaned.next();
        Set<Integer> tasks = new TreeSet<>();
        article._2()._2().forEach(tasks::add);
        return tasks.stream().map(task -> new Tuple2<>(task, c)).iterator();
    }

    /** Aligns one task's pairs over the cleaned articles sent to it; the articles are tokenized, not cleaned. */
    private static Iterator<AlignedPair> alignTask(Iterable<Tuple2<String, String>> pairs, Iterable<Cleaned> articles) {
        WordTokenizer tokenizer = new WordTokenizer();
        Map<String, Witness> witnesses = new HashMap<>();
        for (Cleaned c : articles) {
            witnesses.put(c.id(), new Witness(c.id(), c.text(),
                    tokenizer.tokenize(c.text(), ArticleCodec.body(c.cleaning()))));
        }
        // a task's articles are each in several of its pairs: the batch prepares each once
        Aligner aligner = new AnchoredAligner().forBatch();
        List<AlignedPair> out = new ArrayList<>();
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

    /**
     * The corpus-level stages, with the same classes, order and problem messages as Pipeline. The driver reads
     * the raw articles itself, with the inputs as given (so origins and reading problems are those of
     * {@code analyze}), and joins each with what its shard's clean found. Typed changes go to {@code changes},
     * or into the result when it is null.
     */
    private static Analysis onDriver(List<Path> inputs, List<Cleaned> collected, List<AlignedPair> aligned,
                                     Consumer<Change> changes) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<RawArticle> raw = new ArrayList<>();
        try (Corpus corpus = Corpus.open(inputs, IngestConfig.defaults(), problems::add)) {
            corpus.forEach(raw::add);
        }
        Map<String, Cleaned> found = new HashMap<>();
        collected.forEach(c -> found.put(c.id(), c));
        Cleaned[] byPosition = raw.stream().map(r -> {
            Cleaned c = found.get(r.id());
            if (c == null) {
                throw new IllegalStateException("no shard cleaned " + r.id() + " (" + r.origin() + ")");
            }
            return c;
        }).toArray(Cleaned[]::new);
        Article[] cleaned = new Article[raw.size()];
        IntStream.range(0, raw.size()).parallel().forEach(i -> {
            if (byPosition[i].isArticle()) {
                cleaned[i] = ArticleCodec.decode(raw.get(i), byPosition[i].cleaning());
            }
        });
        for (int i = 0; i < raw.size(); i++) {
            if (!byPosition[i].isArticle()) {
                problems.add(new Problem(raw.get(i).origin(), Optional.of(raw.get(i).id()), Stage.CLEAN,
                        "internal error, article left out: " + byPosition[i].failure()));
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
        Pipeline pipeline = new Pipeline(PipelineConfig.defaults());
        return changes == null
                ? pipeline.finish(articles, Arrays.asList(tokens), passages, problems, ProgressListener.SILENT)
                : pipeline.finish(articles, Arrays.asList(tokens), passages, problems, ProgressListener.SILENT,
                        changes);
    }

    /**
     * What a shard task keeps of one article: its text, what cleaning found ({@link ArticleCodec}) and its
     * distinct anchor hashes; or, when the clean failed, the failure ({@code toString} of the exception).
     */
    record Cleaned(String id, String text, String cleaning, long[] anchors, String failure, String outlet,
                   long[] votes, long[] segments) implements Serializable {
        boolean isArticle() {
            return failure == null;
        }

        /** What the align tasks need. */
        Cleaned withoutAnchors() {
            return new Cleaned(id, text, cleaning, null, failure, null, null, null);
        }

        /** What the driver needs: it reads the texts itself. */
        Cleaned withoutText() {
            return new Cleaned(id, null, cleaning, null, failure, null, null, null);
        }
    }

    /**
     * The articles holding one anchor, gathered with map-side merging. Once they are more than {@code cap},
     * only their count is kept: the anchor will be dropped, and a boilerplate anchor in every article then
     * costs a counter per task instead of a list of every article (the skew guard).
     */
    static final class Holders implements Serializable {
        private final int cap;
        private int count;
        private List<String> ids;

        Holders(int cap, String id) {
            this.cap = cap;
            this.count = 1;
            this.ids = new ArrayList<>(List.of(id));
        }

        Holders add(String id) {
            count++;
            if (ids != null && count <= cap) {
                ids.add(id);
            } else {
                ids = null;
            }
            return this;
        }

        Holders merge(Holders other) {
            count += other.count;
            if (ids != null && other.ids != null && count <= cap) {
                ids.addAll(other.ids);
            } else {
                ids = null;
            }
            return this;
        }

        int count() {
            return count;
        }

        /** The holders, in no particular order; only while they are at most {@code cap}. */
        List<String> ids() {
            if (ids == null) {
                throw new IllegalStateException(count + " holders, over the cap of " + cap);
            }
            return ids;
        }
    }

    /** One aligned candidate pair as it travels back to the driver; {@code failure} is null on success. */
    record AlignedPair(String a, String b, String[] passages, String failure) implements Serializable {
    }
}
