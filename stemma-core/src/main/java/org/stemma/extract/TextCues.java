package org.stemma.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.stemma.model.ClutterKind;

/**
 * What a short line's own words say about it: that it credits a picture or a source, labels a caption, is
 * only a date, sends the reader to other stories, labels an advertisement, or calls on the reader to
 * subscribe, sign up, follow or support the outlet. General wording only, in the languages of the pages we
 * read (English, German, French, Spanish, Polish), never a site's name or one page's phrase. The cues are
 * language-dependent: a prompt in another language is not found, and is left to markup and position.
 *
 * <p>Lines are lowercased once and matched against patterns without case folding; the patterns anchored at
 * the line's head are tried with {@code lookingAt}, and the free-standing ones only when a cheap test (a
 * colon, a digit, a keyword) says they can match, so most lines cost a few {@code indexOf} calls.
 */
final class TextCues {
    private TextCues() {
    }

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    /**
     * A credit names its kind as a label ("foto:", "photo:", "bild:", "quelle:", "credit:") anywhere in the
     * line (captions end with their credit), or carries a copyright sign.
     */
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "\\b(?:fotos?|photos?|bild|bilder|quelle|credits?|crédits?(?: photos?)?|zdj[eę]cie|source)\\s?:", FLAGS);

    /** A caption's label at the line's head: "Abbildung 4:", "Abb.:", "Figure 2:", "Titelbild:". */
    private static final Pattern CAPTION_HEAD = Pattern.compile(
            "\\W*(?:\\w*bild|abb\\.|abbildung|fig\\.|figure|grafik)\\s*\\d*\\s?:", FLAGS);

    /** A line that is only a date, perhaps with a time or an "updated on" before it: a dateline. */
    private static final Pattern DATE_ONLY = Pattern.compile(
            "\\W*(?:(?:aktualisiert|ver[öo]ffentlicht|updated|published|stand)(?: am| on)?:?\\s*)?"
                    + "(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:\\d{4}|\\d{2})|\\d{1,2}\\.? \\p{L}+ \\d{4}"
                    + "|\\p{L}+ \\d{1,2},? \\d{4}|\\d{4}-\\d{2}-\\d{2})"
                    + "(?:,? (?:um )?\\d{1,2}[:.]\\d{2}(?: uhr| am| pm)?)?\\W*$", FLAGS);

    /**
     * A line that sends the reader elsewhere before it says anything ("Lesen Sie auch", "Read more", "Lire
     * aussi", "Czytaj także"), with at most a few words after the cue: the head of a link to another story.
     */
    private static final Pattern SEE_ALSO = Pattern.compile(
            "\\W*(?:lesen sie (?:auch|mehr|hier)|(?:zum )?weiterlesen|schon gelesen|mehr zum thema|mehr dazu"
                    + "|auch interessant|read more|read also|see also|related(?: articles| stories| posts)?"
                    + "|more on this|you may also like|(?:à )?lire aussi|leer m[áa]s|lea también|te puede interesar"
                    + "|czytaj (?:też|także|więcej|również)|zobacz (?:też|także|również))(?!\\w).{0,30}$", FLAGS);

    /**
     * A line that is only the label of an appendix ("Kontakt:", "Weitere Informationen", "More information"):
     * the head of contact details or links after the story, not a section of it.
     */
    private static final Pattern APPENDIX_HEAD = Pattern.compile(
            "\\W*(?:(?:weitere|mehr|zusatz)\\s?informationen|zusatzinfos?|kontakt|contact|more information"
                    + "|further information|plus d.informations|más información|więcej informacji)\\s*:?\\s*$", FLAGS);

    /**
     * A label that the line is an advertisement or paid ("Anzeige", "*Werbung.", "Advertisement"), on its own or
     * followed by the disclosure it introduces.
     */
    private static final Pattern AD_LABEL = Pattern.compile(
            "\\W*(?:anzeige|werbung|advertisement|sponsored|publicidad|reklama)(?:\\W*$|\\s*[,.:])", FLAGS);

    /**
     * A prompt addresses the reader with an imperative (or an infinitive used as one) to subscribe, sign up,
     * follow, download the outlet's app or support its work; "newsletter" in a short line is the same offer.
     */
    private static final Pattern PROMPT = Pattern.compile(
            "\\bsubscribe (?:now|here|to|today)\\b|^subscribe\\b|\\bsign up (?:here|now|today|for (?:our|the|free))"
                    + "|^sign up\\b|\\bfollow us\\b|^follow\\b[^.]{0,40}\\bon (?:twitter|facebook|instagram)\\b"
                    + "|\\bdownload (?:the|our)\\b[^.]{0,40}\\bapps?\\b"
                    + "|\\bsupport (?:us|our (?:work|journalism))\\b|\\bnewsletter\\b"
                    + "|\\babonnieren sie\\b|\\babonniere\\b|\\bjetzt abonnieren\\b|\\bfolgen sie uns\\b"
                    + "|\\bunterstützen sie (?:uns|unsere)\\b|\\bunterstütze (?:uns|unsere)\\b|\\bjetzt spenden\\b"
                    + "|\\bsuscr[ií]bete\\b|\\bsuscribirse\\b|\\bs[ií]guenos\\b|\\b[úu]nete\\b|\\bap[óo]yanos\\b"
                    + "|\\babonnez-vous\\b|\\binscrivez-vous\\b|\\bsuivez-nous\\b|\\bsoutenez-nous\\b"
                    + "|\\bwesprzyj\\b|\\bzapisz si[eę](?!\\w)|\\bsubskrybuj\\b|\\bobserwuj nas\\b", FLAGS);

    /** Stems of which a prompt holds at least one: a line without any is not matched against PROMPT. */
    private static final List<String> PROMPT_STEMS = List.of("subscri", "sign up", "follow", "download", "support",
            "newsletter", "abonn", "folgen sie", "unterstütz", "spenden", "suscr", "guenos", "nete", "apoyanos",
            "apóyanos", "suivez", "inscrivez", "soutenez", "wesprzyj", "zapisz", "subskryb", "obserwuj");

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
