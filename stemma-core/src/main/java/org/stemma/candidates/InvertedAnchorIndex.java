package org.stemma.candidates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stemma.fingerprint.Fingerprints;

/**
 * Candidate pairs from an inverted index of anchors (fingerprint hash to the articles holding it).
 *
 * <p>Each article contributes each distinct hash once to that hash's postings (sorted by article id). An
 * anchor held by between 2 and {@link Config#fullJoinLimit()} articles adds one to each pair of its articles;
 * a more common anchor, up to the document-frequency cap, adds one only to each article paired with the next
 * {@code fullJoinLimit} articles of its postings (a band join), so a wire story copied by hundreds of outlets
 * still links every copy to some others at linear cost; anchors above the cap are boilerplate (a site footer,
 * an agency credit line) and are dropped. Pairs reaching {@code minSharedAnchors} are kept, and of those each
 * article keeps its {@link Config#maxPairsPerArticle()} best (most shared anchors, then lower partner id); a
 * pair stays when it is among the best of either article. Returned sorted.
 *
 * <p>Cost: O(F) for F fingerprints, plus the sum over kept anchors of min(df²/2, df × fullJoinLimit), plus
 * sorting the pairs; so at most linear in the corpus for bounded anchors per article. Immutable, thread-safe.
 */
public final class InvertedAnchorIndex implements CandidateIndex {

    /**
     * @param minSharedAnchors        pairs sharing fewer distinct anchors are not candidates. Default
     *                                {@value #DEFAULT_MIN_SHARED_ANCHORS}: with the default winnowing (k = 5,
     *                                w = 4) one reused 40-word paragraph leaves at least 8 shared anchors even
     *                                with a changed word or two, while a chance shared 5-word phrase gives 1.
     * @param minDocFrequencyCap      the document-frequency cap is never below this. Default
     *                                {@value #DEFAULT_MIN_DOC_FREQUENCY_CAP}: in a small corpus every copy of
     *                                a story is kept (a 4-article corpus drops nothing), and a wire story
     *                                reprinted by a dozen outlets is still found.
     * @param maxDocFrequencyFraction the cap grows with the corpus as this fraction of its articles. Default
     *                                {@value #DEFAULT_MAX_DOC_FREQUENCY_FRACTION}: an anchor in more than one
     *                                article in twenty of a large corpus is boilerplate, not reuse.
     * @param fullJoinLimit           anchors held by at most this many articles join all their pairs; more
     *                                common ones join each article to the next this-many only. Default
     *                                {@value #DEFAULT_FULL_JOIN_LIMIT}: above the document-frequency cap of
     *                                every labelled corpus we evaluate on (ECB+ ~50, the provenance families
     *                                16), so their results do not change, while one anchor costs at most
     *                                64 × df pair updates instead of df²/2 (at 1M articles the cap is 50,000,
     *                                i.e. up to 1.25 billion pairs for one anchor without it).
     * @param maxPairsPerArticle      each article keeps at most this many candidates (most shared anchors
     *                                first); a pair stays when either article keeps it. Default
     *                                {@value #DEFAULT_MAX_PAIRS_PER_ARTICLE}: more partners than a large
     *                                syndication family has in a day's news; it bounds the pairs, and so align,
     *                                provenance and typed changes, to at most this times the articles.
     */
    public record Config(int minSharedAnchors, int minDocFrequencyCap, double maxDocFrequencyFraction,
                         int fullJoinLimit, int maxPairsPerArticle) {
        public static final int DEFAULT_MIN_SHARED_ANCHORS = 3;
        public static final int DEFAULT_MIN_DOC_FREQUENCY_CAP = 16;
        public static final double DEFAULT_MAX_DOC_FREQUENCY_FRACTION = 0.05;
        public static final int DEFAULT_FULL_JOIN_LIMIT = 64;
        public static final int DEFAULT_MAX_PAIRS_PER_ARTICLE = 64;

        /** The three-value form: default full-join limit and pairs per article. */
        public Config(int minSharedAnchors, int minDocFrequencyCap, double maxDocFrequencyFraction) {
            this(minSharedAnchors, minDocFrequencyCap, maxDocFrequencyFraction, DEFAULT_FULL_JOIN_LIMIT,
                    DEFAULT_MAX_PAIRS_PER_ARTICLE);
        }

        public Config {
            if (minSharedAnchors < 1) {
                throw new IllegalArgumentException("minSharedAnchors must be at least 1: " + minSharedAnchors);
            }
            if (minDocFrequencyCap < 2) {
                throw new IllegalArgumentException("minDocFrequencyCap must be at least 2: " + minDocFrequencyCap);
            }
            if (!(maxDocFrequencyFraction >= 0 && maxDocFrequencyFraction <= 1)) {
                throw new IllegalArgumentException("maxDocFrequencyFraction outside [0, 1]: "
                        + maxDocFrequencyFraction);
            }
            if (fullJoinLimit < 2) {
                throw new IllegalArgumentException("fullJoinLimit must be at least 2: " + fullJoinLimit);
            }
            if (maxPairsPerArticle < 1) {
                throw new IllegalArgumentException("maxPairsPerArticle must be at least 1: " + maxPairsPerArticle);
            }
        }

        public static Config defaults() {
            return new Config(DEFAULT_MIN_SHARED_ANCHORS, DEFAULT_MIN_DOC_FREQUENCY_CAP,
                    DEFAULT_MAX_DOC_FREQUENCY_FRACTION, DEFAULT_FULL_JOIN_LIMIT, DEFAULT_MAX_PAIRS_PER_ARTICLE);
        }

        /** The document-frequency cap for a corpus of {@code articles}: max(floor, fraction × articles). */
        public int docFrequencyCap(int articles) {
            return Math.max(minDocFrequencyCap, (int) Math.ceil(maxDocFrequencyFraction * articles));
        }
    }

