package org.stemma.changes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stemma.fingerprint.WordTokenizer;

/**
 * The cue words of one or more languages, read from {@code cues-LANG.txt} next to this class (the file
 * documents its sections). Phrases are kept as arrays of normalised words. Immutable.
 */
final class Lexicon {

    /** The sections of a cue file. */
    enum Section { HEDGE, ATTRIBUTION, DENIAL, NEGATION, EVALUATIVE, OPINION, OPENER, LABEL, CLUTTER, CREDIT,
        TITLE, NUMBER, VARIANT }

    /** Languages with a bundled cue file. */
    static final List<String> LANGUAGES = List.of("de", "en", "fr", "id");
    /** The {@link #variantGroup} of a spelling that is not listed. */
    static final int NO_VARIANTS = -1;

    /**
     * Each section's phrases by their first word: {@link #matchesAt} is called at every position of every
     * edited piece, and a scan of the whole section there was the typed-changes stage's largest cost.
     */
    private final Map<Section, Map<String, List<String[]>>> phrases = new EnumMap<>(Section.class);
    private final Map<Section, Set<String>> words = new EnumMap<>(Section.class);
    private final Map<String, Long> numbers = new HashMap<>();
    /** Each spelling of a variant pair, as its words joined by a space, to the id of its group. */
    private final Map<String, Integer> variants = new HashMap<>();
    private int longestVariantChars;
    private int variantGroups;

    private Lexicon() {
        for (Section s : Section.values()) {
            phrases.put(s, new HashMap<>());
            words.put(s, new HashSet<>());
        }
    }

    /** The union of the cue files of {@code languages}. */
    static Lexicon of(List<String> languages) {
        Lexicon lexicon = new Lexicon();
        for (String lang : languages) {
            lexicon.read(lang);
        }
        return lexicon;
    }

    /** Whether the single normalised word is a one-word cue of the section. */
    boolean isWord(Section section, String term) {
        return words.get(section).contains(term);
    }

    /** The index of the first token of {@code terms} where a cue of the section starts, or -1. */
    int find(Section section, List<String> terms) {
        for (int i = 0; i < terms.size(); i++) {
            if (matchesAt(section, terms, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether some cue of the section occurs in {@code terms}. */
    boolean contains(Section section, List<String> terms) {
        return find(section, terms) >= 0;
    }

    /** How many cue occurrences of the section {@code terms} holds (overlaps counted once per start). */
    int count(Section section, List<String> terms) {
        int n = 0;
        for (int i = 0; i < terms.size(); i++) {
            if (matchesAt(section, terms, i) > 0) {
                n++;
            }
        }
        return n;
    }

    /** The length in words of the longest cue of the section starting at {@code i}, or 0. */
    int matchesAt(Section section, List<String> terms, int i) {
        if (i < 0 || i >= terms.size()) {
            return 0;
        }
        List<String[]> starting = phrases.get(section).get(terms.get(i));
        if (starting == null) {
            return 0;
        }
        int best = 0;
        for (String[] p : starting) {
            if (p.length > best && i + p.length <= terms.size()) {
                boolean ok = true;
                for (int k = 0; k < p.length && ok; k++) {
                    ok = p[k].equals(terms.get(i + k));
                }
                if (ok) {
                    best = p.length;
                }
            }
        }
        return best;
    }

    /** The value of a number word, if it is one. */
    Optional<Long> numberWord(String term) {
        return Optional.ofNullable(numbers.get(term));
    }

    /** Whether two normalised spellings (words joined by a space) name the same thing. */
    boolean variants(String x, String y) {
        int gx = variantGroup(x);
        return gx != NO_VARIANTS && gx == variantGroup(y);
    }

    /**
     * The group of listed spellings that a normalised spelling is in, or {@link #NO_VARIANTS}: two spellings
     * are {@link #variants} when they are in one group. Lets a caller comparing many pairs of words look
     * each word up once.
     */
    int variantGroup(String x) {
        Integer g = variants.get(x);
        return g == null ? NO_VARIANTS : g;
    }

    /** The length in chars of the longest listed spelling: a longer one has no variants. */
    int longestVariantChars() {
        return longestVariantChars;
    }

    private void read(String lang) {
        String name = "cues-" + lang + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no cue file for language '" + lang + "'; have " + LANGUAGES);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Section section = null;
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("[") && s.endsWith("]")) {
                    section = Section.valueOf(s.substring(1, s.length() - 1).toUpperCase(Locale.ROOT));
                    continue;
                }
                if (section == null) {
                    throw new IllegalStateException(name + ":" + number + ": cue before any [section]");
                }
                add(section, s, name + ":" + number);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read cue file " + name, e);
        }
    }

    private void add(Section section, String line, String where) {
        if (section == Section.NUMBER || section == Section.VARIANT) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException(where + ": expected two TAB-separated fields: " + line);
            }
            if (section == Section.NUMBER) {
                numbers.put(joined(f[0]), Long.parseLong(f[1].strip()));
            } else {
                String x = joined(f[0]);
                String y = joined(f[1]);
                Integer group = variants.get(x) != null ? variants.get(x) : variants.get(y);
                if (group == null) {
                    group = variantGroups++;
                }
                variants.put(x, group);
                variants.put(y, group);
                longestVariantChars = Math.max(longestVariantChars, Math.max(x.length(), y.length()));
            }
            return;
        }
        String[] p = terms(line);
        if (p.length == 0) {
            return;
        }
        phrases.get(section).computeIfAbsent(p[0], k -> new ArrayList<>()).add(p);
        if (p.length == 1) {
            words.get(section).add(p[0]);
        }
    }

    /** A phrase's words, normalised as the tokenizer normalises them. */
    static String[] terms(String phrase) {
        return termsOf(phrase.strip());
    }

    private static String[] termsOf(String phrase) {
        var tokens = new WordTokenizer().tokenize(phrase);
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tokens.term(i);
        }
        return out;
    }

    private static String joined(String phrase) {
        return String.join(" ", termsOf(phrase.strip()));
    }
}
