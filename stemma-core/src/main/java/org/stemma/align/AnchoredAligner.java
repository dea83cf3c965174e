package org.stemma.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.stemma.fingerprint.Stopwords;
import org.stemma.fingerprint.TokenSequence;
import org.stemma.model.Edit;
import org.stemma.model.EditOp;
import org.stemma.model.Passage;
import org.stemma.model.Span;

/**
 * Aligns two witnesses from shared word n-grams: seeds, tiles, chains, then a word-level diff between tiles.
 *
 * <ol>
 *   <li><b>Seeds.</b> Every word n-gram (normalised terms) of one witness that also occurs in the other; an
 *       n-gram occurring more than {@code maxSeedOccurrences} times on either side is no evidence of reuse
 *       and is skipped, which also bounds the work on degenerate text (one word repeated 100,000 times gives
 *       no seed at all).</li>
 *   <li><b>Tiles.</b> Seeds are extended to maximal runs of equal words along their diagonal, then chosen
 *       longest first so that every word is in at most one tile on each side (Greedy String Tiling, Wise
 *       1993; a run overlapping a chosen tile is cut to its free parts). Reordered paragraphs thus become
 *       separate tiles, each matched once.</li>
 *   <li><b>Chains.</b> Tiles are taken in order along {@code a} and appended to the open chain they follow
 *       in both texts when the gap between them is at most {@code maxOneSidedGapWords} on one side and at
 *       most {@code maxTwoSidedGapWords} on the other (an inserted or dropped block, or a reworded
 *       stretch), and no tile of at least {@code minPassageWords} words lies inside either gap (the gap is
 *       then text that was moved, not inserted). Chains with fewer than {@code minPassageWords} equal words
 *       are dropped. Each chain is one passage, starting and ending on equal words.</li>
 *   <li><b>Words.</b> Inside each gap between two tiles a longest-common-subsequence table aligns the words.
 *       A plain O(g₁·g₂) table is used rather than a general diff library because the chaining rule bounds
 *       every gap to at most {@code maxOneSidedGapWords × maxTwoSidedGapWords} cells and works on int term
 *       ids without boxing. A single matching stopword with changes on both sides is a chance match and
 *       is folded into the change; a change that both drops and adds words is one SUBSTITUTE, except that
 *       whole paragraphs only one side of it holds are split off as an INSERT or DELETE (so a comment
 *       paragraph inserted just before a reworded sentence is still an insertion).</li>
 * </ol>
 *
 * <p>Spans: an edit's span runs from the start of its first word to the start of the next edit's first
 * word (the last edit to the passage's end), so punctuation and whitespace after a word belong to the edit
 * the word is in, and the edits tile the passage's spans exactly. An INSERT's empty span in {@code a} (and a
 * DELETE's in {@code b}) sits at the start of the next word on that side.
 *
 * <p>Score: the Dice share of equal words, {@code 2·equal / (words in a + words in b)}.
 *
 * <p>Cost: O(n log n) for n tokens to sort the seed keys (once per witness in a {@link #forBatch() batch}),
 * O(n) to merge them into seeds, plus O(seeds + run lengths) to extend them, plus the
 * bounded gap tables. Witnesses longer than {@code maxTokens} are aligned on their first {@code maxTokens}
 * tokens, and at most {@code maxSeeds} seeds are used (the first in order along {@code a}). Immutable and
 * thread-safe.
 */
public final class AnchoredAligner implements Aligner {

