package org.stemma.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.stemma.model.ClutterKind;

/**
 * The cue phrases of {@code clutter-cues.txt}: which lines are labels of a widget, a comment system, a menu.
 * Immutable and thread-safe.
 */
final class CueTable {

    /** How a cue's pattern is matched against a line's key; see the data file's header. */
    enum Scope {
        LINE, PREFIX, GLUED, REGEX
    }

    /** One cue: a kind of clutter, how to match, and the phrase or regex. */
    record Cue(ClutterKind kind, Scope scope, String phrase, Pattern regex) {

        boolean matches(String key) {
            return switch (scope) {
                case LINE -> key.equals(phrase);
                case GLUED -> key.startsWith(phrase);
                case PREFIX -> key.startsWith(phrase)
                        && (key.length() == phrase.length()
                        || !Character.isLetterOrDigit(key.charAt(phrase.length())));
                case REGEX -> regex.matcher(key).find();
            };
        }
    }

    static final String RESOURCE = "clutter-cues.txt";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final List<Cue> cues;
    /**
     * For each first char of a phrase: the positions, in table order, of the cues that can match a key
     * starting with it (phrases starting with that char, empty phrases, and every regex). A line's key meets
     * only its bucket, not all cues; the first match is the same because each bucket keeps the table's order.
     */
    private final Map<Character, int[]> byFirstChar;
    /** The positions of the cues that can match a key whose first char starts no phrase. */
    private final int[] anyFirstChar;
    private final Pattern metaLabel;

    private CueTable(List<Cue> cues) {
        this.cues = List.copyOf(cues);
        Map<Character, List<Integer>> buckets = new HashMap<>();
        List<Integer> everywhere = new ArrayList<>();
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            if (cue.scope() != Scope.REGEX && !cue.phrase().isEmpty()) {
                buckets.computeIfAbsent(cue.phrase().charAt(0), c -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            if (cue.scope() == Scope.REGEX || cue.phrase().isEmpty()) {
                everywhere.add(i);
                for (List<Integer> bucket : buckets.values()) {
                    bucket.add(i);
                }
            }
        }
        Map<Character, int[]> index = new HashMap<>();
        buckets.forEach((c, bucket) -> index.put(c, bucket.stream().mapToInt(Integer::intValue).sorted().toArray()));
        this.byFirstChar = Map.copyOf(index);
        this.anyFirstChar = everywhere.stream().mapToInt(Integer::intValue).toArray();
        List<String> labels = new ArrayList<>();
        for (Cue cue : cues) {
            if (cue.kind() == ClutterKind.META && cue.scope() != Scope.REGEX) {
                labels.add(cue.phrase());
            }
        }
        // Longest first, so "posted on" wins over "posted".
        labels.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alternation = new StringBuilder();
        for (String label : labels) {
            alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(label));
        }
        this.metaLabel = labels.isEmpty() ? null
                : Pattern.compile("(?:" + alternation + ")(?![\\p{L}\\p{N}])[\\s:|\\-–—]*", FLAGS);
    }

    /** The table in this package's {@code clutter-cues.txt}. */
    static CueTable load() {
        List<Cue> cues = new ArrayList<>();
        for (String[] row : DataFiles.rows(RESOURCE, 4)) {
            ClutterKind kind = ClutterKind.valueOf(row[0].strip());
            Scope scope = Scope.valueOf(row[1].strip().toUpperCase(Locale.ROOT));
            String pattern = row[3].strip();
            Pattern regex = null;
            if (scope == Scope.REGEX) {
                try {
                    regex = Pattern.compile(pattern, FLAGS);
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(RESOURCE + ": bad regex " + pattern, e);
                }
            }
            cues.add(new Cue(kind, scope, pattern.toLowerCase(Locale.ROOT), regex));
        }
        return new CueTable(cues);
    }

    /** The first cue matching {@code key}, if any. */
    Optional<Cue> match(String key) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (int i : byFirstChar.getOrDefault(key.charAt(0), anyFirstChar)) {
            Cue cue = cues.get(i);
            if (cue.matches(key)) {
                return Optional.of(cue);
            }
        }
        return Optional.empty();
    }

    /**
     * The length of a dateline label ("Published:", "date", "Updated -") starting at {@code from} in
     * {@code text}, including the separators after it; 0 when none stands there.
     */
    int metaLabelLength(CharSequence text, int from, int to) {
        if (metaLabel == null) {
            return 0;
        }
        var m = metaLabel.matcher(text).region(from, to);
        return m.lookingAt() ? m.end() - from : 0;
    }
}
