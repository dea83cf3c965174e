package org.stemma.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.model.ClutterKind;
import org.stemma.model.RawArticle;

/** The clean stage's corpus-level part (outlet templates) kept up across the store's batches. */
class StoreTemplatesTest {
    private static final List<String> P = Fixtures.paragraphs();
    /** The Valley News footer: no word of any story in the fixtures. */
    private static final String FOOTER = "Get the valley desk's tidy evening digest, free of charge, by post.";

    @TempDir
    Path dir;

    private static RawArticle framed(String id, String outlet, int paragraph) {
        return Fixtures.article(id, outlet, "2026-03-0" + (paragraph + 1), "Item " + id, P.get(paragraph), FOOTER);
    }

    private static long framedCount(Snapshot s) throws Exception {
        return s.articles().stream().filter(a -> a.article().clutter().stream()
                .anyMatch(c -> c.kind() == ClutterKind.TEMPLATE)).count();
    }

    @Test
    void anOutletsFooterBecomesATemplateOnceThreeOfItsArticlesCarryIt() throws Exception {
        try (Store store = Store.open(dir)) {
            store.commit(List.of(framed("a", "Valley News", 0), framed("b", "Valley News", 1)), "two");
            try (Snapshot s = store.snapshot()) {
                assertEquals(0, framedCount(s), "two articles are not yet a frame");
            }
            store.commit(List.of(framed("c", "Valley News", 2), framed("d", "Hill Courier", 3)), "more");
            try (Snapshot s = store.snapshot()) {
                // the third article of the outlet makes the footer a template: it and the other outlet's copy
                // of the footer are marked; the first two keep theirs as body (analyze would mark all four)
                assertEquals(2, framedCount(s));
                assertTrue(s.findArticle("c").orElseThrow().article().bodyText().indexOf("digest") < 0);
            }
        }
    }

    @Test
    void aStoreOfSchemaTwoIsMigratedWithTheVotesOfItsArticlesCounted() throws Exception {
        try (Store store = Store.open(dir)) {
            store.commit(List.of(framed("a", "Valley News", 0), framed("b", "Valley News", 1)), "two");
        }
        // Turn the store back into what version 2 wrote: no votes table.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
             Statement st = c.createStatement()) {
            st.execute("DROP TABLE template_vote");
            st.execute("UPDATE meta SET value = '2' WHERE key = 'schema'");
        }
        try (Store store = Store.open(dir)) {
            store.commit(List.of(framed("c", "Valley News", 2)), "three");
            try (Snapshot s = store.snapshot()) {
                assertEquals(1, framedCount(s), "the stored articles' votes were counted on migration");
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
             Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT value FROM meta WHERE key = 'schema'")) {
            r.next();
            assertEquals("3", r.getString(1));
        }
    }
}
