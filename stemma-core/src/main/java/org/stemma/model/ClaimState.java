package org.stemma.model;

import java.util.Locale;

/** How one article states a claim, compared with the claim's reference wording. */
public enum ClaimState {
    /** The same words (up to case, punctuation and quote style). */
    VERBATIM,
    /** The claim is there in other words; the cell lists the changes. */
    ALTERED,
    /** The article does not state the claim. */
    ABSENT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
