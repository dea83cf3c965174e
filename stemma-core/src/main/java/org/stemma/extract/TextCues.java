package org.stemma.extract;

import java.util.regex.Pattern;

/**
 * What a line's own words say about it: that it credits a picture or a source, or that it calls on the reader
 * to subscribe, sign up, follow or support the outlet. General wording only, in the languages of the pages we
 * read (English, German, French, Spanish, Polish), never a site's name or one page's phrase. The cues are
 * language-dependent: a prompt in another language is not found, and is left to markup and position.
 */
final class TextCues {
    private TextCues() {
    }

    /**
     * A credit names its kind as a label ("Foto:", "Photo:", "Bild:", "Quelle:", "Credit:") or carries a
     * copyright sign: captions, picture credits and source lines under a table or an article.
     */
    private static final Pattern CREDIT = Pattern.compile(
            "©|\\b(?:fotos?|photos?|bild|bilder|quelle|credits?|crédits?(?: photos?)?|zdj[eę]cie|source)\\s?:"
                    + "|^\\W*\\w*bild\\s?:|^\\W*(?:abb\\.|abbildung|fig\\.|figure|grafik)\\s*\\d*\\s?:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A label that the line is an advertisement or paid ("Anzeige", "*Werbung.", "Advertisement"), on its own or
     * followed by the disclosure it introduces.
     */
    private static final Pattern AD_LABEL = Pattern.compile(
            "^\\W*(?:anzeige|werbung|advertisement|sponsored|publicidad|reklama)(?:\\W*$|\\s*[,.:])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A line that sends the reader elsewhere before it says anything ("Lesen Sie auch", "Read more", "Lire
     * aussi", "Czytaj także"), with at most a few words after the cue: the head of a link to another story.
     */
    private static final Pattern SEE_ALSO = Pattern.compile(
            "^\\W*(?:lesen sie (?:auch|mehr|hier)|(?:zum )?weiterlesen|schon gelesen|mehr zum thema|mehr dazu"
                    + "|auch interessant|read more|read also|see also|related(?: articles| stories| posts)?"
                    + "|more on this|you may also like|(?:à )?lire aussi|leer m[áa]s|lea también|te puede interesar"
                    + "|czytaj (?:też|także|więcej|również)|zobacz (?:też|także|również))\\b.{0,30}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /** A line that is only a date, perhaps with a time or an "updated on" before it: a dateline, not prose. */
    private static final Pattern DATE_ONLY = Pattern.compile(
            "^\\W*(?:(?:aktualisiert|ver[öo]ffentlicht|updated|published|stand)(?: am| on)?:?\\s*)?"
                    + "(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:\\d{4}|\\d{2})|\\d{1,2}\\.? \\p{L}+ \\d{4}"
                    + "|\\p{L}+ \\d{1,2},? \\d{4}|\\d{4}-\\d{2}-\\d{2})"
                    + "(?:,? (?:um )?\\d{1,2}[:.]\\d{2}(?: uhr| am| pm)?)?\\W*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A prompt addresses the reader with an imperative (or an infinitive used as one) to subscribe, sign up,
     * follow, download the outlet's app or support its work; "newsletter" on its own line or in a short
     * prompt is the same offer.
     */
    private static final Pattern PROMPT = Pattern.compile(
            "\\bsubscribe (?:now|here|to|today)\\b|^subscribe\\b|\\bsign up (?:here|now|today|for (?:our|the|free))"
                    + "|^sign up\\b|\\bfollow us\\b|^follow\\b[^.]{0,40}\\bon (?:twitter|facebook|instagram)\\b|\\bdownload (?:the|our)\\b[^.]{0,40}\\bapps?\\b"
                    + "|\\bsupport (?:us|our (?:work|journalism))\\b|\\bnewsletter\\b"
                    + "|\\babonnieren sie\\b|\\babonniere\\b|\\bjetzt abonnieren\\b|\\bfolgen sie uns\\b"
                    + "|\\bunterstützen sie (?:uns|unsere)\\b|\\bunterstütze (?:uns|unsere)\\b|\\bjetzt spenden\\b"
                    + "|\\bsuscr[ií]bete\\b|\\bsuscribirse\\b|\\bs[ií]guenos\\b|\\b[úu]nete\\b|\\bap[óo]yanos\\b"
                    + "|\\babonnez-vous\\b|\\binscrivez-vous\\b|\\bsuivez-nous\\b|\\bsoutenez-nous\\b"
                    + "|\\bwesprzyj\\b|\\bzapisz si[eę]\\b|\\bsubskrybuj\\b|\\bobserwuj nas\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /** The line labels itself an advertisement. */
    static boolean isAdLabel(String line) {
        return AD_LABEL.matcher(line).find();
    }

    /** The line points the reader to other stories ("Read more", "Lesen Sie auch"). */
    static boolean isSeeAlso(String line) {
        return SEE_ALSO.matcher(line).find();
    }

    /** The line is a date and nothing else. */
    static boolean isDateOnly(String line) {
        return DATE_ONLY.matcher(line).find();
    }

    /** The line credits a picture or names a source. */
    static boolean isCredit(String line) {
        return CREDIT.matcher(line).find();
    }

    /** The line calls on the reader to subscribe, sign up, follow or support. */
    static boolean isPrompt(String line) {
        return PROMPT.matcher(line).find();
    }
}
