package org.stemma.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attribution word lists of one language, read from this package's data files: reporting verbs with their
 * frame, titles, and cues. A language without lists gets the union of all languages, so an unknown or
 * undetected language still finds "said" and "dit".
 */
final class Lexicon {
    /** How a reporting verb takes what it reports. */
    enum Frame { CLAUSE, THAT, QUOTE, TELL }

    private static final Map<String, Lexicon> CACHE = new ConcurrentHashMap<>();
    private static final String ALL = "*";

    final Map<String, Frame> verbs = new HashMap<>();
    final Set<String> titles = new HashSet<>();
    final Set<String> complementisers = new HashSet<>();
    final List<List<String>> according = new ArrayList<>();
    final Set<String> pronouns = new HashSet<>();
    final Set<String> determiners = new HashSet<>();
    final Set<String> documents = new HashSet<>();
    final Set<String> times = new HashSet<>();
    final Set<String> prepositions = new HashSet<>();
    final Set<String> blockers = new HashSet<>();
    final Set<String> definites = new HashSet<>();
    final Set<String> auxiliaries = new HashSet<>();

    /** Words that may open a mention but are not part of it ("but authorities said"). */
    Set<String> conjunctions() {
        return CONJUNCTIONS;
    }

    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "so", "und", "aber", "et", "mais",
            "y", "pero");

    static Lexicon of(String lang) {
        String key = lang == null ? ALL : lang.toLowerCase(Locale.ROOT);
        return CACHE.computeIfAbsent(key, Lexicon::load);
    }

    private static Lexicon load(String lang) {
        List<String[]> verbRows = rows("reporting-verbs.tsv", 3);
        boolean known = verbRows.stream().anyMatch(r -> r[0].equals(lang));
        Lexicon x = new Lexicon();
        for (String[] r : verbRows) {
            if (!known || r[0].equals(lang)) {
                x.verbs.putIfAbsent(r[1], Frame.valueOf(r[2].toUpperCase(Locale.ROOT)));
            }
        }
        for (String[] r : rows("titles.tsv", 2)) {
            if (!known || r[0].equals(lang)) {
                x.titles.add(r[1]);
            }
        }
        for (String[] r : rows("cues.tsv", 3)) {
            if (known && !r[0].equals(lang)) {
                continue;
            }
            switch (r[1]) {
                case "complementiser" -> x.complementisers.add(r[2]);
                case "according" -> x.according.add(List.of(r[2].split(" ")));
                case "pronoun" -> x.pronouns.add(r[2]);
                case "determiner" -> x.determiners.add(r[2]);
                case "document" -> x.documents.add(r[2]);
                case "time" -> x.times.add(r[2]);
                case "preposition" -> x.prepositions.add(r[2]);
                case "blocker" -> x.blockers.add(r[2]);
                case "definite" -> x.definites.add(r[2]);
                case "auxiliary" -> x.auxiliaries.add(r[2]);
                default -> throw new IllegalStateException("cues.tsv: unknown kind " + r[1]);
            }
        }
        return x;
    }

    private static List<String[]> rows(String name, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("data file " + name + " missing next to " + Lexicon.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", columns);
                if (fields.length < columns) {
                    throw new IllegalStateException(name + ":" + number + ": expected " + columns + " fields");
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read data file " + name, e);
        }
        return rows;
    }
}