    /**
     * @param seedWords           words per seed n-gram; default {@value #DEFAULT_SEED_WORDS}: two shared words
     *                            are common by chance, three rarely, and a change every fourth word still
     *                            leaves seeds between the changes.
     * @param minPassageWords     fewest equal words a passage needs; default {@value #DEFAULT_MIN_PASSAGE_WORDS}
     *                            (six matching trigrams in one run): shorter overlaps are stock phrases
     *                            ("according to a statement from the"), longer ones are a reused sentence.
     *                            Equals the fingerprinter's guaranteed-match length, so candidates and
     *                            passages agree.
     * @param maxOneSidedGapWords largest block found on one side only that still joins two tiles into one
     *                            passage; default {@value #DEFAULT_MAX_ONE_SIDED_GAP_WORDS}: an inserted
     *                            editorial paragraph or a dropped block runs up to about 150 words.
     * @param maxTwoSidedGapWords largest gap allowed on the other side at the same time; default
     *                            {@value #DEFAULT_MAX_TWO_SIDED_GAP_WORDS}, about one sentence: a reworded
     *                            sentence stays inside the passage, while text differing on both sides by
     *                            more than a sentence separates two passages.
     * @param maxSeedOccurrences  an n-gram occurring more often on one side is not a seed; default
     *                            {@value #DEFAULT_MAX_SEED_OCCURRENCES}: reused text is mostly unique, and the
     *                            cap bounds seeds to this many per n-gram on degenerate input.
     * @param maxSeeds            at most this many seeds per pair; default {@value #DEFAULT_MAX_SEEDS}, far
     *                            above two 10,000-word articles copying each other and below what could
     *                            exhaust memory.
     * @param maxTokens           tokens of a witness beyond this are not aligned; default
     *                            {@value #DEFAULT_MAX_TOKENS}, longer than any article (a novel is ~100,000
     *                            words) and below the 2^26 positions the seed keys can hold.
     * @param stopwords           words whose isolated single match inside a change is ignored; default all
     *                            bundled lists.
     */
    public record Config(int seedWords, int minPassageWords, int maxOneSidedGapWords, int maxTwoSidedGapWords,
                         int maxSeedOccurrences, int maxSeeds, int maxTokens, Stopwords stopwords) {
        public static final int DEFAULT_SEED_WORDS = 3;
        public static final int DEFAULT_MIN_PASSAGE_WORDS = 8;
        public static final int DEFAULT_MAX_ONE_SIDED_GAP_WORDS = 150;
        public static final int DEFAULT_MAX_TWO_SIDED_GAP_WORDS = 20;
        public static final int DEFAULT_MAX_SEED_OCCURRENCES = 32;
        public static final int DEFAULT_MAX_SEEDS = 200_000;
        public static final int DEFAULT_MAX_TOKENS = 1 << 20;
        /** Seed keys hold a position in their low bits. */
        static final int POSITION_BITS = 26;

        public Config {
            if (seedWords < 1) {
                throw new IllegalArgumentException("seedWords must be at least 1: " + seedWords);
            }
            if (minPassageWords < seedWords) {
                throw new IllegalArgumentException("minPassageWords " + minPassageWords + " below seedWords "
                        + seedWords);
            }
            if (maxTwoSidedGapWords < 0 || maxOneSidedGapWords < maxTwoSidedGapWords) {
                throw new IllegalArgumentException("need 0 <= maxTwoSidedGapWords <= maxOneSidedGapWords: "
                        + maxTwoSidedGapWords + ", " + maxOneSidedGapWords);
            }
            if (maxSeedOccurrences < 1 || maxSeeds < 1) {
                throw new IllegalArgumentException("seed caps must be positive: " + maxSeedOccurrences + ", "
                        + maxSeeds);
            }
            if (maxTokens < 1 || maxTokens > (1 << POSITION_BITS)) {
                throw new IllegalArgumentException("maxTokens outside [1, 2^" + POSITION_BITS + "]: " + maxTokens);
            }
            if (stopwords == null) {
                throw new IllegalArgumentException("stopwords must not be null; use Stopwords.none()");
            }
        }

        public static Config defaults() {
            return new Config(DEFAULT_SEED_WORDS, DEFAULT_MIN_PASSAGE_WORDS, DEFAULT_MAX_ONE_SIDED_GAP_WORDS,
                    DEFAULT_MAX_TWO_SIDED_GAP_WORDS, DEFAULT_MAX_SEED_OCCURRENCES, DEFAULT_MAX_SEEDS,
                    DEFAULT_MAX_TOKENS, Stopwords.allBundled());
        }
    }

    private static final long POSITION_MASK = (1L << Config.POSITION_BITS) - 1;
    private static final long COMBINE = 0x9E3779B97F4A7C15L;

    /** Word-level operations inside a chain, before they are grouped into edits. */
    private static final byte EQ = 0;
    private static final byte DEL = 1;
    private static final byte INS = 2;
    /** A word on each side that do not count as a match (a folded chance match): consumes one of each. */
    private static final byte CHANGE = DEL | INS;

    private static final Comparator<Tile> LONGEST_FIRST = Comparator.comparingInt((Tile t) -> -t.length)
            .thenComparingInt(t -> t.a).thenComparingInt(t -> t.b);

    private final Config config;

