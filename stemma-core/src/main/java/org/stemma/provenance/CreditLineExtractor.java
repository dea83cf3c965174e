package org.stemma.provenance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stemma.model.Article;
import org.stemma.model.Clutter;
import org.stemma.model.ClutterKind;
import org.stemma.model.Span;

/**
 * Finds credit lines in an article ("via X", "X reported", "according to X", "Source: X", "(c) X", a closing
 * "X / Y 2021.") and the names they credit.
 *
 * <p>The cues are data, not code: {@code credit-cues.txt} beside this class lists one regular expression a
 * line with the placeholder {@code NAME} for the credited name (a run of capitalised words). The body, the
 * title read from the text and the clutter that may carry a credit (metadata lines, disclaimers) are
 * searched; reader comments and teasers are not, since they speak of other texts. Only the first and last
 * {@code maxScanChars} of each searched region are read, so work is bounded on huge input. Immutable and
 * thread-safe.
 */
public final class CreditLineExtractor {

    /** A capitalised word, letters or digits, with inner hyphens, apostrophes, ampersands or dots. */
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}&'\u2019\\-]*(?:\\.(?:\\p{Lu}[\\p{L}\\p{N}]*)?)*";
    /** A web domain's ending written after the name, possibly with a stray space: "Example. com". */
    private static final String DOMAIN = "(?:(?<=\\.)[ \u00a0]?\\p{Ll}{2,4}\\b)?";
    private static final String NAME = "(?<name>" + WORD + DOMAIN + "(?:[ \u00a0]" + WORD + DOMAIN + "){0,3})";
    private static final String CUES = "credit-cues.txt";
    /** Clutter that can carry an article's own credit line. */
    private static final List<ClutterKind> CREDIT_CLUTTER = List.of(ClutterKind.META, ClutterKind.DISCLAIMER);
    /** A credited name has at least two letters: one capital alone is an initial or a list marker. */
    private static final int MIN_NAME_LETTERS = 2;

    private final List<Cue> cues;
    private final Set<String> stopWords;
    private final int maxScanChars;

    /**
     * One cue; {@code literal}, when not null, is lower-case text that every match of the pattern holds (see
     * {@link #requiredLiteral}), so a window whose lower-cased text lacks it is not searched.
     */
    private record Cue(Pattern pattern, boolean namesSource, String literal) {
    }

    /** Uses the bundled cue list. */
    public CreditLineExtractor(int maxScanChars) {
        this(maxScanChars, bundledCues());
    }

    /**
     * Uses the given cue lines ({@code source|attribution<TAB>regex}, {@code stop<TAB>w1|w2}, {@code #}
     * comments), e.g. for other languages.
     */
    public CreditLineExtractor(int maxScanChars, List<String> cueLines) {
        if (maxScanChars < 1) {
            throw new IllegalArgumentException("maxScanChars must be positive: " + maxScanChars);
        }
        this.maxScanChars = maxScanChars;
        List<Cue> parsed = new ArrayList<>();
        Set<String> stops = new TreeSet<>();
        for (String line : cueLines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String strength = tab < 0 ? "" : line.substring(0, tab);
            if (strength.equals("stop")) {
                for (String w : line.substring(tab + 1).split("\\|")) {
                    stops.add(w.strip().toLowerCase(Locale.ROOT));
                }
                continue;
            }
            if (!strength.equals("source") && !strength.equals("attribution")) {
                throw new IllegalArgumentException("cue line needs 'source' or 'attribution', a tab, a regex: "
                        + line);
            }
            String regex = line.substring(tab + 1);
            if (regex.indexOf("NAME") < 0 || regex.indexOf("NAME") != regex.lastIndexOf("NAME")) {
                throw new IllegalArgumentException("cue regex must contain NAME exactly once: " + regex);
            }
            parsed.add(new Cue(Pattern.compile(regex.replace("NAME", NAME), Pattern.MULTILINE),
                    strength.equals("source"), requiredLiteral(regex)));
        }
        this.cues = List.copyOf(parsed);
        this.stopWords = Set.copyOf(stops);
    }

    /** The cues' compiled patterns, in file order; for tests. */
    List<Pattern> patternsForTest() {
        return cues.stream().map(Cue::pattern).toList();
    }

    /** The credits in the article, sorted by position then name; never null. */
    public List<Credit> findAll(Article article) {
        String text = article.text();
        List<Span> regions = new ArrayList<>(article.body());
        // A text's first line is read as its title when it is short and unpunctuated, as "Source: X" and "Via X"
        // are when a copier puts its credit on top.
        article.titleSpan().ifPresent(regions::add);
        for (Clutter c : article.clutter()) {
            if (CREDIT_CLUTTER.contains(c.kind())) {
                regions.add(c.span());
            }
        }
        List<Credit> found = new ArrayList<>();
        for (Span region : regions) {
            for (Span window : windows(region)) {
                String piece = window.of(text);
                String lower = piece.toLowerCase(Locale.ROOT);
                for (Cue cue : cues) {
                    if (cue.literal() != null && !lower.contains(cue.literal())) {
                        continue;
                    }
                    Matcher m = cue.pattern().matcher(piece);
                    while (m.find()) {
                        String name = clean(m.group("name"));
                        if (letters(name) >= MIN_NAME_LETTERS
                                && !stopWords.contains(name.toLowerCase(Locale.ROOT))) {
                            Span at = Span.of(window.start() + m.start("name"), window.start() + m.end("name"));
                            found.add(new Credit(name, at, cue.namesSource()));
                        }
                    }
                }
            }
        }
        found.sort(Comparator.comparing(Credit::span).thenComparing(Credit::name)
                .thenComparing(Credit::namesSource));
        List<Credit> distinct = new ArrayList<>();
        for (Credit c : found) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(c)) {
                distinct.add(c);
            }
        }
        return distinct;
    }

    /** A web domain's ending, maybe written with a stray space ("Example. com"). */
    private static final String DOMAIN_ENDING = "[ .]*\\.\\s*(com|org|net|ru|de|uk|fr|info|io|co|gov|edu|ac|au|ca|us"
            + "|eu|it|es|nl|ch|at|be|se|no|dk|fi|pl|cz|ua|by|kz|in|jp|cn|br|news|tv|me)$";
    /** A web address or a bare host: a scheme, or no white space and a dot. */
    private static final Pattern ADDRESS = Pattern.compile("^[a-z]+://.*|^[^\\s/]+\\.[^\\s]+$");

    /**
     * A name reduced for comparison: NFKC, lower case, letters and digits only, without a leading "the" and a
     * web domain's ending, so "The Example Times", "example times" and "ExampleTimes. com" compare equal. An
     * outlet given as its web address is keyed by its host's name: "https://www.example.co.uk/news" and
     * "Example" compare equal, as a credit names the site that a corpus lists by its address.
     */
    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        if (ADDRESS.matcher(s).matches()) {
            s = s.replaceFirst("^[a-z]+://", "").replaceFirst("[/?#:].*$", "")
                    .replaceFirst("^(?:www\\d?|m|amp|mobile)\\.", "");
        }
        for (int i = 0; i < 2; i++) {
            // a second-level ending too: ".co.uk", ".com.au"
            s = s.replaceFirst(DOMAIN_ENDING, "");
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /**
     * The word a cue's regex must match first, lower-cased, when the regex begins with a case-insensitive
     * group holding a word boundary and letters ({@code (?i:\\bvia)...}); null when that cannot be read off
     * safely: another start, an alternation in the group or at the top, or a quantifier on the group. Searching
     * every cue at every position of a text was half of the provenance stage's time; most cues start with a
     * keyword that most texts do not hold. Java's {@code (?i)} folds ASCII case only, so a match's keyword,
     * lower-cased, stands in the lower-cased text.
     */
    static String requiredLiteral(String regex) {
        String head = "(?i:\\b";
        if (!regex.startsWith(head)) {
            return null;
        }
        int i = head.length();
        while (i < regex.length() && regex.charAt(i) >= 'a' && regex.charAt(i) <= 'z'
                || i < regex.length() && regex.charAt(i) >= 'A' && regex.charAt(i) <= 'Z') {
            i++;
        }
        int end = i;
        if (i < regex.length() && "?*{".indexOf(regex.charAt(i)) >= 0) {
            end--; // the last letter is optional
        }
        // the group's close, and no alternation inside it or at the top level
        int depth = 1;
        int close = -1;
        for (int k = head.length(); k < regex.length(); k++) {
            char c = regex.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '[') {
                while (k < regex.length() && regex.charAt(k) != ']') {
                    k += regex.charAt(k) == '\\' ? 2 : 1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0 && close < 0) {
                    close = k;
                }
            } else if (c == '|' && (depth == 0 || close < 0 && depth == 1)) {
                return null;
            }
        }
        if (close < 0 || close + 1 < regex.length() && "?*{".indexOf(regex.charAt(close + 1)) >= 0) {
            return null;
        }
        String literal = regex.substring(head.length(), end).toLowerCase(Locale.ROOT);
        return literal.length() >= 2 ? literal : null;
    }

    private List<Span> windows(Span region) {
        if (region.length() <= 2L * maxScanChars) {
            return List.of(region);
        }
        return List.of(Span.of(region.start(), region.start() + maxScanChars),
                Span.of(region.end() - maxScanChars, region.end()));
    }

    /** Single spaces, no sentence-final dot (but "U.S." and "Example. com" keep theirs). */
    private static String clean(String name) {
        String s = name.replaceAll("[\\s\u00a0]+", " ").strip();
        if (s.endsWith(".") && s.indexOf('.') == s.length() - 1) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static int letters(String s) {
        return (int) s.codePoints().filter(Character::isLetter).count();
    }

    private static List<String> bundledCues() {
        try (InputStream in = CreditLineExtractor.class.getResourceAsStream(CUES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CUES + " beside " + CreditLineExtractor.class);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return r.lines().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + CUES, e);
        }
    }
}
