package org.stemma.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;
import org.stemma.fingerprint.TokenSequence;
import org.stemma.fingerprint.WordTokenizer;
import org.stemma.model.Event;
import org.stemma.model.Passage;
import org.stemma.model.Story;

/**
 * Events and storylines by two rounds of average-linkage clustering over a sparse similarity graph.
 *
 * <p>Article similarity is the larger of two signals. Text: TF-IDF cosine over content words (stopwords of
 * several languages removed, sublinear term frequency, IDF from the corpus itself smoothed as
 * {@code ln((1 + N) / (1 + df)) + 1} so that a corpus of four articles still weighs its words), blended with
 * the cosine over named things (words capitalised inside sentences more often than not, when the original text
 * is given, and tokens with digits: numbers, years, dates and times), which pin down one happening; pairs sharing fewer than {@link AverageLinkConfig#minSharedTerms()} content words score 0.
 * Reuse: a shared aligned passage counts in proportion to its words, fully from
 * {@link AverageLinkConfig#passageWords()} on. Both are scaled by a {@link TimeDecay} when both dates are
 * known. Events are average-linkage clusters of articles at {@link AverageLinkConfig#eventThreshold()};
 * storylines are average-linkage clusters of events at {@link AverageLinkConfig#storyThreshold()}, over the
 * cosine of event centroids (kept to the terms a share {@link AverageLinkConfig#eventCoreShare()} of the
 * event's articles use, so one article that also reports something else does not pull its event towards
 * it), and passages between their members), with the looser story decay on the events'
 * median dates. At story level a second, topic view counts too, and the larger of the two wins: the centroids
 * without names and numbers (the kind of happening and its setting), each word reweighed by how few of the
 * corpus's events use it ({@link AverageLinkConfig#topicDispersionPower()}) and scaled by
 * {@link AverageLinkConfig#topicWeight()}; it joins two events of one storyline that share no people or
 * places (two different earthquakes), which the event level, weighing names and details, keeps apart.
 *
 * <p>As an {@link IncrementalClusterer} it starts the same agglomeration from the events and storylines of
 * the state: one batch from the empty state is exactly {@link #cluster}.
 *
 * <p>Neighbours come from an inverted index over each article's top-weighted terms (capped postings, capped
 * neighbours per article), so cost is near-linear in the corpus. Average linkage (Sokal & Michener's UPGMA)
 * keeps one ambiguous article from chaining two groups, unlike single linkage. Inputs are sorted by id first
 * and every tie is broken by id, so the result does not depend on input order. Thread-safe: no state is kept
 * between calls (the incremental state is an immutable value passed in and returned).
 */
public final class AverageLinkClusterer implements Clusterer, IncrementalClusterer {
    private static final int MIN_EVENT_ID_DIGITS = 4;
    private static final int MIN_STORY_ID_DIGITS = 3;

    private final AverageLinkConfig config;
    private final Set<String> stopwords;
    private final WordTokenizer tokenizer = new WordTokenizer();
    /**
     * Each article's terms, remembered while the article (its {@link ClusterInput}) is alive, so a batch does
     * not tokenise headlines or find names again for the articles of earlier batches. A pure function of the
     * input: results never depend on it.
     */
    private final Map<ClusterInput, ArticleTerms> memo = Collections.synchronizedMap(new WeakHashMap<>());

    public AverageLinkClusterer(AverageLinkConfig config) {
        this.config = config;
        this.stopwords = Stopwords.load(config.stopwordLanguages());
    }

    public AverageLinkClusterer() {
        this(AverageLinkConfig.defaults());
    }

    public AverageLinkConfig config() {
        return config;
    }