    private final Config config;

    public InvertedAnchorIndex(Config config) {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        this.config = config;
    }

    public InvertedAnchorIndex() {
        this(Config.defaults());
    }

    public Config config() {
        return config;
    }

    @Override
    public List<CandidatePair> findAll(Collection<Fingerprints> corpus) {
        if (corpus == null) {
            throw new IllegalArgumentException("corpus must not be null");
        }
        Fingerprints[] docs = corpus.toArray(new Fingerprints[0]);
        Arrays.sort(docs, (x, y) -> x.articleId().compareTo(y.articleId()));
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (Fingerprints f : docs) {
            if (!seen.add(f.articleId())) {
                throw new IllegalArgumentException("duplicate article id in corpus: " + f.articleId());
            }
            total += f.size();
        }
        int cap = config.docFrequencyCap(docs.length);
        // Postings are filled in article order, so each list is sorted and a repeat is its last element.
        Map<Long, Postings> postings = new HashMap<>(Math.max(16, total * 2));
        for (int d = 0; d < docs.length; d++) {
            for (int i = 0; i < docs[d].size(); i++) {
                postings.computeIfAbsent(docs[d].hash(i), unused -> new Postings()).addOnce(d);
            }
        }
        Map<Long, int[]> counts = new HashMap<>();
        int band = config.fullJoinLimit();
        for (Postings p : postings.values()) {
            if (p.size < 2 || p.size > cap) {
                continue;
            }
            for (int x = 0; x < p.size; x++) {
                int last = p.size <= band ? p.size : Math.min(p.size, x + 1 + band);
                for (int y = x + 1; y < last; y++) {
                    long key = ((long) p.docs[x] << 32) | p.docs[y];
                    counts.computeIfAbsent(key, unused -> new int[1])[0]++;
                }
            }
        }
        List<long[]> kept = new ArrayList<>();
        for (Map.Entry<Long, int[]> e : counts.entrySet()) {
            int shared = e.getValue()[0];
            if (shared >= config.minSharedAnchors()) {
                kept.add(new long[] {e.getKey(), shared});
            }
        }
        List<CandidatePair> out = new ArrayList<>();
        for (long[] pair : bestPerArticle(kept, docs.length, config.maxPairsPerArticle())) {
            out.add(new CandidatePair(docs[(int) (pair[0] >>> 32)].articleId(), docs[(int) pair[0]].articleId(),
                    (int) pair[1]));
        }
        out.sort(null);
        return List.copyOf(out);
    }

    /**
     * The pairs ({key = a << 32 | b, shared}) that are among the {@code k} best of either article: most shared
     * anchors first, then the lower partner index (ids are sorted, so this is the lower id).
     */
    private static List<long[]> bestPerArticle(List<long[]> pairs, int articles, int k) {
        int[] degree = new int[articles];
        for (long[] p : pairs) {
            degree[(int) (p[0] >>> 32)]++;
            degree[(int) p[0]]++;
        }
        boolean over = false;
        for (int d : degree) {
            over |= d > k;
        }
        if (!over) {
            return pairs;
        }
        int[][] incident = new int[articles][];
        for (int i = 0; i < articles; i++) {
            incident[i] = new int[degree[i]];
        }
        int[] fill = new int[articles];
        for (int i = 0; i < pairs.size(); i++) {
            long key = pairs.get(i)[0];
            int a = (int) (key >>> 32);
            int b = (int) key;
            incident[a][fill[a]++] = i;
            incident[b][fill[b]++] = i;
        }
        boolean[] keep = new boolean[pairs.size()];
        for (int article = 0; article < articles; article++) {
            if (incident[article].length <= k) {
                for (int i : incident[article]) {
                    keep[i] = true;
                }
                continue;
            }
            int self = article;
            Integer[] order = Arrays.stream(incident[article]).boxed().toArray(Integer[]::new);
            Arrays.sort(order, (x, y) -> {
                long[] px = pairs.get(x);
                long[] py = pairs.get(y);
                int byShared = Long.compare(py[1], px[1]);
                return byShared != 0 ? byShared : Integer.compare(partner(px[0], self), partner(py[0], self));
            });
            for (int i = 0; i < k; i++) {
                keep[order[i]] = true;
            }
        }
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            if (keep[i]) {
                out.add(pairs.get(i));
            }
        }
        return out;
    }

    private static int partner(long key, int self) {
        int a = (int) (key >>> 32);
        return a == self ? (int) key : a;
    }

    /** The sorted, distinct article indices holding one anchor. */
    private static final class Postings {
        private int[] docs = new int[2];
        private int size;

        void addOnce(int doc) {
            if (size > 0 && docs[size - 1] == doc) {
                return;
            }
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
            }
            docs[size++] = doc;
        }
    }
}
