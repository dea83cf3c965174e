package org.stemma.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.stemma.align.AnchoredAligner;
import org.stemma.align.Aligner;
import org.stemma.align.Witness;
import org.stemma.candidates.CandidateIndex;
import org.stemma.changes.ChangeClassifier;
import org.stemma.changes.Changes;
import org.stemma.changes.RuleChangeClassifier;
import org.stemma.candidates.CandidatePair;
import org.stemma.candidates.InvertedAnchorIndex;
import org.stemma.clean.Cleaner;
import org.stemma.clean.OutletTemplates;
import org.stemma.clean.CleanerConfig;
import org.stemma.clean.RuleCleaner;
import org.stemma.cluster.AverageLinkClusterer;
import org.stemma.cluster.ClusterInput;
import org.stemma.cluster.Clusterer;
import org.stemma.cluster.Clusters;
import org.stemma.fingerprint.Fingerprinter;
import org.stemma.fingerprint.Fingerprints;
import org.stemma.fingerprint.TokenSequence;
import org.stemma.fingerprint.WinnowingFingerprinter;
import org.stemma.fingerprint.WordTokenizer;
import org.stemma.model.Analysis;
import org.stemma.model.Article;
import org.stemma.model.Change;
import org.stemma.model.Claim;
import org.stemma.model.Edge;
import org.stemma.model.LostSource;
import org.stemma.model.Passage;
import org.stemma.model.Quote;
import org.stemma.model.QuoteGroup;
import org.stemma.model.Problem;
import org.stemma.model.RawArticle;
import org.stemma.model.Stage;
import org.stemma.provenance.EvidenceProvenanceBuilder;
import org.stemma.provenance.Provenance;
import org.stemma.provenance.ProvenanceBuilder;
import org.stemma.provenance.ProvenanceConfig;
import org.stemma.provenance.ReuseFamilies;
import org.stemma.quotes.AlignedQuoteGrouper;
import org.stemma.quotes.ClaimMatrixBuilder;
import org.stemma.quotes.QuoteExtractor;
import org.stemma.quotes.QuoteGrouper;
import org.stemma.quotes.RuleQuoteExtractor;
import org.stemma.quotes.SentenceClaimMatrixBuilder;

/**
 * Runs the whole pipeline on a batch of ingested articles: clean → fingerprint → candidates → align →
 * cluster → provenance → quotes, giving an {@link Analysis} for the report stage.
 *
 * <p>Clean, fingerprint and align run on {@link PipelineConfig#threads()} workers; every result lands in a
 * slot indexed by input position and is sorted before it leaves a stage, so the output does not depend on
 * the thread count. An article that makes a stage fail (a bug, not bad input, which stages absorb) becomes a
 * {@link Problem} and is left out; the rest go on. Thread-safe: one instance may serve several runs.
 */
public final class Pipeline {
    private static final ChangeClassifier CHANGE_CLASSIFIER = new RuleChangeClassifier();
    /**
     * The changes stage types reusing pairs in batches of about this many edits (their passages' edit-script
     * steps). Changes follow edits (a 10,000-article corpus has 4.9 million edits and 3.7 million changes), and
     * one pair may have thousands, so batches are cut by edits, not by pairs: enough to keep every worker
     * busy, few enough that a batch's changes are a small part of the heap.
     */
    private static final int CHANGE_BATCH_EDITS = 100_000;
    private final PipelineConfig config;
    private final Cleaner cleaner;
    /** The corpus's tokens stay in memory to the end of the run: one String per distinct term. */
    private final WordTokenizer tokenizer = WordTokenizer.sharingTerms();
    private final Fingerprinter fingerprinter;
    private final CandidateIndex candidates;
    private final Aligner aligner;
    private final Clusterer clusterer;
    private final ProvenanceBuilder provenance;
    private final OutletTemplates templates = new OutletTemplates();
    private final QuoteExtractor quoteExtractor = new RuleQuoteExtractor();
    private final QuoteGrouper quoteGrouper = new AlignedQuoteGrouper();
    private final ClaimMatrixBuilder claimBuilder = new SentenceClaimMatrixBuilder();