    public AnchoredAligner(Config config) {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        this.config = config;
    }

    public AnchoredAligner() {
        this(Config.defaults());
    }

    public Config config() {
        return config;
    }

    @Override
    public List<Passage> align(Witness first, Witness second) {
        return align(first, second, this::prepare);
    }

    /** Aligns the two, the one whose id sorts first as {@code a}, each prepared by {@code prepared}. */
    private List<Passage> align(Witness first, Witness second, Function<Witness, Prepared> prepared) {
        if (first == null || second == null) {
            throw new IllegalArgumentException("witnesses must not be null");
        }
        int order = first.id().compareTo(second.id());
        if (order == 0) {
            throw new IllegalArgumentException("cannot align a witness with the same id: " + first.id());
        }
        Witness a = order < 0 ? first : second;
        Witness b = order < 0 ? second : first;
        return new Run(prepared.apply(a), prepared.apply(b)).passages();
    }

    /** Keeps each witness's own share of the work for the batch: a witness is in many pairs. */
    @Override
    public Aligner forBatch() {
        return new Batch();
    }

    /** An {@link AnchoredAligner} that prepares each witness once, by witness id. */
    private final class Batch implements Aligner {
        private final Map<String, Prepared> kept = new ConcurrentHashMap<>();

        @Override
        public List<Passage> align(Witness first, Witness second) {
            return AnchoredAligner.this.align(first, second, this::preparedOf);
        }

        /**
         * The kept preparation of {@code w}, made on first use. It is used only for an equal witness (same
         * id, text and token sequence), so a batch given two witnesses with one id stays correct. Two threads
         * may both prepare one witness at first; they get equal results.
         */
        private Prepared preparedOf(Witness w) {
            Prepared k = kept.get(w.id());
            if (k != null && k.witness().equals(w)) {
                return k;
            }
            Prepared fresh = prepare(w);
            if (k == null) {
                kept.putIfAbsent(w.id(), fresh);
            }
            return fresh;
        }
    }

    /**
     * What aligning a witness needs whatever it is aligned with, computed from the witness alone so that a
     * batch can keep it (never modified after {@link #prepare}).
     *
     * @param keys    seed n-gram keys: high bits a hash of the n-gram's terms (their own hash codes, not ids
     *                given per pair), low bits its position; sorted. Two n-grams whose hashes collide share
     *                a key prefix; seeds are still checked word by word, so a collision can at most make a
     *                too-frequent n-gram group of both.
     * @param termIds the first {@code maxTokens} tokens as ids of their terms, numbered by first occurrence
     * @param terms   the term of each id
     * @param byHash  the ids ordered by their terms' hash codes (ties by id), and {@code hashes} those codes in
     *                the same order: a pair finds the other witness's terms here by binary search over ints,
     *                checking the term itself only on an equal hash. Not a map: a batch keeps every witness's
     *                preparation through the align stage, and a hash map of a witness's terms weighed more
     *                than its keys and ids together.
     */
    private record Prepared(Witness witness, long[] keys, int[] termIds, String[] terms, int[] byHash,
                            int[] hashes) {
        /** The id of {@code term} in this witness, or -1. */
        int idOf(String term) {
            int h = term.hashCode();
            int k = Arrays.binarySearch(hashes, h);
            if (k < 0) {
                return -1;
            }
            while (k > 0 && hashes[k - 1] == h) {
                k--;
            }
            for (; k < hashes.length && hashes[k] == h; k++) {
                if (terms[byHash[k]].equals(term)) {
                    return byHash[k];
                }
            }
            return -1;
        }
    }

