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
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
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
 * is given, and tokens with digits: numbers, years, dates and times), which pin down one happening; pairs
 * sharing fewer than {@link AverageLinkConfig#minSharedTerms()} content words score 0. The text similarity is
 * weakened ({@link AverageLinkConfig#protagonistConflict()}) when each article has a protagonist, a name it
 * writes at least {@link AverageLinkConfig#protagonistMentions()} times, that the other never writes: two
 * instances of one kind of happening (one champion's two title fights) share setting and vocabulary, not
 * protagonists.
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
 * the state, at a cost in proportion to the batch (see {@link #add}): one batch from the empty state is
 * exactly {@link #cluster}.
 *
 * <p>Neighbours come from an inverted index over every content term (postings of terms in more than
 * {@link AverageLinkConfig#maxPostingLength()} articles are not scanned; each article queries with its top
 * {@link AverageLinkConfig#candidateTerms()} terms and keeps {@link AverageLinkConfig#maxNeighbours()}), and
 * candidate storylines of an event are those of its members' neighbours, so cost is near-linear in the corpus.
 * Average linkage (Sokal & Michener's UPGMA) keeps one ambiguous article from chaining two groups, unlike
 * single linkage. Every order that matters is by article id and every tie is broken by id, so the result does
 * not depend on input order. Thread-safe: the incremental state is an immutable value passed in and returned;
 * the one thing kept between calls, the index of the last state returned, is a memo taken atomically (see
 * {@link #slot}).
 */
public final class AverageLinkClusterer implements Clusterer, IncrementalClusterer {
    private static final int MIN_EVENT_ID_DIGITS = 4;
    private static final int MIN_STORY_ID_DIGITS = 3;
    /** An odd multiplier (the golden ratio's bits) and its inverse modulo 2^64; see {@link #pair}. */
    private static final long PAIR_MIX = 0x9E3779B97F4A7C15L;
    private static final long PAIR_UNMIX = 0xf1de83e19937733dL;

    private final AverageLinkConfig config;
    private final Set<String> stopwords;
    private final WordTokenizer tokenizer = new WordTokenizer();
    /**
     * The last state this clusterer returned from {@link #add} and its {@link CorpusIndex}, handed to the next
     * call that continues that state (then cleared, since the index grows in place). A pure memo: any other state
     * gets an index built from scratch, equal to the kept one, so results never depend on it.
     */
    private final AtomicReference<Owned> slot = new AtomicReference<>();

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
        return add(ClusterState.empty(), articles, passages, Map.of(), false).clusters();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Here the cost of a batch is in proportion to the batch, not to the corpus: the clusterer keeps the
     * {@link CorpusIndex} of the state it returned (term statistics, postings of every content term, events and
     * storylines with their topic words) and grows it by the batch. Only the new articles query the index; vectors
     * with the grown corpus's IDF are built only for the articles the batch can reach (the batch, its candidates,
     * the members of their events); the agglomeration runs over the new articles and the earlier events they
     * meet (each earlier event one node of its size), then over the new events and the earlier storylines their
     * neighbours belong to. New articles may join an earlier event or form new ones; two groups that existed
     * before are never merged or split. A state this clusterer did not return (read back by a store, say) costs
     * one linear pass to index; the index is a function of the state alone, so the result is the same either
     * way. One batch from {@link ClusterState#empty()} is exactly {@link #cluster}.
     */
    @Override
    public ClusterState add(ClusterState state, List<ClusterInput> batch, List<Passage> passages,
            Map<String, TokenSequence> earlierTokens) {
        return add(state, batch, passages, earlierTokens, true);
    }

    private ClusterState add(ClusterState state, List<ClusterInput> batch, List<Passage> passages,
            Map<String, TokenSequence> earlierTokens, boolean keep) {
        List<ClusterInput> fresh = new ArrayList<>(batch);
        fresh.sort(Comparator.comparing(ClusterInput::id));
        for (int i = 1; i < fresh.size(); i++) {
            if (fresh.get(i).id().equals(fresh.get(i - 1).id())) {
                throw new IllegalArgumentException("duplicate article id: " + fresh.get(i).id());
            }
        }
        CorpusIndex index = take(state);
        for (ClusterInput in : fresh) {
            if (index.handleById.containsKey(in.id())) {
                slot.set(new Owned(state, index));
                throw new IllegalArgumentException("duplicate article id: " + in.id());
            }
        }
        Set<String> freshIds = new HashSet<>();
        fresh.forEach(in -> freshIds.add(in.id()));
        for (Passage p : passages) {
            for (String[] ends : new String[][] {{p.a(), p.b()}, {p.b(), p.a()}}) {
                if (freshIds.contains(ends[0]) && index.handleById.containsKey(ends[1])
                        && !earlierTokens.containsKey(ends[1])) {
                    slot.set(new Owned(state, index));
                    throw new IllegalArgumentException("a passage names earlier article " + ends[1]
                            + " whose tokens were not given");
                }
            }
        }
        int oldArticles = index.size();
        int oldEvents = index.events.size();
        // Each article's terms depend on it alone: computed in parallel, added to the index in id order.
        ArticleTerms[] freshTerms = new ArticleTerms[fresh.size()];
        IntStream.range(0, fresh.size()).parallel().forEach(i -> freshTerms[i] = terms(fresh.get(i)));
        int[] freshHandles = new int[fresh.size()];
        for (int i = 0; i < fresh.size(); i++) {
            freshHandles[i] = index.addArticle(freshTerms[i]);
        }
        Map<Long, Double> reuse = passageWords(index, passages, oldArticles, fresh, earlierTokens);

        // Neighbours of each new article from the inverted index, and the pairs they make.
        // The index is only read here, so the searches run in parallel, in chunks that each own a score table;
        // their results are gathered in the batch's order.
        int[][] found = new int[freshHandles.length][];
        int chunk = Math.max(64, freshHandles.length / 64);
        IntStream.range(0, (freshHandles.length + chunk - 1) / chunk).parallel().forEach(c -> {
            double[] score = new double[index.size()];
            int[] touched = new int[index.size()];
            for (int i = c * chunk; i < Math.min(freshHandles.length, (c + 1) * chunk); i++) {
                found[i] = neighbours(index, freshHandles[i], score, touched);
            }
        });
        Map<Integer, int[]> neighbours = new HashMap<>();
        Set<Long> pairSet = new HashSet<>(reuse.keySet());
        for (int i = 0; i < freshHandles.length; i++) {
            int a = freshHandles[i];
            neighbours.put(a, found[i]);
            for (int b : found[i]) {
                pairSet.add(pair(Math.min(a, b), Math.max(a, b)));
            }
        }
        // Vectors with the grown corpus's IDF, only for what this batch can reach: the batch, the candidates,
        // and the other members of their events (the story level compares whole events).
        Set<Integer> reach = new HashSet<>();
        for (int a : freshHandles) {
            reach.add(a);
        }
        for (long p : pairSet) {
            reach.add(first(p));
            reach.add(second(p));
        }
        for (int a : new ArrayList<>(reach)) {
            int e = index.eventOf.get(a);
            if (e >= 0) {
                reach.addAll(index.events.get(e).members);
            }
        }
        Vectors vectors = vectorise(index, reach);

        // Level 1: events. Nodes: the new articles alone and the earlier events they meet, in order of smallest
        // article id (the order a batch from empty gives); pairs of two earlier articles cannot move anything.
        Level events = Level.of(Arrays.stream(freshHandles).mapToObj(a -> index.articles.get(a).id()).toList(),
                pairSet, index.eventOf::get, e -> index.events.get(e).firstId,
                e -> index.events.get(e).members.size());
        List<ScoredPair> scored = new ArrayList<>();
        long[] scoredPairs = pairSet.stream().mapToLong(Long::longValue)
                .filter(p -> first(p) >= oldArticles || second(p) >= oldArticles).toArray();
        double[] sims = new double[scoredPairs.length];
        IntStream.range(0, scoredPairs.length).parallel().forEach(i -> {
            int a = first(scoredPairs[i]);
            int b = second(scoredPairs[i]);
            sims[i] = articleSimilarity(index, vectors, a, b, reuse.getOrDefault(scoredPairs[i], 0.0))
                    * decay(config.eventTime(), index.articles.get(a).date(), index.articles.get(b).date());
        });
        for (int i = 0; i < scoredPairs.length; i++) {
            int a = first(scoredPairs[i]);
            int b = second(scoredPairs[i]);
            double sim = sims[i];
            if (sim > 0) {
                int na = a < oldArticles ? events.groupNode(index.eventOf.get(a)) : events.freshNode(a - oldArticles);
                int nb = b < oldArticles ? events.groupNode(index.eventOf.get(b)) : events.freshNode(b - oldArticles);
                scored.add(ScoredPair.of(na, nb, index.articles.get(a).id(), index.articles.get(b).id(), sim));
            }
        }
        int[] eventRoot = AverageLinkage.clusterGroups(events.size, events.settled, ScoredPair.edges(scored),
                config.eventThreshold());
        Set<Integer> changed = new TreeSet<>();
        events.assign(eventRoot, index::newEvent, (e, item) -> {
            index.join(e, freshHandles[item]);
            changed.add(e);
        });
        for (int e : changed) {
            index.refresh(e);
        }

        // Level 2: storylines. Nodes: the new events alone and the earlier storylines of the events their
        // members meet (as neighbours or through passages).
        Map<Long, Double> eventReuse = new HashMap<>();
        for (Map.Entry<Long, Double> r : reuse.entrySet()) {
            int ea = index.eventOf.get(first(r.getKey()));
            int eb = index.eventOf.get(second(r.getKey()));
            if (ea != eb) {
                eventReuse.merge(pair(Math.min(ea, eb), Math.max(ea, eb)), r.getValue(), Math::max);
            }
        }
        Set<Long> storyPairs = new HashSet<>();
        for (int e = oldEvents; e < index.events.size(); e++) {
            for (int a : index.events.get(e).members) {
                for (int b : neighbours.get(a)) {
                    int f = index.eventOf.get(b);
                    if (f != e) {
                        storyPairs.add(pair(Math.min(e, f), Math.max(e, f)));
                    }
                }
            }
        }
        for (long p : eventReuse.keySet()) {
            if (first(p) >= oldEvents || second(p) >= oldEvents) {
                storyPairs.add(p);
            }
        }
        List<String> newEventFirst = new ArrayList<>();
        for (int e = oldEvents; e < index.events.size(); e++) {
            newEventFirst.add(index.events.get(e).firstId);
        }
        Level stories = Level.of(newEventFirst, storyPairs, e -> index.events.get(e).story,
                s -> index.stories.get(s).firstId, s -> index.stories.get(s).events);
        Map<Integer, EventVectors> centroids = new HashMap<>();
        List<ScoredPair> storyScored = new ArrayList<>();
        for (long p : storyPairs) {
            int a = first(p);
            int b = second(p);
            EventVectors ea = centroids.computeIfAbsent(a, e -> eventVectors(index, vectors, e));
            EventVectors eb = centroids.computeIfAbsent(b, e -> eventVectors(index, vectors, e));
            double text = Math.max(textSimilarity(ea.content(), eb.content(), ea.named(), eb.named()),
                    kindSimilarity(ea.topic(), eb.topic()));
            double sim = Math.max(text, reuseSimilarity(eventReuse.getOrDefault(p, 0.0)))
                    * decay(config.storyTime(), ea.date(), eb.date());
            if (sim > 0) {
                int na = a >= oldEvents ? stories.freshNode(a - oldEvents) : stories.groupNode(index.events.get(a).story);
                int nb = b >= oldEvents ? stories.freshNode(b - oldEvents) : stories.groupNode(index.events.get(b).story);
                storyScored.add(ScoredPair.of(na, nb, index.events.get(a).firstId, index.events.get(b).firstId, sim));
            }
        }
        int[] storyRoot = AverageLinkage.clusterGroups(stories.size, stories.settled, ScoredPair.edges(storyScored),
                config.storyThreshold());
        stories.assign(storyRoot, index::newStory, (s, item) -> index.addToStory(s, oldEvents + item));
        for (int e : changed) {
            index.touchStory(e);
        }
        ClusterState next = new ClusterState(merge(state.articles(), Arrays.asList(freshTerms)), build(index));
        if (keep) {
            slot.set(new Owned(next, index));
        }
        return next;
    }

    /** The index of {@code state}: the one this clusterer returned it with, or one built from scratch. */
    private CorpusIndex take(ClusterState state) {
        Owned owned = slot.getAndSet(null);
        if (owned != null && owned.state() == state) {
            return owned.index();
        }
        return CorpusIndex.of(state, config.eventCoreShare());
    }

    /** A state and the index it implies; see {@link #slot}. */
    private record Owned(ClusterState state, CorpusIndex index) {
    }

    /**
     * A similarity between two nodes of an agglomeration, with the ids of the two items it was measured on, so
     * that several item pairs of one node pair add up in an order that depends on ids only.
     */
    private record ScoredPair(int lo, int hi, String first, String second, double similarity) {
        static ScoredPair of(int a, int b, String idA, String idB, double similarity) {
            boolean swap = idA.compareTo(idB) > 0;
            return new ScoredPair(Math.min(a, b), Math.max(a, b), swap ? idB : idA, swap ? idA : idB, similarity);
        }

        static List<AverageLinkage.Edge> edges(List<ScoredPair> pairs) {
            pairs.sort(Comparator.comparingInt(ScoredPair::lo).thenComparingInt(ScoredPair::hi)
                    .thenComparing(ScoredPair::first).thenComparing(ScoredPair::second));
            List<AverageLinkage.Edge> out = new ArrayList<>(pairs.size());
            for (ScoredPair p : pairs) {
                out.add(new AverageLinkage.Edge(p.lo(), p.hi(), p.similarity()));
            }
            return out;
        }
    }

    /** For each key, its rank among {@code keys} in ascending order (keys are distinct article ids). */
    /**
     * The nodes of one level of a batch's agglomeration (articles into events, events into storylines): the
     * batch's fresh items alone, then each earlier group that a scored pair reaches as one settled node, all
     * placed at their rank by smallest member id (the order a batch from empty would give).
     */
    private static final class Level {
        final int[] size;
        final boolean[] settled;
        /** Per node: the earlier group it stands for, or -1. */
        private final int[] groupAt;
        /** Per node: the index of the fresh item it stands for, or -1. */
        private final int[] freshAt;
        private final int[] rank;
        private final Map<Integer, Integer> slotOfGroup;

        private Level(int[] size, boolean[] settled, int[] groupAt, int[] freshAt, int[] rank,
                      Map<Integer, Integer> slotOfGroup) {
            this.size = size;
            this.settled = settled;
            this.groupAt = groupAt;
            this.freshAt = freshAt;
            this.rank = rank;
            this.slotOfGroup = slotOfGroup;
        }

        /**
         * @param freshFirst each fresh item's smallest id
         * @param pairs      the scored pairs, both ends item handles of the level below
         * @param groupOf    the earlier group an end belongs to, or -1
         */
        static Level of(List<String> freshFirst, Set<Long> pairs, IntUnaryOperator groupOf,
                        IntFunction<String> groupFirst, IntUnaryOperator groupSize) {
            List<String> first = new ArrayList<>(freshFirst);
            List<Integer> group = new ArrayList<>(Collections.nCopies(freshFirst.size(), -1));
            Map<Integer, Integer> slotOfGroup = new HashMap<>();
            for (long p : pairs) {
                for (int end : new int[] {first(p), second(p)}) {
                    int g = groupOf.applyAsInt(end);
                    if (g >= 0 && slotOfGroup.putIfAbsent(g, first.size()) == null) {
                        first.add(groupFirst.apply(g));
                        group.add(g);
                    }
                }
            }
            int[] rank = ranks(first);
            int nodes = rank.length;
            int[] size = new int[nodes];
            boolean[] settled = new boolean[nodes];
            int[] groupAt = new int[nodes];
            int[] freshAt = new int[nodes];
            for (int i = 0; i < nodes; i++) {
                int g = group.get(i);
                size[rank[i]] = g >= 0 ? groupSize.applyAsInt(g) : 1;
                settled[rank[i]] = g >= 0;
                groupAt[rank[i]] = g;
                freshAt[rank[i]] = g >= 0 ? -1 : i;
            }
            return new Level(size, settled, groupAt, freshAt, rank, slotOfGroup);
        }

        int freshNode(int fresh) {
            return rank[fresh];
        }

        int groupNode(int group) {
            return rank[slotOfGroup.get(group)];
        }

        /**
         * Puts each fresh item into the earlier group its cluster root holds, or into a group made for that
         * root, in node order.
         */
        void assign(int[] root, IntSupplier newGroup, BiIntConsumer join) {
            Map<Integer, Integer> groupOfRoot = new HashMap<>();
            for (int i = 0; i < groupAt.length; i++) {
                if (groupAt[i] >= 0) {
                    groupOfRoot.put(root[i], groupAt[i]);
                }
            }
            for (int i = 0; i < freshAt.length; i++) {
                if (freshAt[i] < 0) {
                    continue;
                }
                Integer g = groupOfRoot.get(root[i]);
                if (g == null) {
                    g = newGroup.getAsInt();
                    groupOfRoot.put(root[i], g);
                }
                join.accept(g, freshAt[i]);
            }
        }
    }

    /** Takes a group and a fresh item's index. */
    private interface BiIntConsumer {
        void accept(int group, int fresh);
    }

    private static int[] ranks(List<String> keys) {
        Integer[] order = new Integer[keys.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(keys::get));
        int[] rank = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i;
        }
        return rank;
    }

    /**
     * The best {@code maxNeighbours} articles for {@code a}: each of its top {@code candidateTerms} terms (by
     * TF-IDF) scans the term's postings, unless the term is in more than {@code maxPostingLength} articles,
     * adding the product of {@code a}'s weight and the other article's (IDF times its length-normalised
     * sublinear term frequency). Ties go to the smaller article id. Cost: the postings scanned.
     */
    private int[] neighbours(CorpusIndex index, int a, double[] score, int[] touched) {
        ArticleTerms t = index.articles.get(a);
        CorpusIndex.Term[] refs = index.refs(a);
        double[] w = new double[refs.length];
        double norm = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = (1 + Math.log(t.count(i))) * index.idf(refs[i].df);
            norm += w[i] * w[i];
        }
        if (norm == 0) {
            return new int[0];
        }
        SparseVector query = new SparseVector(new int[w.length], w);
        double inv = 1 / Math.sqrt(norm);
        int count = 0;
        for (int i : query.top(config.candidateTerms())) {
            CorpusIndex.Term term = refs[i];
            if (term.df > config.maxPostingLength()) {
                continue;
            }
            double wa = w[i] * inv * index.idf(term.df);
            for (int k = 0; k < term.df; k++) {
                int b = term.docs[k];
                if (b == a) {
                    continue;
                }
                if (score[b] == 0) {
                    touched[count++] = b;
                }
                score[b] += wa * term.weights[k];
            }
        }
        int[] out = best(index, score, touched, count, config.maxNeighbours());
        for (int k = 0; k < count; k++) {
            score[touched[k]] = 0;
        }
        return out;
    }

    /** The {@code k} of {@code touched[0..count)} with the highest score, ties to the smaller article id. */
    private static int[] best(CorpusIndex index, double[] score, int[] touched, int count, int k) {
        if (count <= k) {
            return Arrays.copyOf(touched, count);
        }
        double[] sorted = new double[count];
        for (int i = 0; i < count; i++) {
            sorted[i] = score[touched[i]];
        }
        Arrays.sort(sorted);
        double kth = sorted[count - k];
        int[] out = new int[k];
        int n = 0;
        List<Integer> ties = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double s = score[touched[i]];
            if (s > kth) {
                out[n++] = touched[i];
            } else if (s == kth) {
                ties.add(touched[i]);
            }
        }
        ties.sort(Comparator.comparing(h -> index.articles.get(h).id()));
        for (int i = 0; n < k; i++) {
            out[n++] = ties.get(i);
        }
        return out;
    }

    /**
     * Words reused between a new article and another through {@code passages}; unknown ids ignored. A new
     * article's tokens are its input's ({@code fresh}, sorted by id, has handles from {@code oldArticles} on),
     * an earlier one's come from {@code earlierTokens}.
     */
    private static Map<Long, Double> passageWords(CorpusIndex index, List<Passage> passages, int oldArticles,
            List<ClusterInput> fresh, Map<String, TokenSequence> earlierTokens) {
        Map<Long, Double> out = new HashMap<>();
        for (Passage p : passages) {
            Integer a = index.handleById.get(p.a());
            Integer b = index.handleById.get(p.b());
            if (a == null || b == null || a.equals(b) || (a < oldArticles && b < oldArticles)) {
                continue;
            }
            int words = Math.min(wordsIn(tokensOf(a, oldArticles, fresh, earlierTokens, p.a()), p.inA().start(),
                    p.inA().end()), wordsIn(tokensOf(b, oldArticles, fresh, earlierTokens, p.b()),
                    p.inB().start(), p.inB().end()));
            if (words > 0) {
                out.merge(pair(Math.min(a, b), Math.max(a, b)), (double) words, Double::sum);
            }
        }
        return out;
    }

    /**
     * TF-IDF content vectors and named-thing vectors (unit length) of the articles {@code reach}, with the
     * IDF of the whole corpus. Term ids are the terms' ranks in alphabetical order among these articles, so
     * every sum runs in the same order whatever the batches were.
     */
    private static Vectors vectorise(CorpusIndex index, Set<Integer> reach) {
        Set<String> used = new HashSet<>();
        for (int a : reach) {
            used.addAll(Arrays.asList(index.articles.get(a).terms()));
        }
        String[] vocabulary = used.toArray(new String[0]);
        Arrays.sort(vocabulary);
        Map<String, Integer> id = new HashMap<>(vocabulary.length * 2);
        for (int i = 0; i < vocabulary.length; i++) {
            id.put(vocabulary[i], i);
        }
        Map<Integer, SparseVector> content = new HashMap<>(reach.size() * 2);
        Map<Integer, SparseVector> named = new HashMap<>(reach.size() * 2);
        for (int a : reach) {
            ArticleTerms t = index.articles.get(a);
            CorpusIndex.Term[] refs = index.refs(a);
            int[] ids = new int[refs.length];
            double[] w = new double[refs.length];
            int namedCount = 0;
            for (int i = 0; i < ids.length; i++) {
                ids[i] = id.get(t.terms()[i]);
                w[i] = (1 + Math.log(t.count(i))) * index.idf(refs[i].df);
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
            content.put(a, new SparseVector(ids, w).normalised());
            named.put(a, new SparseVector(nIds, nW).normalised());
        }
        return new Vectors(content, named, vocabulary);
    }

    /** Content vectors, named-thing vectors (by article handle) and the term of each id. */
    private record Vectors(Map<Integer, SparseVector> content, Map<Integer, SparseVector> named,
            String[] vocabulary) {
        SparseVector contentOf(int a) {
            return require(content, a);
        }

        SparseVector namedOf(int a) {
            return require(named, a);
        }

        private static SparseVector require(Map<Integer, SparseVector> m, int a) {
            SparseVector v = m.get(a);
            if (v == null) {
                throw new IllegalStateException("no vector for article handle " + a + ": outside the batch's reach");
            }
            return v;
        }
    }

    /** An event at story level: consensus centroid, named centroid, topic view, median date. */
    private record EventVectors(SparseVector content, SparseVector named, SparseVector topic,
            Optional<LocalDate> date) {
    }

    private EventVectors eventVectors(CorpusIndex index, Vectors vectors, int event) {
        List<Integer> memberHandles = new ArrayList<>(index.events.get(event).members);
        memberHandles.sort(Comparator.comparing(h -> index.articles.get(h).id()));
        List<SparseVector> members = new ArrayList<>();
        List<SparseVector> namedMembers = new ArrayList<>();
        List<SparseVector> kindMembers = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (int a : memberHandles) {
            members.add(vectors.contentOf(a));
            namedMembers.add(vectors.namedOf(a));
            kindMembers.add(vectors.contentOf(a).without(vectors.namedOf(a)));
            index.articles.get(a).date().ifPresent(dates::add);
        }
        int quorum = CorpusIndex.quorum(members.size(), config.eventCoreShare());
        SparseVector kind = SparseVector.consensus(kindMembers, quorum);
        // Topic words reweighed by how few events use them (ln((1 + m) / (1 + df)) + 1 over the m events): a word
        // every event uses ("said", "police") says nothing about the kind of happening, "rehab" or "magnitude" do.
        double m = index.events.size();
        double[] w = new double[kind.terms.length];
        for (int i = 0; i < w.length; i++) {
            int df = index.topicDf.get(vectors.vocabulary()[kind.terms[i]])[0];
            w[i] = kind.weights[i] * Math.pow(Math.log((1 + m) / (1 + df)) + 1, config.topicDispersionPower());
        }
        dates.sort(null);
        return new EventVectors(SparseVector.consensus(members, quorum).normalised(),
                SparseVector.consensus(namedMembers, quorum).normalised(), new SparseVector(kind.terms, w).normalised(),
                dates.isEmpty() ? Optional.empty() : Optional.of(dates.get((dates.size() - 1) / 2)));
    }

    private double articleSimilarity(CorpusIndex index, Vectors v, int a, int b, double reusedWords) {
        double text = textSimilarity(v.contentOf(a), v.contentOf(b), v.namedOf(a), v.namedOf(b));
        ArticleTerms ta = index.articles.get(a);
        ArticleTerms tb = index.articles.get(b);
        if (text > 0 && lacksProtagonistOf(tb, ta) && lacksProtagonistOf(ta, tb)) {
            text *= 1 - config.protagonistConflict();
        }
        return Math.max(text, reuseSimilarity(reusedWords));
    }

    /** True if {@code reader} never writes one of {@code other}'s protagonists. */
    private static boolean lacksProtagonistOf(ArticleTerms reader, ArticleTerms other) {
        for (String p : other.protagonists()) {
            if (Arrays.binarySearch(reader.terms(), p) < 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code sorted} and {@code fresh} (both sorted by id) as one list sorted by id. */
    private static List<ArticleTerms> merge(List<ArticleTerms> sorted, List<ArticleTerms> fresh) {
        List<ArticleTerms> out = new ArrayList<>(sorted.size() + fresh.size());
        int i = 0;
        int j = 0;
        while (i < sorted.size() || j < fresh.size()) {
            if (j == fresh.size() || (i < sorted.size() && sorted.get(i).id().compareTo(fresh.get(j).id()) < 0)) {
                out.add(sorted.get(i++));
            } else {
                out.add(fresh.get(j++));
            }
        }
        return out;
    }

    /**
     * Names events {@code e0001…} in order of their smallest article id and stories {@code s001…} in order
     * of their smallest event (hence article); widths grow with the count so ids sort as numbers.
     */
    private static Clusters build(CorpusIndex index) {
        int m = index.events.size();
        List<String> eventFirst = new ArrayList<>(m);
        for (CorpusIndex.EventEntry e : index.events) {
            eventFirst.add(e.firstId);
        }
        int[] eventRank = ranks(eventFirst);
        List<String> storyFirst = new ArrayList<>(index.stories.size());
        for (CorpusIndex.StoryEntry s : index.stories) {
            storyFirst.add(s.firstId);
        }
        int[] storyRank = ranks(storyFirst);
        String eventFormat = "e%0" + Math.max(MIN_EVENT_ID_DIGITS, digits(m)) + "d";
        String storyFormat = "s%0" + Math.max(MIN_STORY_ID_DIGITS, digits(storyRank.length)) + "d";
        Event[] events = new Event[m];
        List<List<String>> storyEvents = new ArrayList<>(storyRank.length);
        for (int s = 0; s < storyRank.length; s++) {
            storyEvents.add(new ArrayList<>());
        }
        for (int e = 0; e < m; e++) {
            String eid = String.format(Locale.ROOT, eventFormat, eventRank[e] + 1);
            int s = storyRank[index.events.get(e).story];
            events[eventRank[e]] = new Event(eid, String.format(Locale.ROOT, storyFormat, s + 1),
                    index.events.get(e).sortedIds);
            storyEvents.get(s).add(eid);
        }
        List<Story> stories = new ArrayList<>(storyRank.length);
        for (int s = 0; s < storyRank.length; s++) {
            List<String> ids = storyEvents.get(s);
            ids.sort(null);
            stories.add(new Story(String.format(Locale.ROOT, storyFormat, s + 1), ids));
        }
        return new Clusters(Arrays.asList(events), stories);
    }

    /** Content cosine blended with named-thing cosine; 0 below the shared-word minimum. */
    private double textSimilarity(SparseVector ca, SparseVector cb, SparseVector na, SparseVector nb) {
        double content = ca.dotIfSharing(cb, config.minSharedTerms());
        if (content == 0) {
            return 0;
        }
        if (na.size() == 0 || nb.size() == 0) {
            // Without named things on both sides there is nothing to compare: use words alone.
            return content;
        }
        return (1 - config.namedWeight()) * content + config.namedWeight() * na.dot(nb);
    }

    /** Cosine of two topic-view vectors, 0 below the shared-word minimum, scaled by the view's weight. */
    private double kindSimilarity(SparseVector a, SparseVector b) {
        return config.topicWeight() * a.dotIfSharing(b, config.minSharedTerms());
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

    /**
     * What one article contributes before corpus statistics ({@link ArticleTerms}): its content terms (sorted),
     * their counts (headline occurrences weighted), which of them are named things, and its protagonists.
     * Depends on the article alone, so it is kept in the state and the {@link CorpusIndex}; a store that holds
     * the texts rebuilds its state with this.
     */
    public ArticleTerms terms(ClusterInput in) {
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
        List<String> protagonists = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) {
            if (named[i] && !isNumeric(terms[i]) && counts[i] >= config.protagonistMentions()) {
                protagonists.add(terms[i]);
            }
        }
        return new ArticleTerms(in.id(), in.date(), terms, counts, named, protagonists.toArray(new String[0]));
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

    private static TokenSequence tokensOf(int handle, int oldArticles, List<ClusterInput> fresh,
            Map<String, TokenSequence> earlierTokens, String id) {
        if (handle >= oldArticles) {
            return fresh.get(handle - oldArticles).tokens();
        }
        // present: checked before the batch touched the index
        return earlierTokens.get(id);
    }

    private static int wordsIn(TokenSequence tokens, int start, int end) {
        return Math.max(0, tokens.indexAtOrAfter(end) - tokens.indexAtOrAfter(start));
    }

    /**
     * A pair of handles as one key of the pair maps. The packed {@code (a << 32) | b} times an odd constant
     * (a bijection on longs, undone by {@link #first}/{@link #second}): {@link Long#hashCode} of the packed
     * value is {@code a ^ b}, and small handles then crowd a few buckets into tree bins (a profile put a tenth
     * of the cluster stage there). Nothing depends on the maps' order: every list they feed is sorted by id.
     */
    private static long pair(int a, int b) {
        return (((long) a << 32) | (b & 0xffffffffL)) * PAIR_MIX;
    }

    private static int first(long pair) {
        return (int) ((pair * PAIR_UNMIX) >>> 32);
    }

    private static int second(long pair) {
        return (int) (pair * PAIR_UNMIX);
    }

    private static int digits(int count) {
        return Integer.toString(Math.max(1, count)).length();
    }
}