    /** The default stages. */
    public Pipeline(PipelineConfig config) {
        this(config, new RuleCleaner(CleanerConfig.defaults()), new WinnowingFingerprinter(),
                new InvertedAnchorIndex(), new AnchoredAligner(), new AverageLinkClusterer(),
                new EvidenceProvenanceBuilder(ProvenanceConfig.defaults()));
    }

    /** Chosen stages, e.g. another aligner. */
    public Pipeline(PipelineConfig config, Cleaner cleaner, Fingerprinter fingerprinter, CandidateIndex candidates,
                    Aligner aligner, Clusterer clusterer, ProvenanceBuilder provenance) {
        this.config = config;
        this.cleaner = cleaner;
        this.fingerprinter = fingerprinter;
        this.candidates = candidates;
        this.aligner = aligner;
        this.clusterer = clusterer;
        this.provenance = provenance;
    }

    /**
     * Analyses {@code raw} (ids unique, as ingest guarantees). {@code ingestProblems} are carried into the
     * result's problems, followed by any met here.
     */
    public Analysis analyze(List<RawArticle> raw, List<Problem> ingestProblems, ProgressListener progress) {
        return analyzeInto(raw, ingestProblems, progress, null);
    }

    /**
     * As {@link #analyze(List, List, ProgressListener)}, but typed changes go to {@code changes} as they are
     * found, in {@link Changes#OUTPUT_ORDER}, one batch of pairs at a time, and the result holds none: a corpus
     * has millions of them (a 10,000-article one 3.6 million), and a report writer that streams them to its
     * file need not keep them. {@code changes} is called from the calling thread only.
     */
    public Analysis analyze(List<RawArticle> raw, List<Problem> ingestProblems, ProgressListener progress,
                            Consumer<Change> changes) {
        return analyzeInto(raw, ingestProblems, progress, Objects.requireNonNull(changes, "changes"));
    }

