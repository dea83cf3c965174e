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
            "©|\\b(?:fotos?|photos?|bild|bilder|quelle|credits?|crédits?(?: photos?)?|zdj[eę]cie|source)\\s?:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A prompt addresses the reader with an imperative (or an infinitive used as one) to subscribe, sign up,
     * follow, download the outlet's app or support its work; "newsletter" on its own line or in a short
     * prompt is the same offer.
     */
    private static final Pattern PROMPT = Pattern.compile(
            "\\bsubscribe (?:now|here|to|today)\\b|^subscribe\\b|\\bsign up (?:here|now|today|for (?:our|the|free))"
                    + "|^sign up\\b|\\bfollow us\\b|\\bdownload (?:the|our)\\b[^.]{0,40}\\bapps?\\b"
                    + "|\\bsupport (?:us|our (?:work|journalism))\\b|\\bnewsletter\\b"
                    + "|\\babonnieren sie\\b|\\babonniere\\b|\\bjetzt abonnieren\\b|\\bfolgen sie uns\\b"
                    + "|\\bunterstützen sie (?:uns|unsere)\\b|\\bunterstütze (?:uns|unsere)\\b|\\bjetzt spenden\\b"
                    + "|\\bsuscr[ií]bete\\b|\\bsuscribirse\\b|\\bs[ií]guenos\\b|\\b[úu]nete a\\b|\\bap[óo]yanos\\b"
                    + "|\\babonnez-vous\\b|\\binscrivez-vous\\b|\\bsuivez-nous\\b|\\bsoutenez-nous\\b"
                    + "|\\bwesprzyj\\b|\\bzapisz si[eę]\\b|\\bsubskrybuj\\b|\\bobserwuj nas\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /** The line credits a picture or names a source. */
    static boolean isCredit(String line) {
        return CREDIT.matcher(line).find();
    }

    /** The line calls on the reader to subscribe, sign up, follow or support. */
    static boolean isPrompt(String line) {
        return PROMPT.matcher(line).find();
    }
}
