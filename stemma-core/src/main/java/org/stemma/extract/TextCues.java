package org.stemma.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.stemma.model.ClutterKind;

/**
 * What a short line's own words say about it: that it credits a picture or a source, labels a caption, is
 * only a date, sends the reader to other stories, labels an advertisement, or calls on the reader to
 * subscribe, sign up, follow or support the outlet. General wording only, in the languages of the pages we
 * read (English, German, French, Spanish, Polish), never a site's name or one page's phrase. The words are
 * in the data file {@value #RESOURCE} next to this class; each pattern here is the shape around them. The cues
 * are language-dependent: a prompt in another language is not found, and is left to markup and position.
 *
 * <p>Lines are lowercased once and matched against patterns without case folding; the patterns anchored at
 * the line's head are tried with {@code lookingAt}, and the free-standing ones only when a cheap test (a
 * colon, a digit, a keyword) says they can match, so most lines cost a few {@code indexOf} calls.
 */
final class TextCues {
    private TextCues() {
    }

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    /** The data file of cue words next to this class; its header says what each column holds. */
    static final String RESOURCE = "text-cues.txt";

    /** Each cue's alternatives, in file order. */
    private static final Map<String, List<String>> WORDS = load();

    /**
     * A credit names its kind as a label ("foto:", "photo:", "quelle:") anywhere in the line (captions end with
     * their credit), or carries a copyright sign.
     */
    private static final Pattern CREDIT_LABEL = Pattern.compile("\\b" + any("credit") + "\\s?:", FLAGS);

    /** A caption's label at the line's head: "Abbildung 4:", "Abb.:", "Figure 2:", "Titelbild:". */
    private static final Pattern CAPTION_HEAD = Pattern.compile("\\W*" + any("caption") + "\\s*\\d*\\s?:", FLAGS);

    /** A line that is only a date, perhaps with a time or an "updated on" before it: a dateline. */
    private static final Pattern DATE_ONLY = Pattern.compile(
            "\\W*(?:" + any("dateline") + "(?: " + any("dateline-link") + ")?:?\\s*)?"
                    + "(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:\\d{4}|\\d{2})|\\d{1,2}\\.? \\p{L}+ \\d{4}"
                    + "|\\p{L}+ \\d{1,2},? \\d{4}|\\d{4}-\\d{2}-\\d{2})"
                    + "(?:,? (?:" + any("clock-before") + " )?\\d{1,2}[:.]\\d{2}(?: " + any("clock-after") + ")?)?"
                    + "\\W*$",
            FLAGS);

    /**
     * A line that sends the reader elsewhere before it says anything ("Lesen Sie auch", "Read more", "Lire
     * aussi", "Czytaj także"), with at most a few words after the cue: the head of a link to another story.
     */
    private static final Pattern SEE_ALSO = Pattern.compile("\\W*" + any("see-also") + "(?!\\w).{0,30}$", FLAGS);

    /**
     * A line that is only the label of an appendix ("Kontakt:", "Weitere Informationen", "More information"):
     * the head of contact details or links after the story, not a section of it.
     */
    private static final Pattern APPENDIX_HEAD = Pattern.compile("\\W*" + any("appendix") + "\\s*:?\\s*$", FLAGS);

    /**
     * A label that the line is an advertisement or paid ("Anzeige", "*Werbung.", "Advertisement"), on its own or
     * followed by the disclosure it introduces.
     */
    private static final Pattern AD_LABEL = Pattern.compile("\\W*" + any("ad") + "(?:\\W*$|\\s*[,.:])", FLAGS);

    /**
     * A prompt addresses the reader with an imperative (or an infinitive used as one) to subscribe, sign up,
     * follow, download the outlet's app or support its work; "newsletter" in a short line is the same offer.
     */
    private static final Pattern PROMPT = Pattern.compile(String.join("|", words("prompt")), FLAGS);

    /** Stems of which a prompt holds at least one: a line without any is not matched against PROMPT. */
    private static final List<String> PROMPT_STEMS = words("prompt-stem");

    /** The rows of {@link #RESOURCE} by cue. */
    private static Map<String, List<String>> load() {
        Map<String, List<String>> words = new HashMap<>();
        try (InputStream in = TextCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("data file " + RESOURCE + " missing next to " + TextCues.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t", 3);
                if (row.length < 3 || row[2].isBlank()) {
                    throw new IllegalStateException(RESOURCE + ": expected CUE, LANG and ALTERNATIVE: " + line);
                }
                words.computeIfAbsent(row[0].strip(), k -> new ArrayList<>()).add(row[2].strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read data file " + RESOURCE, e);
        }
        return words;
    }

    /** The alternatives of one cue; a cue the file lacks is a packaging bug. */
    private static List<String> words(String cue) {
        List<String> w = WORDS.get(cue);
        if (w == null) {
            throw new IllegalStateException(RESOURCE + " has no rows for cue " + cue);
        }
        return List.copyOf(w);
    }

    /** One cue's alternatives as a non-capturing group. */
    private static String any(String cue) {
        return "(?:" + String.join("|", words(cue)) + ")";
    }

    /**
     * The kind of clutter a body line's own words make it, or null: meta for credits, caption labels and
     * datelines, teaser for "see also" heads (all at most {@code maxCreditChars}), disclaimer for ad labels
     * and calls to the reader (at most {@code maxPromptChars}).
     */
    static ClutterKind kindOf(String line, int maxCreditChars, int maxPromptChars) {
        int n = line.length();
        if (n > Math.max(maxCreditChars, maxPromptChars)) {
            return null;
        }
        String s = line.toLowerCase(Locale.ROOT);
        if (n <= maxCreditChars) {
            if (s.indexOf('©') >= 0 || s.indexOf(':') >= 0 && (CREDIT_LABEL.matcher(s).find()
                    || CAPTION_HEAD.matcher(s).lookingAt())) {
                return ClutterKind.META;
            }
            if (hasDigit(s) && DATE_ONLY.matcher(s).lookingAt()) {
                return ClutterKind.META;
            }
            if (SEE_ALSO.matcher(s).lookingAt()) {
                return ClutterKind.TEASER;
            }
            if (APPENDIX_HEAD.matcher(s).lookingAt()) {
                return ClutterKind.META;
            }
        }
        if (n <= maxPromptChars) {
            if (AD_LABEL.matcher(s).lookingAt()) {
                return ClutterKind.DISCLAIMER;
            }
            for (String stem : PROMPT_STEMS) {
                if (s.contains(stem)) {
                    return PROMPT.matcher(s).find() ? ClutterKind.DISCLAIMER : null;
                }
            }
        }
        return null;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