    private Analysis analyzeInto(List<RawArticle> raw, List<Problem> ingestProblems, ProgressListener progress,
                                 Consumer<Change> changeSink) {
        List<Problem> problems = new ArrayList<>(ingestProblems);
        ForkJoinPool pool = new ForkJoinPool(config.threads());
        try {
            // clean
            progress.begin(Stage.CLEAN, raw.size());
            Article[] cleaned = parallel(pool, raw.size(), Article[]::new, i -> {
                try {
                    return cleaner.clean(raw.get(i));
                } finally {
                    progress.advance(1);
                }
            }, raw, Stage.CLEAN, problems);
            progress.end(Stage.CLEAN);
            List<Article> articles = markTemplates(pool, Arrays.stream(cleaned).filter(a -> a != null)
                    .sorted(Comparator.comparing(Article::id)).toList());

            // fingerprint
            progress.begin(Stage.FINGERPRINT, articles.size());
            TokenSequence[] tokens = new TokenSequence[articles.size()];
            Fingerprints[] prints = new Fingerprints[articles.size()];
            run(pool, () -> IntStream.range(0, articles.size()).parallel().forEach(i -> {
                Article a = articles.get(i);
                tokens[i] = tokenizer.tokenize(a.text(), a.body());
                prints[i] = fingerprinter.fingerprint(a.id(), tokens[i]);
                progress.advance(1);
            }));
            progress.end(Stage.FINGERPRINT);

            // candidates
            progress.begin(Stage.CANDIDATES, 1);
            List<CandidatePair> pairs = candidates.findAll(Arrays.asList(prints));
            progress.end(Stage.CANDIDATES);

            // align
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < articles.size(); i++) {
                index.put(articles.get(i).id(), i);
            }
            progress.begin(Stage.ALIGN, pairs.size());
            @SuppressWarnings("unchecked")
            List<Passage>[] aligned = new List[pairs.size()];
            RuntimeException[] failed = new RuntimeException[pairs.size()];
            align(pool, articles, tokens, index, pairs, aligned, failed, progress);
            progress.end(Stage.ALIGN);
            List<Passage> passages = new ArrayList<>();
            for (int p = 0; p < pairs.size(); p++) {
                if (failed[p] != null) {
                    CandidatePair pair = pairs.get(p);
                    Article a = articles.get(index.get(pair.a()));
                    problems.add(new Problem(a.raw().origin(), Optional.of(a.id()), Stage.ALIGN,
                            "internal error aligning with " + pair.b() + ", pair left out: " + failed[p]));
                } else {
                    passages.addAll(aligned[p]);
                }
            }
            passages.sort(Comparator.comparing(Passage::a).thenComparing(Passage::b)
                    .thenComparing(Passage::inA).thenComparing(Passage::inB));

            return finish(pool, articles, List.of(tokens), passages, problems, progress, changeSink);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Aligns every candidate pair on the pool into its slot of {@code aligned}, or records its failure in the
     * same slot of {@code failed}. A method of its own so that the aligner's batch, which keeps every
     * article's seed keys, can be collected as soon as the stage ends.
     */
    private void align(ForkJoinPool pool, List<Article> articles, TokenSequence[] tokens, Map<String, Integer> index,
                       List<CandidatePair> pairs, List<Passage>[] aligned, RuntimeException[] failed,
                       ProgressListener progress) {
        // an article is in many pairs: the batch does its own share of the work once
        Aligner batch = aligner.forBatch();
        // a pair's cost grows with its two articles' lengths; a few long articles make a few costly pairs
        LargestFirst.forEach(pool, pairs.size(), p -> (long) tokens[index.get(pairs.get(p).a())].size()
                + tokens[index.get(pairs.get(p).b())].size(), p -> {
            CandidatePair pair = pairs.get(p);
            int ia = index.get(pair.a());
            int ib = index.get(pair.b());
            try {
                aligned[p] = batch.align(witness(articles.get(ia), tokens[ia]), witness(articles.get(ib), tokens[ib]));
            } catch (RuntimeException e) {
                failed[p] = e;
            }
            progress.advance(1);
        });
    }

    /**
     * The clean stage's corpus-level part: each outlet's frame (footer, header) found across its articles and
     * moved to clutter ({@link OutletTemplates}). Votes are read in parallel, then judged per outlet and key.
     */
    private List<Article> markTemplates(ForkJoinPool pool, List<Article> articles) {
        @SuppressWarnings("unchecked")
        List<OutletTemplates.Vote>[] votes = new List[articles.size()];
        run(pool, () -> IntStream.range(0, articles.size()).parallel()
                .forEach(i -> votes[i] = templates.votes(articles.get(i))));
        List<OutletTemplates.Vote> all = new ArrayList<>();
        Map<String, Article> byId = new HashMap<>();
        for (int i = 0; i < votes.length; i++) {
            all.addAll(votes[i]);
            if (!votes[i].isEmpty()) {
                byId.put(articles.get(i).id(), articles.get(i));
            }
        }
        Set<Long> found = templates.templates(all, byId);
        if (found.isEmpty()) {
            return articles;
        }
        Article[] marked = new Article[articles.size()];
        run(pool, () -> IntStream.range(0, articles.size()).parallel()
                .forEach(i -> marked[i] = templates.apply(articles.get(i), found)));
        return List.of(marked);
    }

    /**
     * The corpus-level stages — cluster, provenance, typed changes, quotations — over cleaned articles (sorted
     * by id), their body tokens (same order) and their aligned passages (sorted). {@link #analyze} ends here,
     * and the Spark job runs the per-article and per-pair stages on executors and this on the driver, so the
     * two give the same {@link Analysis}. {@code problems} is carried into the result and added to.
     */
    public Analysis finish(List<Article> articles, List<TokenSequence> tokens, List<Passage> passages,
                           List<Problem> problems, ProgressListener progress) {
        return finishInto(articles, tokens, passages, problems, progress, null);
    }

    /** As {@link #finish(List, List, List, List, ProgressListener)}, with changes streamed as {@link #analyze(List, List, ProgressListener, Consumer)} does. */
    public Analysis finish(List<Article> articles, List<TokenSequence> tokens, List<Passage> passages,
                           List<Problem> problems, ProgressListener progress, Consumer<Change> changes) {
        return finishInto(articles, tokens, passages, problems, progress, Objects.requireNonNull(changes, "changes"));
    }

    private Analysis finishInto(List<Article> articles, List<TokenSequence> tokens, List<Passage> passages,
                                List<Problem> problems, ProgressListener progress, Consumer<Change> changeSink) {
        if (articles.size() != tokens.size()) {
            throw new IllegalArgumentException(articles.size() + " articles but " + tokens.size() + " token lists");
        }
        ForkJoinPool pool = new ForkJoinPool(config.threads());
        try {
            return finish(pool, articles, tokens, passages, new ArrayList<>(problems), progress, changeSink);
        } finally {
            pool.shutdown();
        }
    }

    /** The corpus-level stages; typed changes go to {@code changeSink}, or into the result when it is null. */
    private Analysis finish(ForkJoinPool pool, List<Article> articles, List<TokenSequence> tokens,
                            List<Passage> passages, List<Problem> problems, ProgressListener progress,
                            Consumer<Change> changeSink) {
        // cluster
        progress.begin(Stage.CLUSTER, 1);
        List<ClusterInput> inputs = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            inputs.add(new ClusterInput(a.id(), tokens.get(i), a.date().date(), a.title(), Optional.of(a.text())));
        }
        // On the pool, so that the clusterer's parallel steps use the configured threads.
        Clusters[] clustered = new Clusters[1];
        run(pool, () -> clustered[0] = clusterer.cluster(inputs, passages));
        Clusters clusters = clustered[0];
        progress.end(Stage.CLUSTER);

        // provenance
        progress.begin(Stage.PROVENANCE, 1);
        Provenance lineage = provenance(pool, articles, passages);
        progress.end(Stage.PROVENANCE);

        // quotes
        progress.begin(Stage.QUOTES, articles.size());
        @SuppressWarnings("unchecked")
        List<Quote>[] found = new List[articles.size()];
        run(pool, () -> IntStream.range(0, articles.size()).parallel().forEach(i -> {
            try {
                found[i] = quoteExtractor.extract(articles.get(i));
            } catch (RuntimeException e) {
                found[i] = List.of();
                synchronized (problems) {
                    problems.add(new Problem(articles.get(i).raw().origin(), Optional.of(articles.get(i).id()),
                            Stage.QUOTES, "internal error extracting quotations, none kept: " + e));
                }
            }
            progress.advance(1);
        }));
        List<Quote> quotes = Arrays.stream(found).flatMap(List::stream).toList();
        List<QuoteGroup> groups = quoteGrouper.group(articles, quotes, passages);
        List<Claim> claims = claimBuilder.build(articles, clusters.events(), clusters.stories());
        progress.end(Stage.QUOTES);

        List<Change> kept = new ArrayList<>();
        changes(pool, articles, tokens, passages, lineage, changeSink == null ? kept::add : changeSink);
        return new Analysis(articles, passages, clusters.events(), clusters.stories(), lineage.edges(),
                lineage.lostSources(), problems, kept, quotes, groups, claims);
    }

