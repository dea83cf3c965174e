package org.stemma.clean;

/**
 * Names the language a text is written in.
 *
 * <p>Returns an ISO 639-1 code where the language has one, else its ISO 639-3 code, or {@code "und"} when the
 * text is too short or the evidence too weak to tell. Never throws on any text; implementations are
 * thread-safe.
 */
public interface LanguageIdentifier {

    /** The language code of {@code text}, or {@code "und"}. */
    String identify(CharSequence text);

    /** A code for "undetermined", as ISO 639-2 reserves it. */
    String UNDETERMINED = "und";
}
