package org.stemma.fingerprint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A set of function words, normalised like {@link WordTokenizer}'s terms, read from the resource files
 * {@code org/stemma/fingerprint/stopwords/<lang>.txt} (one word a line, {@code #} starts a comment).
 *
 * <p>Immutable and thread-safe. Used to skip k-grams made only of function words, which match by chance,
 * and by the aligner to tell a chance one-word match from a real one.
 */
public final class Stopwords {
    /** The languages with a bundled list. */
    public static final List<String> LANGUAGES = List.of("de", "en", "es", "fr");

    private static final Stopwords NONE = new Stopwords(Set.of());

    private final Set<String> words;

    private Stopwords(Set<String> words) {
        this.words = words;
    }

    /** No stopwords at all. */
    public static Stopwords none() {
        return NONE;
    }

    /**
     * The union of the lists of {@code languages}; throws IllegalArgumentException for a language without a
     * list (see {@link #LANGUAGES}).
     */
    public static Stopwords forLanguages(List<String> languages) {
        Set<String> all = new HashSet<>();
        for (String lang : languages) {
            all.addAll(read(lang));
        }
        return new Stopwords(Set.copyOf(all));
    }

    /**
     * The union of all bundled lists: the fingerprinter does not know an article's language, and a k-gram
     * made only of function words of any of these languages is noise in all of them.
     */
    public static Stopwords allBundled() {
        return forLanguages(LANGUAGES);
    }

    /** Whether the normalised term {@code term} is a stopword. */
    public boolean contains(String term) {
        return words.contains(term);
    }

    public int size() {
        return words.size();
    }

    private static Set<String> read(String lang) {
        String resource = "stopwords/" + lang + ".txt";
        InputStream in = Stopwords.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no stopword list for language '" + lang + "'; have " + LANGUAGES);
        }
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    out.add(WordTokenizer.normalise(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading bundled resource " + resource, e);
        }
        return out;
    }
}
