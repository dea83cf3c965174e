package org.stemma.model;

import java.util.Locale;

/** How a publication date is known. */
public enum DateBasis {
    /** The input's metadata or the text itself states the date. */
    STATED,
    /** Only an upper bound is known, e.g. the earliest dated reader comment: published on or before. */
    BOUNDED,
    /** Derived from other evidence (e.g. an event's dates); weaker than stated. */
    INFERRED,
    /** Nothing is known. */
    UNKNOWN;

    /** The lower-case name used in output files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