    private Prepared prepare(Witness w) {
        TokenSequence tokens = w.tokens();
        int size = Math.min(tokens.size(), config.maxTokens());
        Map<String, Integer> idOf = new HashMap<>();
        List<String> terms = new ArrayList<>();
        int[] termIds = new int[size];
        int[] hashes = new int[size];
        for (int i = 0; i < size; i++) {
            String term = tokens.term(i);
            Integer id = idOf.get(term);
            if (id == null) {
                id = terms.size();
                idOf.put(term, id);
                terms.add(term);
            }
            termIds[i] = id;
            hashes[i] = term.hashCode();
        }
        int n = config.seedWords();
        int count = Math.max(0, size - n + 1);
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0;
            for (int j = i; j < i + n; j++) {
                h = (h + hashes[j]) * COMBINE;
            }
            h ^= h >>> 29;
            keys[i] = (h & ~POSITION_MASK) | i;
        }
        Arrays.sort(keys);
        String[] termOf = terms.toArray(new String[0]);
        long[] packed = new long[termOf.length];
        for (int id = 0; id < termOf.length; id++) {
            packed[id] = ((long) termOf[id].hashCode() << 32) | id;
        }
        Arrays.sort(packed);
        int[] byHash = new int[termOf.length];
        int[] hashOrder = new int[termOf.length];
        for (int k = 0; k < packed.length; k++) {
            byHash[k] = (int) packed[k];
            hashOrder[k] = (int) (packed[k] >> 32);
        }
        return new Prepared(w, keys, termIds, termOf, byHash, hashOrder);
    }

    /** A maximal run of equal words: {@code length} words from {@code a} in A and {@code b} in B. */
    private record Tile(int a, int b, int length) {
        int aEnd() {
            return a + length;
        }

        int bEnd() {
            return b + length;
        }
    }

    /** The state of aligning one pair; not shared between threads. */
    private final class Run {
        private final Witness wa;
        private final Witness wb;
        private final long[] ka;
        private final long[] kb;
        private final int[] ta;
        private final int[] tb;
        /** The term of each of {@code a}'s ids. */
        private final String[] termOfA;

        /**
         * The pair's term ids: {@code a}'s own, and {@code b}'s renumbered so that a term both hold has one
         * id (a term only {@code b} holds gets an id past {@code a}'s). Looks up each distinct term of
         * {@code b} once rather than every token of both.
         */
        Run(Prepared a, Prepared b) {
            this.wa = a.witness();
            this.wb = b.witness();
            this.ka = a.keys();
            this.kb = b.keys();
            this.ta = a.termIds();
            this.termOfA = a.terms();
            int[] inPair = new int[b.terms().length];
            int next = a.terms().length;
            for (int k = 0; k < inPair.length; k++) {
                int id = a.idOf(b.terms()[k]);
                inPair[k] = id >= 0 ? id : next++;
            }
            this.tb = new int[b.termIds().length];
            for (int i = 0; i < tb.length; i++) {
                tb[i] = inPair[b.termIds()[i]];
            }
        }

        List<Passage> passages() {
            List<Tile> tiles = tiles(runs(seeds()));
            List<Passage> out = new ArrayList<>();
            for (List<Tile> chain : chains(tiles)) {
                toPassage(chain, out);
            }
            out.sort(Comparator.comparing(Passage::inA).thenComparing(Passage::inB));
            return out;
        }

        // ---- seeds -------------------------------------------------------------------------------------

        /** Seeds as {@code (diagonal << 32) | i} with diagonal = j - i + |A|, sorted by diagonal then i. */
        private long[] seeds() {
            long[] seeds = new long[Math.min(config.maxSeeds(), Math.max(16, Math.min(ka.length, kb.length)))];
            int count = 0;
            int i = 0;
            int j = 0;
            merge:
            while (i < ka.length && j < kb.length) {
                long ha = ka[i] & ~POSITION_MASK;
                long hb = kb[j] & ~POSITION_MASK;
                if (ha < hb) {
                    i++;
                } else if (hb < ha) {
                    j++;
                } else {
                    int ie = i;
                    while (ie < ka.length && (ka[ie] & ~POSITION_MASK) == ha) {
                        ie++;
                    }
                    int je = j;
                    while (je < kb.length && (kb[je] & ~POSITION_MASK) == hb) {
                        je++;
                    }
                    if (ie - i <= config.maxSeedOccurrences() && je - j <= config.maxSeedOccurrences()) {
                        for (int x = i; x < ie; x++) {
                            int pa = (int) (ka[x] & POSITION_MASK);
                            for (int y = j; y < je; y++) {
                                int pb = (int) (kb[y] & POSITION_MASK);
                                if (!sameGram(pa, pb)) {
                                    continue;
                                }
                                if (count == config.maxSeeds()) {
                                    break merge;
                                }
                                if (count == seeds.length) {
                                    seeds = Arrays.copyOf(seeds, Math.min(config.maxSeeds(), count * 2));
                                }
                                seeds[count++] = ((long) (pb - pa + ta.length) << 32) | pa;
                            }
                        }
                    }
                    i = ie;
                    j = je;
                }
            }
            long[] out = Arrays.copyOf(seeds, count);
            Arrays.sort(out);
            return out;
        }

        private boolean sameGram(int pa, int pb) {
            for (int k = 0; k < config.seedWords(); k++) {
                if (ta[pa + k] != tb[pb + k]) {
                    return false;
                }
            }
            return true;
        }

        /** Maximal runs of equal words through the seeds, each found once. */
        private List<Tile> runs(long[] seeds) {
            List<Tile> runs = new ArrayList<>();
            long diagonal = -1;
            int coveredUntil = 0;
            for (long seed : seeds) {
                long d = seed >>> 32;
                int i = (int) seed;
                if (d != diagonal) {
                    diagonal = d;
                    coveredUntil = 0;
                }
                if (i < coveredUntil) {
                    continue;
                }
                int shift = (int) d - ta.length;
                int start = i;
                // walks back at most to the end of the previous run on this diagonal, which was maximal
                while (start > 0 && start + shift > 0 && ta[start - 1] == tb[start - 1 + shift]) {
                    start--;
                }
                int end = i + config.seedWords();
                while (end < ta.length && end + shift < tb.length && ta[end] == tb[end + shift]) {
                    end++;
                }
                runs.add(new Tile(start, start + shift, end - start));
                coveredUntil = end;
            }
            return runs;
        }

        /** Greedy String Tiling: longest runs first, each word in at most one tile per side; sorted along A. */
        private List<Tile> tiles(List<Tile> runs) {
            PriorityQueue<Tile> queue = new PriorityQueue<>(Math.max(1, runs.size()), LONGEST_FIRST);
            queue.addAll(runs);
            boolean[] usedA = new boolean[ta.length];
            boolean[] usedB = new boolean[tb.length];
            List<Tile> tiles = new ArrayList<>();
            while (!queue.isEmpty()) {
                Tile t = queue.poll();
                boolean free = true;
                for (int k = 0; k < t.length && free; k++) {
                    free = !usedA[t.a + k] && !usedB[t.b + k];
                }
                if (free) {
                    Arrays.fill(usedA, t.a, t.aEnd(), true);
                    Arrays.fill(usedB, t.b, t.bEnd(), true);
                    tiles.add(t);
                    continue;
                }
                int k = 0;
                while (k < t.length) {
                    while (k < t.length && (usedA[t.a + k] || usedB[t.b + k])) {
                        k++;
                    }
                    int from = k;
                    while (k < t.length && !usedA[t.a + k] && !usedB[t.b + k]) {
                        k++;
                    }
                    if (k - from >= config.seedWords()) {
                        queue.add(new Tile(t.a + from, t.b + from, k - from));
                    }
                }
            }
            tiles.sort(Comparator.comparingInt(Tile::a));
            return tiles;
        }

        // ---- chains ------------------------------------------------------------------------------------

        private List<List<Tile>> chains(List<Tile> tiles) {
            int[] bigA = tiles.stream().filter(t -> t.length >= config.minPassageWords()).mapToInt(Tile::a)
                    .sorted().toArray();
            int[] bigB = tiles.stream().filter(t -> t.length >= config.minPassageWords()).mapToInt(Tile::b)
                    .sorted().toArray();
            List<List<Tile>> done = new ArrayList<>();
            List<List<Tile>> open = new ArrayList<>();
            for (Tile y : tiles) {
                int best = -1;
                int bestGap = Integer.MAX_VALUE;
                for (int c = 0; c < open.size(); c++) {
                    List<Tile> chain = open.get(c);
                    Tile x = chain.get(chain.size() - 1);
                    int gapA = y.a - x.aEnd();
                    int gapB = y.b - x.bEnd();
                    if (gapA < 0 || gapB < 0
                            || Math.max(gapA, gapB) > config.maxOneSidedGapWords()
                            || Math.min(gapA, gapB) > config.maxTwoSidedGapWords()
                            || anyIn(bigA, x.aEnd(), y.a) || anyIn(bigB, x.bEnd(), y.b)) {
                        continue;
                    }
                    if (gapA + gapB < bestGap) {
                        best = c;
                        bestGap = gapA + gapB;
                    }
                }
                if (best >= 0) {
                    open.get(best).add(y);
                } else {
                    List<Tile> chain = new ArrayList<>();
                    chain.add(y);
                    open.add(chain);
                }
                // a chain whose last tile ends too far back in A can never be extended again
                for (int c = open.size() - 1; c >= 0; c--) {
                    List<Tile> chain = open.get(c);
                    if (chain.get(chain.size() - 1).aEnd() + config.maxOneSidedGapWords() < y.a) {
                        done.add(open.remove(c));
                    }
                }
            }
            done.addAll(open);
            return done;
        }

        /** Whether a sorted array holds a value in {@code [from, to)}. */
        private static boolean anyIn(int[] sorted, int from, int to) {
            if (from >= to) {
                return false;
            }
            int i = Arrays.binarySearch(sorted, from);
            if (i < 0) {
                i = -i - 1;
            }
            return i < sorted.length && sorted[i] < to;
        }

        // ---- words -------------------------------------------------------------------------------------

        private void toPassage(List<Tile> chain, List<Passage> out) {
            Tile first = chain.get(0);
            Tile last = chain.get(chain.size() - 1);
            int lengthA = last.aEnd() - first.a;
            int lengthB = last.bEnd() - first.b;
            byte[] ops = new byte[lengthA + lengthB];
            int n = 0;
            Tile previous = null;
            for (Tile t : chain) {
                if (previous != null) {
                    n = diff(previous.aEnd(), t.a, previous.bEnd(), t.b, ops, n);
                }
                Arrays.fill(ops, n, n + t.length, EQ);
                n += t.length;
                previous = t;
            }
            foldChanceMatches(ops, n, first.a);
            int equal = 0;
            for (int k = 0; k < n; k++) {
                if (ops[k] == EQ) {
                    equal++;
                }
            }
            if (equal < config.minPassageWords()) {
                return;
            }
            List<Edit> edits = edits(ops, n, first.a, last.aEnd(), first.b, last.bEnd());
            Span inA = wa.tokens().span(first.a, last.aEnd());
            Span inB = wb.tokens().span(first.b, last.bEnd());
            double score = 2.0 * equal / (lengthA + lengthB);
            out.add(new Passage(wa.id(), wb.id(), inA, inB, Math.min(1.0, score), edits));
        }

        /** Longest common subsequence of A[a0, a1) and B[b0, b1), written as ops from {@code n}. */
        private int diff(int a0, int a1, int b0, int b1, byte[] ops, int n) {
            int la = a1 - a0;
            int lb = b1 - b0;
            if (la == 0 || lb == 0) {
                Arrays.fill(ops, n, n + la, DEL);
                Arrays.fill(ops, n + la, n + la + lb, INS);
                return n + la + lb;
            }
            // suffix table: lcs[i][j] = LCS of A[a0 + i, a1) and B[b0 + j, b1)
            int[][] lcs = new int[la + 1][lb + 1];
            for (int i = la - 1; i >= 0; i--) {
                for (int j = lb - 1; j >= 0; j--) {
                    lcs[i][j] = ta[a0 + i] == tb[b0 + j] ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < la || j < lb) {
                if (i < la && j < lb && ta[a0 + i] == tb[b0 + j]) {
                    ops[n++] = EQ;
                    i++;
                    j++;
                } else if (j == lb || (i < la && lcs[i + 1][j] >= lcs[i][j + 1])) {
                    ops[n++] = DEL;
                    i++;
                } else {
                    ops[n++] = INS;
                    j++;
                }
            }
            return n;
        }

        /** Turns a lone equal stopword between two changes into a deletion plus an insertion. */
        private void foldChanceMatches(byte[] ops, int n, int a0) {
            int ia = a0;
            for (int k = 0; k < n; k++) {
                if (ops[k] == EQ && k > 0 && k + 1 < n && ops[k - 1] != EQ && ops[k + 1] != EQ
                        && config.stopwords().contains(termOfA[ta[ia]])) {
                    ops[k] = CHANGE;
                }
                if (ops[k] != INS) {
                    ia++;
                }
            }
        }

        /** Groups word ops into edits whose spans tile the passage (see the class comment). */
        private List<Edit> edits(byte[] ops, int n, int a0, int a1, int b0, int b1) {
            List<Edit> edits = new ArrayList<>();
            int ia = a0;
            int ib = b0;
            int k = 0;
            while (k < n) {
                int fromA = ia;
                int fromB = ib;
                boolean equal = ops[k] == EQ;
                while (k < n && (ops[k] == EQ) == equal) {
                    if (ops[k] != INS) {
                        ia++;
                    }
                    if (ops[k] != DEL) {
                        ib++;
                    }
                    k++;
                }
                if (equal) {
                    emit(edits, EditOp.EQUAL, fromA, ia, fromB, ib, a1, b1);
                } else {
                    change(edits, fromA, ia, fromB, ib, a1, b1);
                }
            }
            return edits;
        }

        /**
         * Emits one change. When only one side of a substitution holds paragraph breaks, its whole paragraphs
         * are a block the other side lacks: they become an INSERT (or DELETE) of their own, on the side of the
         * break away from the words the other side does have. A substitution starting a paragraph on the
         * short side pairs with the long side's last paragraph; one ending a paragraph, with its first.
         */
        private void change(List<Edit> edits, int fromA, int toA, int fromB, int toB, int a1, int b1) {
            if (fromA == toA || fromB == toB) {
                emit(edits, fromA == toA ? EditOp.INSERT : EditOp.DELETE, fromA, toA, fromB, toB, a1, b1);
                return;
            }
            TokenSequence sa = wa.tokens();
            TokenSequence sb = wb.tokens();
            int breakA = firstBreak(wa.text(), sa, fromA, toA);
            int breakB = firstBreak(wb.text(), sb, fromB, toB);
            if (breakA < 0 && breakB >= 0) {
                if (breakBefore(wa.text(), sa, fromA)) {
                    int last = lastBreak(wb.text(), sb, fromB, toB);
                    emit(edits, EditOp.INSERT, fromA, fromA, fromB, last, a1, b1);
                    emit(edits, EditOp.SUBSTITUTE, fromA, toA, last, toB, a1, b1);
                    return;
                }
                if (toA < a1 && breakBefore(wa.text(), sa, toA)) {
                    emit(edits, EditOp.SUBSTITUTE, fromA, toA, fromB, breakB, a1, b1);
                    emit(edits, EditOp.INSERT, toA, toA, breakB, toB, a1, b1);
                    return;
                }
            } else if (breakB < 0 && breakA >= 0) {
                if (breakBefore(wb.text(), sb, fromB)) {
                    int last = lastBreak(wa.text(), sa, fromA, toA);
                    emit(edits, EditOp.DELETE, fromA, last, fromB, fromB, a1, b1);
                    emit(edits, EditOp.SUBSTITUTE, last, toA, fromB, toB, a1, b1);
                    return;
                }
                if (toB < b1 && breakBefore(wb.text(), sb, toB)) {
                    emit(edits, EditOp.SUBSTITUTE, fromA, breakA, fromB, toB, a1, b1);
                    emit(edits, EditOp.DELETE, breakA, toA, toB, toB, a1, b1);
                    return;
                }
            }
            emit(edits, EditOp.SUBSTITUTE, fromA, toA, fromB, toB, a1, b1);
        }

        private void emit(List<Edit> edits, EditOp op, int fromA, int toA, int fromB, int toB, int a1, int b1) {
            edits.add(new Edit(op, new Span(boundary(wa.tokens(), fromA, a1), boundary(wa.tokens(), toA, a1)),
                    new Span(boundary(wb.tokens(), fromB, b1), boundary(wb.tokens(), toB, b1))));
        }

        /** Whether a line break separates token {@code t} from the one before it. */
        private static boolean breakBefore(String text, TokenSequence tokens, int t) {
            if (t == 0) {
                return true;
            }
            for (int c = tokens.end(t - 1); c < tokens.start(t); c++) {
                if (text.charAt(c) == '\n' || text.charAt(c) == '\r') {
                    return true;
                }
            }
            return false;
        }

        /** The first token in {@code (from, to)} that starts a new line, or -1. */
        private static int firstBreak(String text, TokenSequence tokens, int from, int to) {
            for (int t = from + 1; t < to; t++) {
                if (breakBefore(text, tokens, t)) {
                    return t;
                }
            }
            return -1;
        }

        /** The last token in {@code (from, to)} that starts a new line, or -1. */
        private static int lastBreak(String text, TokenSequence tokens, int from, int to) {
            for (int t = to - 1; t > from; t--) {
                if (breakBefore(text, tokens, t)) {
                    return t;
                }
            }
            return -1;
        }

        /** The char offset where token {@code t} begins, or the passage's end for {@code t == end}. */
        private static int boundary(TokenSequence tokens, int t, int end) {
            return t < end ? tokens.start(t) : tokens.end(end - 1);
        }
    }
}
