package org.stemma.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.model.Event;
import org.stemma.model.RawArticle;

class StoreListsTest {
    private static final List<String> P = Fixtures.paragraphs();

    @TempDir
    Path dir;

    private static List<RawArticle> articles() {
        return List.of(
                Fixtures.article("a-harbour", "Coast Herald", "2026-03-01", "Breakwater to be rebuilt", P.get(0), P.get(1)),
                Fixtures.article("b-harbour", "Daily Post", "2026-03-02", "Velmora harbour works",
                        Fixtures.variant(P.get(0)), "Residents will be invited to a public meeting next month."),
                Fixtures.article("c-comet", "Sky Notes", "2026-02-27", "New comet found", P.get(2)),
                Fixtures.article("d-tram", "Daily Post", "2026-03-05", "Tram depot to close", P.get(3)));
    }

    private static SearchQuery words(String w) {
        return new SearchQuery(Optional.of(w), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static List<String> ids(ResultPage<ArticleSummary> page) {
        return page.items().stream().map(ArticleSummary::id).toList();
    }

    @Test
    void pagesOfArticlesEventsAndStorylinesAddUpToTheWholeList() throws IOException {
        try (Store store = Store.open(dir)) {
            store.commit(articles(), "one");
            try (Snapshot s = store.snapshot()) {
                ResultPage<ArticleSummary> first = s.articles(0, 3);
                assertEquals(4, first.total());
                assertEquals(List.of("a-harbour", "b-harbour", "c-comet"), ids(first));
                assertEquals(List.of("d-tram"), ids(s.articles(3, 3)));
                assertTrue(s.articles(10, 3).items().isEmpty());
                ArticleSummary a = first.items().get(0);
                assertEquals(Optional.of("Coast Herald"), a.outlet());
                assertEquals(Optional.of("2026-03-01"), a.date());
                assertEquals(1, a.batch());
                assertEquals(List.of(first.items().get(0), first.items().get(2)),
                        s.summaries(List.of("c-comet", "nobody", "a-harbour")));

                List<Event> all = s.clusters().events();
                ResultPage<Event> events = s.events(1, 100);
                assertEquals(all.size(), events.total());
                assertEquals(all.subList(1, all.size()), events.items());
                assertEquals(Optional.of(all.get(0)), s.findEvent(all.get(0).id()));
                assertTrue(s.findEvent("nope").isEmpty());

                ResultPage<Storyline> stories = s.storylines(0, 100);
                assertEquals(s.clusters().stories().size(), stories.total());
                assertEquals(4, stories.items().stream().mapToInt(Storyline::size).sum());
                Storyline harbour = stories.items().stream()
                        .filter(x -> x.events().stream().anyMatch(e -> e.articles().contains("b-harbour")))
                        .findFirst().orElseThrow();
                assertTrue(harbour.outlets().contains("Daily Post"), harbour.toString());
                assertEquals(Optional.of(harbour), s.findStoryline(harbour.id()));
            }
        }
    }

    @Test
    void familiesListTheirEdgesAndLostSources() throws IOException {
        try (Store store = Store.open(dir)) {
            store.commit(articles(), "one");
            try (Snapshot s = store.snapshot()) {
                ResultPage<FamilySummary> page = s.families(0, 10);
                assertEquals(s.edges().size(), page.items().stream().mapToInt(FamilySummary::edges).sum());
                assertEquals(s.lostSources().size(), page.items().stream().mapToInt(FamilySummary::lostSources).sum());
                Family harbour = s.findFamily("a-harbour").orElseThrow();
                assertTrue(harbour.edges().stream().anyMatch(e -> e.source().equals("a-harbour")
                        && e.target().equals("b-harbour")), harbour.toString());
                assertTrue(s.findFamily("c-comet").isEmpty());
                assertEquals(s.passages(), s.passagesAmong(List.of("a-harbour", "b-harbour", "c-comet")));
                assertTrue(s.passagesAmong(List.of("a-harbour", "c-comet")).isEmpty());
            }
        }
    }

    @Test
    void searchMatchesWordsInTitleOrTextAndFiltersByOutletAndDate() throws IOException {
        try (Store store = Store.open(dir)) {
            store.commit(articles(), "one");
            try (Snapshot s = store.snapshot()) {
                assertEquals(List.of("a-harbour", "b-harbour"), ids(s.search(words("breakwater"), 0, 10)).stream()
                        .sorted().toList());
                assertEquals(List.of("c-comet"), ids(s.search(words("COMET observatory"), 0, 10)));
                assertEquals(List.of("b-harbour"), ids(s.search(words("harbour works"), 0, 10)));
                assertEquals(0, s.search(words("breakwater zebra"), 0, 10).total());
                // Query syntax in the input is read as words, never as FTS5 operators.
                assertEquals(List.of("c-comet"), ids(s.search(words("\"comet* -observatory("), 0, 10)));
                SearchQuery dailyPost = new SearchQuery(Optional.empty(), Optional.of("daily post"), Optional.empty(),
                        Optional.empty());
                assertEquals(List.of("b-harbour", "d-tram"), ids(s.search(dailyPost, 0, 10)));
                SearchQuery march = new SearchQuery(Optional.empty(), Optional.empty(),
                        Optional.of(LocalDate.parse("2026-03-01")), Optional.of(LocalDate.parse("2026-03-02")));
                ResultPage<ArticleSummary> inMarch = s.search(march, 1, 1);
                assertEquals(2, inMarch.total());
                assertEquals(List.of("b-harbour"), ids(inMarch));
                assertThrows(IllegalArgumentException.class, () -> s.search(words("?!"), 0, 10));
            }
        }
    }

    @Test
    void aStoreOfSchemaOneIsMigratedWithItsArticlesSearchable() throws Exception {
        try (Store store = Store.open(dir)) {
            store.commit(articles(), "one");
        }
        // Turn the store back into what version 1 wrote: no full-text index, schema '1'.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
             Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER article_fts_insert");
            st.execute("DROP TABLE article_fts");
            st.execute("DROP TABLE IF EXISTS article_fts_content");
            st.execute("UPDATE meta SET value = '1' WHERE key = 'schema'");
        }
        try (Store store = Store.open(dir)) {
            try (Snapshot s = store.snapshot()) {
                assertEquals(4, s.articleCount());
                assertEquals(List.of("c-comet"), ids(s.search(words("comet"), 0, 10)));
            }
            store.commit(List.of(Fixtures.article("e-frost", "Valley News", "2026-04-01", "Frost", P.get(1))), "two");
            try (Snapshot s = store.snapshot()) {
                assertEquals(List.of("a-harbour", "e-frost"), ids(s.search(words("apricot"), 0, 10)).stream()
                        .sorted().toList());
            }
        }
    }

    @Test
    void aStoreOfANewerSchemaIsRefusedUnchanged() throws Exception {
        try (Store store = Store.open(dir)) {
            store.commit(articles(), "one");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
             Statement st = c.createStatement()) {
            st.execute("UPDATE meta SET value = '99' WHERE key = 'schema'");
        }
        IOException e = assertThrows(IOException.class, () -> Store.open(dir));
        assertTrue(e.getMessage().contains("'99'"), e.getMessage());
    }
}
