package org.stemma.server;

import java.util.List;
import java.util.Optional;
import org.stemma.model.Origin;
import org.stemma.model.RawArticle;

/** Hostile fixture articles of our own: a source and two copies, payloads everywhere a field can carry one. */
final class HostileArticles {
    /** Every payload tries to set this window property (or to open a dialog, or change the title). */
    static final String FLAG = "window.__stemmaPwned";

    static final String SHARED = "The ferry between Ostmark and the Lindel islands will stop running on "
            + "Sundays from March, the island council said on Tuesday, after the operator lost two of its "
            + "three crews to the new wind farm, which pays better and keeps its staff on shore at night. "
            + "Islanders who work on the mainland say the change will cost them a day's wages each week, and "
            + "the school on Lindel has asked for a bus from the harbour that meets the Saturday boat.";
    static final String SCRIPT_TITLE = "<script>" + FLAG + "=1;document.title='pwned'</script>Ferry cut";
    static final String TEXT_PAYLOAD = "<img src=x onerror=\"" + FLAG + "=2;alert('img')\">";
    static final String COPY_ID = "copy-<svg onload=alert(3)>";

    static List<RawArticle> all() {
        return List.of(
                article("source-1", "Harbour Post <b onmouseover=alert(4)>", SCRIPT_TITLE,
                        "javascript:" + FLAG + "=5", "2026-02-02",
                        "Ferry cut\n\n" + SHARED + "\n\n" + "<a href=\"javascript:" + FLAG + "=6\">more</a>\n"),
                article(COPY_ID, "<iframe src=javascript:alert(7)>", "<body onload=\"" + FLAG + "=8\">Ferries",
                        "https://example.org/ferry?<script>", "2026-02-03",
                        "Ferries\n\n" + SHARED.replace("lost two", "sadly lost two") + "\n\n" + TEXT_PAYLOAD
                                + " Residents are furious.\n"),
                article("copy-2\" onfocus=\"alert(9)", "Island Radio", "'\"><svg/onload=" + FLAG + "=10>",
                        "data:text/html,<script>alert(11)</script>", "2026-02-04",
                        "Sunday ferry\n\n" + SHARED.replace("Tuesday", "Wednesday")
                                + "\n\n<style>body{display:none}</style>\n"));
    }

    private static RawArticle article(String id, String outlet, String title, String url, String date,
                                      String text) {
        return new RawArticle(id, text, Optional.of(outlet), Optional.of(url), Optional.of(title),
                Optional.of(date), Optional.of("en"), new Origin("hostile", 0), 0);
    }
}