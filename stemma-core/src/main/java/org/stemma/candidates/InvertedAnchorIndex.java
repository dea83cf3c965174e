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
 * <p>Each article contributes each distinct hash once to that hash's postings. Every anchor held by between 2 and the document-frequency cap articles adds one to each pair of
 * its articles; anchors above the cap are boilerplate (a site footer, an agency credit line) and are
 * dropped, which also bounds the quadratic cost of one posting list. Pairs reaching
 * {@code minSharedAnchors} are returned sorted.
 *
 * <p>Cost: O(F) for F fingerprints, plus the sum over kept anchors of df²/2. Immutable, thread-safe.
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
     */
    public record Config(int minSharedAnchors, int minDocFrequencyCap, double maxDocFrequencyFraction) {
        public static final int DEFAULT_MIN_SHARED_ANCHORS = 3;
        public static final int DEFAULT_MIN_DOC_FREQUENCY_CAP = 16;
        public static final double DEFAULT_MAX_DOC_FREQUENCY_FRACTION = 0.05;

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
        }

        public static Config defaults() {
            return new Config(DEFAULT_MIN_SHARED_ANCHORS, DEFAULT_MIN_DOC_FREQUENCY_CAP,
                    DEFAULT_MAX_DOC_FREQUENCY_FRACTION);
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
        for (Postings p : postings.values()) {
            if (p.size < 2 || p.size > cap) {
                continue;
            }
            for (int x = 0; x < p.size; x++) {
                for (int y = x + 1; y < p.size; y++) {
                    long key = ((long) p.docs[x] << 32) | p.docs[y];
                    counts.computeIfAbsent(key, unused -> new int[1])[0]++;
                }
            }
        }
        List<CandidatePair> out = new ArrayList<>();
        for (Map.Entry<Long, int[]> e : counts.entrySet()) {
            int shared = e.getValue()[0];
            if (shared >= config.minSharedAnchors()) {
                long key = e.getKey();
                out.add(new CandidatePair(docs[(int) (key >>> 32)].articleId(), docs[(int) key].articleId(), shared));
            }
        }
        out.sort(null);
        return List.copyOf(out);
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
