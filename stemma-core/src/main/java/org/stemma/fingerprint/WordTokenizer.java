package org.stemma.fingerprint;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.stemma.model.Span;

/**
 * Splits text into normalised word tokens with their offsets in the original.
 *
 * <p>Word boundaries are Unicode's (UAX #29, through Lucene's {@link StandardTokenizer}), so the same code
 * serves any language with spaces between words. Each term is normalised so that copies that differ only in
 * typography still match: Unicode NFKC (full-width forms, ligatures), lower case (root locale), apostrophes
 * removed ({@code Russia’s} and {@code Russia's} both become {@code russias}), and separators inside a number
 * removed ({@code 100,000} becomes {@code 100000}). Numbers are kept: a changed figure is a change.
 *
 * <p>Thread-safe: each call builds its own Lucene tokenizer; {@link #sharingTerms()} gives one that also
 * shares term Strings between calls. Cost is linear in the text.
 */
public final class WordTokenizer {

    /** Tokens longer than this are cut by Lucene; a run of 255 letters is not a word anyway. */
    private static final int MAX_TOKEN_LENGTH = 255;

    /** Terms shared across calls, or null: each call then shares terms within its own text only. */
    private final ConcurrentHashMap<String, String> sharedTerms;

    /** A stateless tokenizer. */
    public WordTokenizer() {
        this.sharedTerms = null;
    }

    private WordTokenizer(ConcurrentHashMap<String, String> sharedTerms) {
        this.sharedTerms = sharedTerms;
    }

    /**
     * A tokenizer whose sequences share one String per distinct term across every call, for a corpus whose
     * tokens stay in memory: a corpus of 100,000 articles holds about a hundred million tokens but well under a
     * million distinct terms. The sequences are equal to a stateless tokenizer's; only memory differs. The
     * table grows with the vocabulary and lives as long as the tokenizer. Thread-safe.
     */
    public static WordTokenizer sharingTerms() {
        return new WordTokenizer(new ConcurrentHashMap<>());
    }

    /** Tokenizes the whole text. */
    public TokenSequence tokenize(String text) {
        return tokenize(text, List.of(new Span(0, text.length())));
    }

    /**
     * Tokenizes only the given segments of {@code text} (e.g. an article's body), in order; offsets are
     * into {@code text}. Segments must be sorted and disjoint.
     */
    public TokenSequence tokenize(String text, List<Span> segments) {
        Builder out = new Builder(Math.max(16, text.length() / 6),
                sharedTerms != null ? sharedTerms : new HashMap<>());
        try (StandardTokenizer tokenizer = new StandardTokenizer()) {
            tokenizer.setMaxTokenLength(MAX_TOKEN_LENGTH);
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            for (Span segment : segments) {
                if (segment.end() > text.length()) {
                    throw new IllegalArgumentException("segment " + segment + " outside text of length "
                            + text.length());
                }
                if (segment.isEmpty()) {
                    continue;
                }
                String part = text.substring(segment.start(), segment.end());
                tokenizer.setReader(part.indexOf('&') >= 0 || part.indexOf('<') >= 0
                        ? new HTMLStripCharFilter(new StringReader(part)) : new StringReader(part));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    String normalised = normalise(term);
                    if (!normalised.isEmpty()) {
                        out.add(normalised, segment.start() + offset.startOffset(),
                                segment.start() + offset.endOffset());
                    }
                }
                tokenizer.end();
                tokenizer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        return out.build();
    }

    /** Normalises one word the way {@link #tokenize} does; exposed for word lists and queries. */
    public static String normalise(CharSequence word) {
        String s = Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        boolean numeric = !s.isEmpty() && Character.isDigit(s.charAt(0));
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc') {
                continue;
            }
            if (numeric && (c == ',' || c == '.' || c == '\u00a0' || c == '\u202f' || c == '\'')) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static final class Builder {
        private String[] terms;
        private int[] starts;
        private int[] ends;
        private int size;
        /**
         * One String per distinct term of the text: an article repeats its words ("the", its subject's
         * name), and the corpus keeps every article's tokens to the end of the run, so sharing them about
         * halves the tokens' memory (and each shared term's hash is computed once).
         */
        private final Map<String, String> distinct;

        Builder(int capacity, Map<String, String> distinct) {
            this.distinct = distinct;
            terms = new String[capacity];
            starts = new int[capacity];
            ends = new int[capacity];
        }

        void add(String term, int start, int end) {
            if (size == terms.length) {
                int n = size * 2;
                terms = Arrays.copyOf(terms, n);
                starts = Arrays.copyOf(starts, n);
                ends = Arrays.copyOf(ends, n);
            }
            String shared = distinct.putIfAbsent(term, term);
            terms[size] = shared == null ? term : shared;
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        TokenSequence build() {
            return new TokenSequence(Arrays.copyOf(terms, size), Arrays.copyOf(starts, size),
                    Arrays.copyOf(ends, size));
        }
    }
}
