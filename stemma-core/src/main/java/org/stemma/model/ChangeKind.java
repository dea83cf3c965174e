package org.stemma.model;

import java.util.Locale;

/**
 * What kind of difference a copy made to the text it reuses, as the change typer reads it. Each kind belongs
 * to one {@link Form}: words the copy added, words it dropped, or words it replaced (a short insertion inside
 * a sentence, such as an added adjective, is typed as a substitution of the phrase around it).
 */
public enum ChangeKind {
    /** Opinion inserted into the reproduced text. */
    EDITORIAL_COMMENTARY(Form.INSERTION, true),
    /** A credit or attribution line added ("Source: X", "X reported", "according to X"). */
    ATTRIBUTION_ADDED(Form.INSERTION, false),
    /** Page furniture inside the text: links to other articles, share prompts, headlines of teasers. */
    CLUTTER(Form.INSERTION, false),
    /** Added facts or quotations: reporting the source did not have. */
    NEW_REPORTING(Form.INSERTION, true),
    /** "according to X", "X said" and the like dropped: a claim becomes the outlet's own voice. */
    DROPPED_ATTRIBUTION(Form.DELETION, true),
    /** "allegedly", "believed to be", "reportedly" dropped: a hedged claim becomes a plain one. */
    DROPPED_HEDGE(Form.DELETION, true),
    /** A denial or counter-claim dropped. */
    DROPPED_DENIAL(Form.DELETION, true),
    /** The copy stops where the source goes on. */
    TRIMMED_TAIL(Form.DELETION, false),
    /** Other words dropped. */
    DROPPED_TEXT(Form.DELETION, true),
    /** An evaluative or qualifying word added ("defensive actions"). */
    MODIFIER_ADDED(Form.SUBSTITUTION, true),
    /** An evaluative or qualifying word removed. */
    MODIFIER_REMOVED(Form.SUBSTITUTION, true),
    /** A figure changed (not merely written another way: "8" for "eight" is spelling). */
    NUMBER_CHANGED(Form.SUBSTITUTION, true),
    /** A negation added or removed. */
    NEGATION_FLIPPED(Form.SUBSTITUTION, true),
    /** One name replaced by another. */
    ENTITY_SWAPPED(Form.SUBSTITUTION, true),
    /** Words inside a quotation changed. */
    QUOTE_CHANGED(Form.SUBSTITUTION, true),
    /** Quotation marks dropped around reused words: a quote turned into the outlet's own voice. */
    QUOTE_MARKS_REMOVED(Form.SUBSTITUTION, true),
    /** Spelling, number format or abbreviation only ("organisation"/"organization", "US"/"USA", "8"/"eight"). */
    SPELLING_STYLE(Form.SUBSTITUTION, false),
    /** Other rewording. */
    REWORDED(Form.SUBSTITUTION, false);

    /** Whether a change adds, drops or replaces words. */
    public enum Form { INSERTION, DELETION, SUBSTITUTION }

    private final Form form;
    private final boolean meaningChanging;

    ChangeKind(Form form, boolean meaningChanging) {
        this.form = form;
        this.meaningChanging = meaningChanging;
    }

    public Form form() {
        return form;
    }

    /** Whether a change of this kind usually changes what the text says (not only how it says it). */
    public boolean meaningChanging() {
        return meaningChanging;
    }

    /** The name used in output files: lower case with underscores. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind with this {@link #label()}. */
    public static ChangeKind ofLabel(String label) {
        for (ChangeKind k : values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no change kind '" + label + "'");
    }
}