    @Override
    public Clusters cluster(List<ClusterInput> articles, List<Passage> passages) {
        return add(ClusterState.empty(), articles, passages).clusters();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Here: the vectors of all articles are rebuilt with the IDF of the grown corpus (a linear pass of
     * arithmetic: each article's terms are remembered from earlier calls); only new articles (events) and
     * events without an earlier article (storylines) look up neighbours in the index, and exact similarities
     * are computed only for the pairs they find; the agglomeration starts from the existing events and storylines as clusters, lets
     * new articles and new groups of them join one, and never merges two groups that existed before. One
     * batch from {@link ClusterState#empty()} is exactly {@link #cluster}.
     */
    @Override
    public ClusterState add(ClusterState state, List<ClusterInput> batch, List<Passage> passages) {
        List<ClusterInput> sorted = new ArrayList<>(state.articles());
        sorted.addAll(batch);
        sorted.sort(Comparator.comparing(ClusterInput::id));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (index.put(sorted.get(i).id(), i) != null) {
                throw new IllegalArgumentException("duplicate article id: " + sorted.get(i).id());
            }
        }
        List<Passage> allPassages = new ArrayList<>(state.passages());
        allPassages.addAll(passages);
        int n = sorted.size();
        // Earlier events as initial groups: each old article points at its event's smallest member.
        int[] eventSeed = new int[n];
        boolean[] old = new boolean[n];
        for (int i = 0; i < n; i++) {
            eventSeed[i] = i;
        }
        for (Event e : state.clusters().events()) {
            int first = Integer.MAX_VALUE;
            for (String id : e.articles()) {
                first = Math.min(first, index.get(id));
            }
            for (String id : e.articles()) {
                eventSeed[index.get(id)] = first;
                old[index.get(id)] = true;
            }
        }
        Vectors vectors = vectorise(sorted);
        Map<Long, Double> reuse = passageWords(sorted, index, allPassages);

        // Level 1: events.
        List<AverageLinkage.Edge> edges = new ArrayList<>();
        for (long pair : candidatePairs(vectors.content, reuse.keySet(), not(old))) {
            int a = (int) (pair >>> 32);
            int b = (int) pair;
            if (old[a] && old[b]) {
                // Both already placed: their similarity was used when they arrived and cannot move them now.
                continue;
            }
            double sim = articleSimilarity(vectors, a, b, reuse.getOrDefault(pair, 0.0))
                    * decay(config.eventTime(), sorted.get(a).date(), sorted.get(b).date());
            if (sim > 0) {
                edges.add(new AverageLinkage.Edge(a, b, sim));
            }
        }
        int[] eventRoot = AverageLinkage.cluster(n, edges, config.eventThreshold(), eventSeed, old);
        List<int[]> events = groups(eventRoot);

        // Level 2: storylines over events.
        int m = events.size();
        int[] eventOfArticle = new int[n];
        List<SparseVector> centroids = new ArrayList<>(m);
        List<SparseVector> namedCentroids = new ArrayList<>(m);
        List<SparseVector> kindCentroids = new ArrayList<>(m);
        List<Optional<LocalDate>> eventDates = new ArrayList<>(m);
        for (int e = 0; e < m; e++) {
            List<SparseVector> members = new ArrayList<>();
            List<SparseVector> namedMembers = new ArrayList<>();
            List<SparseVector> kindMembers = new ArrayList<>();
            List<LocalDate> dates = new ArrayList<>();
            for (int a : events.get(e)) {
                eventOfArticle[a] = e;
                members.add(vectors.content.get(a));
                namedMembers.add(vectors.named.get(a));
                kindMembers.add(vectors.content.get(a).without(vectors.named.get(a)));
                sorted.get(a).date().ifPresent(dates::add);
            }
            int quorum = (int) Math.ceil(members.size() * config.eventCoreShare());
            centroids.add(SparseVector.consensus(members, quorum).normalised());
            namedCentroids.add(SparseVector.consensus(namedMembers, quorum).normalised());
            kindCentroids.add(SparseVector.consensus(kindMembers, quorum));
            dates.sort(null);
            eventDates.add(dates.isEmpty() ? Optional.empty() : Optional.of(dates.get((dates.size() - 1) / 2)));
        }
        Map<Long, Double> eventReuse = new HashMap<>();
        for (Map.Entry<Long, Double> r : reuse.entrySet()) {
            int ea = eventOfArticle[(int) (r.getKey() >>> 32)];
            int eb = eventOfArticle[(int) (long) r.getKey()];
            if (ea != eb) {
                eventReuse.merge(pair(Math.min(ea, eb), Math.max(ea, eb)), r.getValue(), Math::max);
            }
        }
        // Earlier storylines as initial groups: an event holding an old article keeps that article's story.
        Map<String, String> oldStoryOf = state.clusters().storyByArticle();
        Map<String, Integer> storySeedById = new HashMap<>();
        int[] storySeed = new int[m];
        boolean[] oldEvent = new boolean[m];
        for (int e = 0; e < m; e++) {
            storySeed[e] = e;
            int a = events.get(e)[0];
            for (int member : events.get(e)) {
                if (old[member]) {
                    a = member;
                    break;
                }
            }
            if (old[a]) {
                Integer first = storySeedById.putIfAbsent(oldStoryOf.get(sorted.get(a).id()), e);
                storySeed[e] = first == null ? e : first;
                oldEvent[e] = true;
            }
        }
        // Only events with no earlier article can still move, so only they look for neighbours.
        boolean[] notFixed = not(oldEvent);
        List<SparseVector> kinds = reweighByDispersion(kindCentroids);
        Set<Long> storyCandidates = new HashSet<>(eventReuse.keySet());
        for (long p : candidatePairs(kinds, Set.of(), notFixed)) {
            storyCandidates.add(p);
        }
        List<AverageLinkage.Edge> storyEdges = new ArrayList<>();
        for (long pair : candidatePairs(centroids, storyCandidates, notFixed)) {
            int a = (int) (pair >>> 32);
            int b = (int) pair;
            if (oldEvent[a] && oldEvent[b]) {
                continue;
            }
            double text = Math.max(textSimilarity(centroids.get(a), centroids.get(b), namedCentroids.get(a),
                    namedCentroids.get(b)), kindSimilarity(kinds.get(a), kinds.get(b)));
            double sim = Math.max(text, reuseSimilarity(eventReuse.getOrDefault(pair, 0.0)))
                    * decay(config.storyTime(), eventDates.get(a), eventDates.get(b));
            if (sim > 0) {
                storyEdges.add(new AverageLinkage.Edge(a, b, sim));
            }
        }
        int[] storyRoot = AverageLinkage.cluster(m, storyEdges, config.storyThreshold(), storySeed, oldEvent);
        return new ClusterState(sorted, allPassages, build(sorted, events, groups(storyRoot)));
    }

    private double articleSimilarity(Vectors v, int a, int b, double reusedWords) {
        double text = textSimilarity(v.content.get(a), v.content.get(b), v.named.get(a), v.named.get(b));
        return Math.max(text, reuseSimilarity(reusedWords));
    }

    /** Content cosine blended with named-thing cosine; 0 below the shared-word minimum. */
    private double textSimilarity(SparseVector ca, SparseVector cb, SparseVector na, SparseVector nb) {
        if (ca.shared(cb) < config.minSharedTerms()) {
            return 0;
        }
        double content = ca.dot(cb);
        if (na.size() == 0 || nb.size() == 0) {
            // Without named things on both sides there is nothing to compare: use words alone.
            return content;
        }
        return (1 - config.namedWeight()) * content + config.namedWeight() * na.dot(nb);
    }

    /** Cosine of two topic-view vectors, 0 below the shared-word minimum, scaled by the view's weight. */
    private double kindSimilarity(SparseVector a, SparseVector b) {
        if (a.shared(b) < config.minSharedTerms()) {
            return 0;
        }
        return config.topicWeight() * a.dot(b);
    }

    /**
     * Each event's topic words reweighed by how few events use them ({@code ln((1 + m) / (1 + df)) + 1} over
     * the {@code m} events), unit length: a word every event uses ("said", "police") says nothing about the
     * kind of happening, a word two events share ("rehab", "magnitude") says much.
     */
    private List<SparseVector> reweighByDispersion(List<SparseVector> vectors) {
        Map<Integer, Integer> df = new HashMap<>();
        for (SparseVector v : vectors) {
            for (int t : v.terms) {
                df.merge(t, 1, Integer::sum);
            }
        }
        double m = vectors.size();
        List<SparseVector> out = new ArrayList<>(vectors.size());
        for (SparseVector v : vectors) {
            double[] w = new double[v.terms.length];
            for (int i = 0; i < w.length; i++) {
                w[i] = v.weights[i] * Math.pow(Math.log((1 + m) / (1 + df.get(v.terms[i]))) + 1, config.topicDispersionPower());
            }
            out.add(new SparseVector(v.terms, w).normalised());
        }
        return out;
    }

    private double reuseSimilarity(double words) {
        return Math.min(1.0, words / config.passageWords());
    }

    private static double decay(TimeDecay decay, Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 1.0;
        }
        return decay.factor(ChronoUnit.DAYS.between(a.get(), b.get()));
    }

    /** TF-IDF content vectors and named-thing vectors, both unit length, indexed like the sorted articles. */
    private record Vectors(List<SparseVector> content, List<SparseVector> named) {
    }

    /**
     * What one article contributes before corpus statistics: its content terms (sorted), their counts (headline
     * occurrences weighted) and which of them are named things. Depends on the article alone, so it is
     * remembered between calls (see {@link #memo}).
     */
    private record ArticleTerms(String[] terms, double[] counts, boolean[] named) {
    }

    private ArticleTerms termsOf(ClusterInput in) {
        ArticleTerms cached = memo.get(in);
        if (cached != null) {
            return cached;
        }
        Map<String, Double> tf = new HashMap<>();
        addTerms(tf, in.tokens(), 1.0);
        in.title().ifPresent(t -> addTerms(tf, tokenizer.tokenize(t), config.titleWeight()));
        String[] terms = tf.keySet().toArray(new String[0]);
        Arrays.sort(terms);
        Set<String> names = names(in);
        double[] counts = new double[terms.length];
        boolean[] named = new boolean[terms.length];
        for (int i = 0; i < terms.length; i++) {
            counts[i] = tf.get(terms[i]);
            named[i] = isNumeric(terms[i]) || names.contains(terms[i]);
        }
        ArticleTerms out = new ArticleTerms(terms, counts, named);
        memo.put(in, out);
        return out;
    }

    private Vectors vectorise(List<ClusterInput> articles) {
        // One record per distinct term, {document frequency, term id}; each article keeps references to its
        // terms' records, so the corpus-wide map is searched once per term occurrence, not twice.
        List<ArticleTerms> parsed = new ArrayList<>(articles.size());
        List<int[][]> slots = new ArrayList<>(articles.size());
        Map<String, int[]> vocabularyStats = new HashMap<>();
        for (ClusterInput in : articles) {
            ArticleTerms t = termsOf(in);
            parsed.add(t);
            int[][] refs = new int[t.terms().length][];
            for (int i = 0; i < refs.length; i++) {
                refs[i] = vocabularyStats.computeIfAbsent(t.terms()[i], k -> new int[2]);
                refs[i][0]++;
            }
            slots.add(refs);
        }
        String[] vocabulary = vocabularyStats.keySet().toArray(new String[0]);
        Arrays.sort(vocabulary);
        double[] idf = new double[vocabulary.length];
        double n = articles.size();
        for (int t = 0; t < vocabulary.length; t++) {
            int[] stats = vocabularyStats.get(vocabulary[t]);
            stats[1] = t;
            idf[t] = Math.log((1 + n) / (1 + stats[0])) + 1;
        }
        List<SparseVector> content = new ArrayList<>(articles.size());
        List<SparseVector> namedVectors = new ArrayList<>(articles.size());
        for (int d = 0; d < parsed.size(); d++) {
            ArticleTerms t = parsed.get(d);
            int[][] refs = slots.get(d);
            // Terms are sorted, and so is the vocabulary, so term ids come out ascending.
            int[] ids = new int[t.terms().length];
            double[] w = new double[ids.length];
            int namedCount = 0;
            for (int i = 0; i < ids.length; i++) {
                ids[i] = refs[i][1];
                w[i] = (1 + Math.log(t.counts()[i])) * idf[ids[i]];
                if (t.named()[i]) {
                    namedCount++;
                }
            }
            int[] nIds = new int[namedCount];
            double[] nW = new double[namedCount];
            int j = 0;
            for (int i = 0; i < ids.length; i++) {
                if (t.named()[i]) {
                    nIds[j] = ids[i];
                    nW[j++] = w[i];
                }
            }
            content.add(new SparseVector(ids, w).normalised());
            namedVectors.add(new SparseVector(nIds, nW).normalised());
        }
        return new Vectors(content, namedVectors);
    }

    /** Adds the content words of {@code tokens} to {@code tf}, each counted {@code weight} times. */
    private void addTerms(Map<String, Double> tf, TokenSequence tokens, double weight) {
        if (weight <= 0) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            String term = tokens.term(i);
            if (isContent(term)) {
                tf.merge(term, weight, Double::sum);
            }
        }
    }

