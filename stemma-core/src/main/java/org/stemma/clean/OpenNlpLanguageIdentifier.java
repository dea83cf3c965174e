package org.stemma.clean;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * Identifies a text's language with OpenNLP's maximum-entropy language detector and its 103-language model
 * ({@code /langdetect-183.bin} on the classpath, from opennlp-models-langdetect).
 *
 * <p>The model is loaded once, lazily, and shared by every instance and thread. The detector answers in ISO
 * 639-3; codes are mapped to ISO 639-1 through {@link Locale} where one exists. The answer is {@code "und"}
 * when the text has fewer than {@code minLetters} letters, or when the best language's probability is not at
 * least {@code minConfidenceRatio} times the runner-up's: the detector spreads probability over all 103
 * languages, so absolute probabilities stay small even when the answer is clear, and the margin over the
 * second-best language is the meaningful confidence.
 *
 * <p>The model's features are computed here rather than by {@link LanguageDetectorME}: the same features (the
 * distinct lower-cased character 1- to 3-grams of the text after the default factory's normalizers, each with
 * value 1), but collected in a set of Strings. OpenNLP's context generator keys its n-gram counts by
 * {@code CharBuffer} views, whose hashing and comparison made it most of the cost of cleaning an article (about
 * 60% of the clean stage's CPU, measured on generated news, docs/BENCHMARKS.md). The model is then evaluated on
 * those features exactly as {@code LanguageDetectorME} does; a model trained with another factory (other
 * normalizers or n-gram lengths) is evaluated through {@code LanguageDetectorME} itself.
 */
public final class OpenNlpLanguageIdentifier implements LanguageIdentifier {

    /** The classpath resource holding the model. */
    public static final String MODEL_RESOURCE = "/langdetect-183.bin";

    /** Below 20 letters (about three words) the detector's answer is close to chance. */
    public static final int DEFAULT_MIN_LETTERS = 20;

    /**
     * 1.1: on short but clear sentences the winner leads its nearest relative (Russian over Bulgarian,
     * Spanish over Asturian) by 15-20%, while on junk the two best differ by under 5%.
     */
    public static final double DEFAULT_MIN_CONFIDENCE_RATIO = 1.1;

    /** 10,000 chars identify a language as well as a whole article and bound the cost on huge input. */
    public static final int DEFAULT_MAX_CHARS = 10_000;

    private final int minLetters;
    private final double minConfidenceRatio;
    private final int maxChars;

    /** An identifier with the documented defaults. */
    public OpenNlpLanguageIdentifier() {
        this(DEFAULT_MIN_LETTERS, DEFAULT_MIN_CONFIDENCE_RATIO, DEFAULT_MAX_CHARS);
    }

    /**
     * @param minLetters         fewer letters than this give {@code "und"}
     * @param minConfidenceRatio the best language's probability over the runner-up's must reach this
     * @param maxChars           only this many leading chars of the text are read
     */
    public OpenNlpLanguageIdentifier(int minLetters, double minConfidenceRatio, int maxChars) {
        if (minLetters < 1 || minConfidenceRatio < 1.0 || maxChars < 1) {
            throw new IllegalArgumentException("bad language identifier settings: minLetters=" + minLetters
                    + " minConfidenceRatio=" + minConfidenceRatio + " maxChars=" + maxChars);
        }
        this.minLetters = minLetters;
        this.minConfidenceRatio = minConfidenceRatio;
        this.maxChars = maxChars;
    }

    @Override
    public String identify(CharSequence text) {
        CharSequence sample = text.length() > maxChars ? text.subSequence(0, maxChars) : text;
        int letters = 0;
        for (int i = 0; i < sample.length(); i++) {
            if (Character.isLetter(sample.charAt(i))) {
                letters++;
            }
        }
        if (letters < minLetters) {
            return UNDETERMINED;
        }
        double best;
        double second;
        String lang;
        if (ModelHolder.DEFAULT_FEATURES) {
            MaxentModel maxent = ModelHolder.MODEL.getMaxentModel();
            String[] features = features(sample);
            float[] values = new float[features.length];
            Arrays.fill(values, 1f);
            double[] probs = maxent.eval(features, values);
            int top = -1;
            int runnerUp = -1;
            for (int o = 0; o < probs.length; o++) {
                if (top < 0 || probs[o] > probs[top]) {
                    runnerUp = top;
                    top = o;
                } else if (runnerUp < 0 || probs[o] > probs[runnerUp]) {
                    runnerUp = o;
                }
            }
            if (top < 0) {
                return UNDETERMINED;
            }
            best = probs[top];
            second = runnerUp < 0 ? 0 : probs[runnerUp];
            lang = maxent.getOutcome(top);
        } else {
            // A detector per call: construction is cheap and the shared model is only read.
            Language[] ranked = new LanguageDetectorME(ModelHolder.MODEL).predictLanguages(sample);
            if (ranked.length == 0) {
                return UNDETERMINED;
            }
            best = ranked[0].getConfidence();
            second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
            lang = ranked[0].getLang();
        }
        if (best < minConfidenceRatio * second) {
            return UNDETERMINED;
        }
        return toIso639_1(lang);
    }

    /**
     * The default factory's features of a text: its distinct character n-grams of length 1 to 3, counted in
     * UTF-16 units, after the factory's normalizers and lower-casing by code point (as OpenNLP's
     * {@code NGramCharModel} reads them). Each n-gram is packed into a long (16 bits a char, the length on top)
     * and kept once in an open-addressing table, so only distinct n-grams become Strings. They come out in
     * the order of their first occurrence, the same on every run, so the model sums them in one order.
     */
    static String[] features(CharSequence text) {
        String normal = ModelHolder.NORMALIZER.normalize(text).toString();
        StringBuilder lower = new StringBuilder(normal.length());
        normal.codePoints().forEach(cp -> lower.appendCodePoint(Character.toLowerCase(cp)));
        int len = lower.length();
        // Keys are never 0 (the length sits in bits 48-49), so 0 marks an empty slot.
        long[] table = new long[Integer.highestOneBit(Math.max(8, 6 * len)) << 1];
        int mask = table.length - 1;
        long[] distinct = new long[3 * len];
        int count = 0;
        for (int i = 0; i < len; i++) {
            long gram = 0;
            for (int n = 1; n <= 3 && i + n <= len; n++) {
                gram = (gram << 16) | lower.charAt(i + n - 1);
                long key = ((long) n << 48) | gram;
                int slot = (int) (mix(key) & mask);
                while (table[slot] != 0 && table[slot] != key) {
                    slot = (slot + 1) & mask;
                }
                if (table[slot] == 0) {
                    table[slot] = key;
                    distinct[count++] = key;
                }
            }
        }
        String[] out = new String[count];
        char[] chars = new char[3];
        for (int j = 0; j < count; j++) {
            int n = (int) (distinct[j] >>> 48);
            for (int c = 0; c < n; c++) {
                chars[c] = (char) (distinct[j] >>> (16 * (n - 1 - c)));
            }
            out[j] = new String(chars, 0, n);
        }
        return out;
    }

    /** A 64-bit finalizer (Stafford's mix 13) spreading packed n-grams over the table's slots. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The ISO 639-1 code for an ISO 639-3 one where Java's locale data knows one, else the code unchanged. */
    static String toIso639_1(String iso639_3) {
        String code = iso639_3.toLowerCase(Locale.ROOT);
        return ModelHolder.TWO_LETTER.getOrDefault(code, code);
    }

    /** Lazy, once-only loading: the model is read on first use, not when the class is loaded. */
    private static final class ModelHolder {
        static final LanguageDetectorModel MODEL = load();
        /** Whether the model was trained on the default factory's features, which {@link #features} computes. */
        static final boolean DEFAULT_FEATURES = MODEL.getFactory().getClass() == LanguageDetectorFactory.class;
        /** The default factory's normalizers, in its order. */
        static final CharSequenceNormalizer NORMALIZER = new AggregateCharSequenceNormalizer(
                EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
                TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
                ShrinkCharSequenceNormalizer.getInstance());
        static final Map<String, String> TWO_LETTER = twoLetterCodes();

        private static LanguageDetectorModel load() {
            try (InputStream in = OpenNlpLanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("language model " + MODEL_RESOURCE
                            + " is not on the classpath; add opennlp-models-langdetect");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read language model " + MODEL_RESOURCE, e);
            }
        }

        private static Map<String, String> twoLetterCodes() {
            Map<String, String> map = new TreeMap<>();
            for (String two : Locale.getISOLanguages()) {
                try {
                    map.putIfAbsent(Locale.forLanguageTag(two).getISO3Language(), two);
                } catch (java.util.MissingResourceException e) {
                    // A language without a three-letter code cannot be the detector's answer: skip it.
                    continue;
                }
            }
            return map;
        }
    }
}
