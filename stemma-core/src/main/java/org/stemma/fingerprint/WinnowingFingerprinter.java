package org.stemma.fingerprint;

import java.util.Arrays;
import net.openhft.hashing.LongHashFunction;

/**
 * Winnowing over word k-grams (Schleimer, Wilkerson &amp; Aiken, "Winnowing: local algorithms for document
 * fingerprinting", SIGMOD 2003).
 *
 * <p>Every run of {@code k} consecutive terms is hashed (xxh3 of each term, combined in order and mixed);
 * k-grams made only of stopwords are skipped. In every window of {@code w} consecutive k-gram hashes the
 * minimum is selected (the rightmost on ties, so a run of equal hashes yields one fingerprint), and each
 * selection is recorded once. The guarantee: two texts sharing a run of at least {@code w + k - 1} words
 * (ignoring skipped k-grams) share at least one fingerprint; runs shorter than {@code k} words never match.
 * On average {@code 2 / (w + 1)} of the k-grams are kept.
 *
 * <p>Immutable and thread-safe; linear in the number of tokens times {@code w}.
 */
public final class WinnowingFingerprinter implements Fingerprinter {

    /**
     * @param k         words per k-gram. Default {@value #DEFAULT_K}: five words rarely repeat by chance in
     *                  news prose (two- and three-word phrases like "the prime minister" do), yet a one-word
     *                  change spoils only five k-grams, so lightly edited copies still share most.
     * @param window    winnowing window, in k-grams. Default {@value #DEFAULT_WINDOW}: with k = 5 any shared
     *                  run of 8 words is guaranteed a common fingerprint, matching the aligner's minimum
     *                  passage of 8 words, while keeping 40% of the k-grams (a 40-word paragraph still leaves
     *                  at least 8 shared fingerprints, well above the candidate stage's threshold).
     * @param stopwords k-grams made only of these words are skipped. Default: all bundled lists, because the
     *                  fingerprinter does not know the language and such k-grams are chance matches.
     */
    public record Config(int k, int window, Stopwords stopwords) {
        public static final int DEFAULT_K = 5;
        public static final int DEFAULT_WINDOW = 4;

        public Config {
            if (k < 1) {
                throw new IllegalArgumentException("k must be at least 1: " + k);
            }
            if (window < 1) {
                throw new IllegalArgumentException("window must be at least 1: " + window);
            }
            if (stopwords == null) {
                throw new IllegalArgumentException("stopwords must not be null; use Stopwords.none()");
            }
        }

        public static Config defaults() {
            return new Config(DEFAULT_K, DEFAULT_WINDOW, Stopwords.allBundled());
        }

        public Config withK(int newK) {
            return new Config(newK, window, stopwords);
        }

        public Config withWindow(int newWindow) {
            return new Config(k, newWindow, stopwords);
        }

        public Config withStopwords(Stopwords newStopwords) {
            return new Config(k, window, newStopwords);
        }
    }

    /** Multiplier for combining term hashes in order (the 64-bit golden ratio, odd so it is invertible). */
    private static final long COMBINE = 0x9E3779B97F4A7C15L;

    private static final LongHashFunction TERM_HASH = LongHashFunction.xx3();

    private final Config config;

    public WinnowingFingerprinter(Config config) {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        this.config = config;
    }

    public WinnowingFingerprinter() {
        this(Config.defaults());
    }

    public Config config() {
        return config;
    }

    @Override
    public Fingerprints fingerprint(String articleId, TokenSequence tokens) {
        if (articleId == null || tokens == null) {
            throw new IllegalArgumentException("articleId and tokens must not be null");
        }
        int k = config.k();
        int n = tokens.size();
        if (n < k) {
            return Fingerprints.wrap(articleId, new long[0], new int[0]);
        }
        long[] termHashes = new long[n];
        boolean[] stop = new boolean[n];
        for (int i = 0; i < n; i++) {
            String term = tokens.term(i);
            termHashes[i] = TERM_HASH.hashChars(term);
            stop[i] = config.stopwords().contains(term);
        }
        int grams = n - k + 1;
        long[] gramHashes = new long[grams];
        int[] gramPositions = new int[grams];
        int kept = 0;
        int stopRun = 0;
        for (int i = 0; i < n; i++) {
            stopRun = stop[i] ? stopRun + 1 : 0;
            int start = i - k + 1;
            if (start < 0 || stopRun >= k) {
                continue;
            }
            long h = 0;
            for (int j = start; j <= i; j++) {
                h = h * COMBINE + termHashes[j];
            }
            gramHashes[kept] = mix(h);
            gramPositions[kept] = start;
            kept++;
        }
        return winnow(articleId, gramHashes, gramPositions, kept);
    }

    private Fingerprints winnow(String articleId, long[] hashes, int[] positions, int count) {
        int w = Math.min(config.window(), Math.max(count, 1));
        long[] outHashes = new long[count];
        int[] outPositions = new int[count];
        int out = 0;
        int lastSelected = -1;
        for (int end = w - 1; end < count; end++) {
            int min = end;
            for (int j = end - 1; j > end - w; j--) {
                if (hashes[j] < hashes[min]) {
                    min = j;
                }
            }
            if (min != lastSelected) {
                outHashes[out] = hashes[min];
                outPositions[out] = positions[min];
                out++;
                lastSelected = min;
            }
        }
        return Fingerprints.wrap(articleId, Arrays.copyOf(outHashes, out), Arrays.copyOf(outPositions, out));
    }

    /** Murmur3's 64-bit finaliser: spreads the combined hash so window minima are not biased by term order. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