    private boolean isContent(String term) {
        if (stopwords.contains(term)) {
            return false;
        }
        boolean digit = false;
        int letters = 0;
        for (int i = 0; i < term.length(); ) {
            int c = term.codePointAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (Character.isDigit(c)) {
                digit = true;
            }
            i += Character.charCount(c);
        }
        // A single letter is an initial or a list marker; any number is a detail worth keeping.
        return digit || letters > 1 || (letters == 1 && term.codePointCount(0, term.length()) == 1
                && Character.isIdeographic(term.codePointAt(0)));
    }

    /**
     * Terms that {@code in}'s text writes capitalised inside a sentence more often than in lower case: names of
     * people, places and organisations, by the rule every style guide follows. Sentence-initial words and
     * all-capital shouting are no evidence either way. Empty without the text.
     */
    private static Set<String> names(ClusterInput in) {
        if (in.text().isEmpty()) {
            return Set.of();
        }
        String text = in.text().get();
        TokenSequence tokens = in.tokens();
        Map<String, Integer> vote = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.start(i);
            int end = tokens.end(i);
            if (end > text.length() || start >= end) {
                continue;
            }
            int first = text.codePointAt(start);
            if (Character.isUpperCase(first)) {
                if (!sentenceInitial(text, start) && !allUpper(text, start, end)) {
                    vote.merge(tokens.term(i), 1, Integer::sum);
                }
            } else if (Character.isLowerCase(first)) {
                vote.merge(tokens.term(i), -1, Integer::sum);
            }
        }
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, Integer> e : vote.entrySet()) {
            if (e.getValue() > 0) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** True if only spaces, quotes or brackets stand between {@code start} and a sentence or line start. */
    private static boolean sentenceInitial(String text, int start) {
        for (int k = start - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' || c == '.' || c == '!' || c == '?' || c == ':' || c == '|' || c == ';') {
                return true;
            }
            if (!(Character.isWhitespace(c) || c == '"' || c == '\'' || c == '`' || c == '(' || c == '['
                    || c == '\u201c' || c == '\u2018' || c == '\u00ab' || c == '-' || c == '\u2014')) {
                return false;
            }
        }
        return true;
    }

    private static boolean allUpper(String text, int start, int end) {
        int letters = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters > 1;
    }

    private static boolean isNumeric(String term) {
        for (int i = 0; i < term.length(); i++) {
            if (Character.isDigit(term.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Words reused between two articles through passages, keyed by {@link #pair}; unknown ids ignored. */
    private static Map<Long, Double> passageWords(List<ClusterInput> sorted, Map<String, Integer> index,
            List<Passage> passages) {
        Map<Long, Double> out = new HashMap<>();
        for (Passage p : passages) {
            Integer a = index.get(p.a());
            Integer b = index.get(p.b());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            int words = Math.min(wordsIn(sorted.get(a).tokens(), p.inA().start(), p.inA().end()),
                    wordsIn(sorted.get(b).tokens(), p.inB().start(), p.inB().end()));
            if (words > 0) {
                out.merge(pair(Math.min(a, b), Math.max(a, b)), (double) words, Double::sum);
            }
        }
        return out;
    }

    private static int wordsIn(TokenSequence tokens, int start, int end) {
        return Math.max(0, tokens.indexAtOrAfter(end) - tokens.indexAtOrAfter(start));
    }

    private static boolean[] not(boolean[] flags) {
        boolean[] out = new boolean[flags.length];
        for (int i = 0; i < flags.length; i++) {
            out[i] = !flags[i];
        }
        return out;
    }

    private static long pair(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    /**
     * Pairs {@code a < b} worth an exact similarity: for each vector marked in {@code query}, the best
     * {@code maxNeighbours} others by the summed product of weights on shared top terms, met through an
     * inverted index over every vector's top {@code candidateTerms} terms; plus every pair in {@code forced}.
     * Sorted, without duplicates. Only queried vectors scan postings, so adding a batch costs in proportion to
     * the batch (plus one pass to index the tops).
     */
    private long[] candidatePairs(List<SparseVector> vectors, Set<Long> forced, boolean[] query) {
        int n = vectors.size();
        int[][] top = new int[n][];
        double[][] topWeight = new double[n][];
        Map<Integer, int[]> postingSize = new HashMap<>();
        for (int a = 0; a < n; a++) {
            SparseVector v = vectors.get(a);
            int[] idx = v.top(config.candidateTerms());
            top[a] = new int[idx.length];
            topWeight[a] = new double[idx.length];
            for (int i = 0; i < idx.length; i++) {
                top[a][i] = v.terms[idx[i]];
                topWeight[a][i] = v.weights[idx[i]];
                postingSize.computeIfAbsent(top[a][i], k -> new int[1])[0]++;
            }
        }
        Map<Integer, int[]> postingDocs = new HashMap<>(postingSize.size() * 2);
        Map<Integer, double[]> postingWeights = new HashMap<>(postingSize.size() * 2);
        Map<Integer, int[]> fill = new HashMap<>(postingSize.size() * 2);
        for (Map.Entry<Integer, int[]> e : postingSize.entrySet()) {
            postingDocs.put(e.getKey(), new int[e.getValue()[0]]);
            postingWeights.put(e.getKey(), new double[e.getValue()[0]]);
            fill.put(e.getKey(), new int[1]);
        }
        for (int a = 0; a < n; a++) {
            for (int i = 0; i < top[a].length; i++) {
                int k = fill.get(top[a][i])[0]++;
                postingDocs.get(top[a][i])[k] = a;
                postingWeights.get(top[a][i])[k] = topWeight[a][i];
            }
        }
        Set<Long> pairs = new HashSet<>(forced);
        double[] score = new double[n];
        int[] touched = new int[n];
        for (int a = 0; a < n; a++) {
            if (!query[a]) {
                continue;
            }
            int count = 0;
            for (int i = 0; i < top[a].length; i++) {
                int[] docs = postingDocs.get(top[a][i]);
                if (docs.length > config.maxPostingLength()) {
                    continue;
                }
                double[] ws = postingWeights.get(top[a][i]);
                double wa = topWeight[a][i];
                for (int k = 0; k < docs.length; k++) {
                    int b = docs[k];
                    if (b == a) {
                        continue;
                    }
                    if (score[b] == 0) {
                        touched[count++] = b;
                    }
                    score[b] += wa * ws[k];
                }
            }
            for (int b : best(score, touched, count, config.maxNeighbours())) {
                pairs.add(pair(Math.min(a, b), Math.max(a, b)));
            }
            for (int k = 0; k < count; k++) {
                score[touched[k]] = 0;
            }
        }
        long[] out = new long[pairs.size()];
        int k = 0;
        for (long p : pairs) {
            out[k++] = p;
        }
        Arrays.sort(out);
        return out;
    }

    /** The {@code k} of {@code touched[0..count)} with the highest score, ties to the smaller index. */
    private static int[] best(double[] score, int[] touched, int count, int k) {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = touched[i];
        }
        Arrays.sort(order, (x, y) -> score[x] != score[y] ? Double.compare(score[y], score[x]) : Integer.compare(x, y));
        int m = Math.min(k, count);
        int[] out = new int[m];
        for (int i = 0; i < m; i++) {
            out[i] = order[i];
        }
        return out;
    }

    /** Members of each cluster in ascending order; clusters ordered by their smallest member. */
    private static List<int[]> groups(int[] root) {
        TreeMap<Integer, List<Integer>> byRoot = new TreeMap<>();
        for (int i = 0; i < root.length; i++) {
            byRoot.computeIfAbsent(root[i], k -> new ArrayList<>()).add(i);
        }
        List<int[]> out = new ArrayList<>(byRoot.size());
        for (List<Integer> g : byRoot.values()) {
            out.add(g.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    /**
     * Names events {@code e0001…} in order of their smallest article id and stories {@code s001…} in order
     * of their smallest event (hence article); widths grow with the count so ids sort as numbers.
     */
    private static Clusters build(List<ClusterInput> sorted, List<int[]> events, List<int[]> stories) {
        String eventFormat = "e%0" + Math.max(MIN_EVENT_ID_DIGITS, digits(events.size())) + "d";
        String storyFormat = "s%0" + Math.max(MIN_STORY_ID_DIGITS, digits(stories.size())) + "d";
        String[] storyOfEvent = new String[events.size()];
        List<Story> storyList = new ArrayList<>(stories.size());
        for (int s = 0; s < stories.size(); s++) {
            String sid = String.format(Locale.ROOT, storyFormat, s + 1);
            List<String> eventIds = new ArrayList<>();
            for (int e : stories.get(s)) {
                storyOfEvent[e] = sid;
                eventIds.add(String.format(Locale.ROOT, eventFormat, e + 1));
            }
            storyList.add(new Story(sid, eventIds));
        }
        List<Event> eventList = new ArrayList<>(events.size());
        for (int e = 0; e < events.size(); e++) {
            List<String> ids = new ArrayList<>();
            for (int a : events.get(e)) {
                ids.add(sorted.get(a).id());
            }
            eventList.add(new Event(String.format(Locale.ROOT, eventFormat, e + 1), storyOfEvent[e], ids));
        }
        return new Clusters(eventList, storyList);
    }

    private static int digits(int count) {
        return Integer.toString(Math.max(1, count)).length();
    }
}
