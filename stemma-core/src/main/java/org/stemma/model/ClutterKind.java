package org.stemma.model;

import java.util.Locale;

/** What a piece of non-article text on a page is. */
public enum ClutterKind {
    /** Reader comments: names, timestamps, "reply" lines and the comments themselves. */
    COMMENTS,
    /** Rating, voting, like and share widgets. */
    WIDGET,
    /** Navigation trails, menus, breadcrumbs. */
    NAVIGATION,
    /** Previous/next article links and pagination. */
    PAGINATION,
    /** Takedown, copyright and legal disclaimers, cookie and subscription notices. */
    DISCLAIMER,
    /** Teasers and links to other articles ("read more", "more on the subject"). */
    TEASER,
    /** Debris of markup or page script left in the text. */
    MARKUP,
    /** Bylines, datelines and other metadata lines that are not the article's text. */
    META,
    /**
     * An outlet's frame found across the corpus: text it repeats on its unrelated articles (a footer, a header,
     * a newsletter plea), which plain-text input keeps (see {@code org.stemma.clean.OutletTemplates}).
     */
    TEMPLATE;

    /** The lower-case name used in output files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