    /**
     * Provenance family by family on the pool ({@link ReuseFamilies}): a family's tree depends on it alone, so
     * the merged result is what one call over the corpus gives, on any number of threads.
     */
    private Provenance provenance(ForkJoinPool pool, List<Article> articles, List<Passage> passages) {
        List<ReuseFamilies.Family> families = ReuseFamilies.of(articles, passages);
        Provenance[] parts = new Provenance[families.size()];
        run(pool, () -> IntStream.range(0, parts.length).parallel().forEach(f ->
                parts[f] = provenance.build(families.get(f).articles(), families.get(f).passages())));
        return ReuseFamilies.merge(Arrays.asList(parts));
    }

    /**
     * Typed changes of every reusing pair, read in the provenance direction (org.stemma.changes), given to
     * {@code sink} in {@link Changes#OUTPUT_ORDER}. Pairs are independent, so each pair's passages and the
     * edges between its two articles go to {@link Changes#findAll} on the pool, a batch of pairs at a time
     * ({@link #CHANGE_BATCH_EDITS}); pairs are taken in their ids' order and each pair's changes come sorted,
     * which is what one call over everything gives. Only one batch's changes are held at once.
     */
    private static void changes(ForkJoinPool pool, List<Article> articles, List<TokenSequence> tokens,
                                List<Passage> passages, Provenance lineage, Consumer<Change> sink) {
        Map<String, Witness> witnesses = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            witnesses.put(articles.get(i).id(), witness(articles.get(i), tokens.get(i)));
        }
        Map<String, List<Edge>> edgesByPair = new HashMap<>();
        // Edges from a lost source go with every pair of its copies: Changes.findAll reads two copies of one
        // lost source both ways, and needs to see that they are siblings.
        Map<String, List<Edge>> lostEdgesOf = new HashMap<>();
        for (Edge e : lineage.edges()) {
            if (e.source().startsWith(LostSource.PREFIX)) {
                lostEdgesOf.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e);
            }
            String key = e.source().compareTo(e.target()) < 0 ? e.source() + '\u0000' + e.target()
                    : e.target() + '\u0000' + e.source();
            edgesByPair.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        Map<String, List<Passage>> byPair = new TreeMap<>();
        for (Passage p : passages) {
            byPair.computeIfAbsent(p.a() + '\u0000' + p.b(), k -> new ArrayList<>()).add(p);
        }
        List<Map.Entry<String, List<Passage>>> pairs = new ArrayList<>(byPair.entrySet());
        for (int from = 0, to; from < pairs.size(); from = to) {
            long edits = 0;
            for (to = from; to < pairs.size() && (to == from || edits < CHANGE_BATCH_EDITS); to++) {
                for (Passage p : pairs.get(to).getValue()) {
                    edits += p.edits().size();
                }
            }
            int start = from;
            @SuppressWarnings("unchecked")
            List<Change>[] perPair = new List[to - from];
            // a pair's cost grows with the text its passages cover
            LargestFirst.forEach(pool, perPair.length, k -> pairs.get(start + k).getValue().stream()
                    .mapToLong(p -> (long) p.inA().length() + p.inB().length()).sum(), k -> {
                Map.Entry<String, List<Passage>> pair = pairs.get(start + k);
                Passage first = pair.getValue().get(0);
                List<Edge> edges = new ArrayList<>(edgesByPair.getOrDefault(pair.getKey(), List.of()));
                edges.addAll(lostEdgesOf.getOrDefault(first.a(), List.of()));
                edges.addAll(lostEdgesOf.getOrDefault(first.b(), List.of()));
                perPair[k] = Changes.findAll(CHANGE_CLASSIFIER, pair.getValue(), witnesses, edges);
            });
            for (List<Change> c : perPair) {
                c.forEach(sink);
            }
        }
    }

    private static Witness witness(Article a, TokenSequence tokens) {
        return new Witness(a.id(), a.text(), tokens);
    }

    /** Runs {@code work(i)} for every input on the pool; a failure becomes a problem and a null slot. */
    private static <T> T[] parallel(ForkJoinPool pool, int n, IntFunction<T[]> array, IntFunction<T> work,
                                    List<RawArticle> raw, Stage stage, List<Problem> problems) {
        T[] out = array.apply(n);
        RuntimeException[] failures = new RuntimeException[n];
        LargestFirst.forEach(pool, n, i -> raw.get(i).text().length(), i -> {
            try {
                out[i] = work.apply(i);
            } catch (RuntimeException e) {
                failures[i] = e;
            }
        });
        for (int i = 0; i < n; i++) {
            if (failures[i] != null) {
                RawArticle r = raw.get(i);
                problems.add(new Problem(r.origin(), Optional.of(r.id()), stage,
                        "internal error, article left out: " + failures[i]));
            }
        }
        return out;
    }

    private static void run(ForkJoinPool pool, Runnable work) {
        try {
            pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
