package org.stemma.clean;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

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
        // A detector per call: construction is cheap and the shared model is only read.
        Language[] ranked = new LanguageDetectorME(ModelHolder.MODEL).predictLanguages(sample);
        if (ranked.length == 0) {
            return UNDETERMINED;
        }
        if (ranked.length > 1 && ranked[0].getConfidence() < minConfidenceRatio * ranked[1].getConfidence()) {
            return UNDETERMINED;
        }
        return toIso639_1(ranked[0].getLang());
    }

    /** The ISO 639-1 code for an ISO 639-3 one where Java's locale data knows one, else the code unchanged. */
    static String toIso639_1(String iso639_3) {
        String code = iso639_3.toLowerCase(Locale.ROOT);
        return ModelHolder.TWO_LETTER.getOrDefault(code, code);
    }

    /** Lazy, once-only loading: the model is read on first use, not when the class is loaded. */
    private static final class ModelHolder {
        static final LanguageDetectorModel MODEL = load();
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
