package org.stemma.model;

import java.util.Locale;

/** How the wordings of one quotation differ across the articles that carry it. */
public enum QuoteDrift {
    /** Words inside the quotation differ between two members. */
    WORDS_CHANGED,
    /** Words quoted in one article stand unquoted in another: the quote was absorbed into the outlet's voice. */
    MARKS_DROPPED,
    /** Two members name different speakers. */
    SPEAKER_CHANGED,
    /** One member names a speaker and another names none. */
    SPEAKER_DROPPED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
