package org.stemma.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stemma.model.Article;
import org.stemma.model.Clutter;
import org.stemma.model.ClutterKind;
import org.stemma.model.DateBasis;
import org.stemma.model.RawArticle;

/**
 * A measurement on the shared seed articles against the general expectations of their EXPECTED.md ("Clutter"
 * and "Dates"). The rules know nothing of these files: expectations are asserted by kind of clutter and by
 * which text lies in the body, located through the article's own structure (its last lines, its headline-like
 * lines), never by phrases of the seeds. Skips when the shared data is absent. Prints a per-seed summary.
 */
class RuleCleanerSeedsTest {

    private static final Map<String, Article> ARTICLES = new TreeMap<>();

    @BeforeAll
    static void cleanSeeds() throws IOException {
        Optional<Path> seeds = SharedCorpus.find("corpora/seeds");
        assumeTrue(seeds.isPresent(), "shared seed corpus not found (stemma.shared="
                + System.getProperty("stemma.shared") + "); skipping the seed measurement");
        RuleCleaner cleaner = new RuleCleaner(CleanerConfig.defaults());
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds.get())) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Article a = cleaner.clean(RawArticle.ofText(name, text));
            ARTICLES.put(name.substring(0, 3), a);
            System.out.println(summary(name, a));
        }
        assumeTrue(ARTICLES.keySet().containsAll(List.of("000", "001", "002", "003", "004")),
                "seed files 000-004 not all present");
    }

    static String summary(String name, Article a) {
        Map<ClutterKind, Long> counts = a.clutter().stream()
                .collect(Collectors.groupingBy(Clutter::kind, TreeMap::new, Collectors.counting()));
        int nonBlank = (int) a.text().chars().filter(c -> !Character.isWhitespace(c)).count();
        double share = nonBlank == 0 ? 0 : (double) a.bodyText().chars().filter(c -> !Character.isWhitespace(c))
                .count() / nonBlank;
        return String.format("SEED %s | title=%s | date=%s %s | lang=%s | clutter=%s | body share=%.3f",
                name, a.title().map(t -> "\"" + t + "\"").orElse("-"), a.date().iso().orElse("-"),
                a.date().basis().label(), a.lang(), counts, share);
    }

    private static Article seed(String number) {
        return ARTICLES.get(number);
    }

    private static long count(Article a, ClutterKind kind) {
        return a.clutter().stream().filter(c -> c.kind() == kind).count();
    }

    /** The non-blank lines of the text, in order. */
    private static List<String> lines(Article a) {
        return a.text().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean inBody(Article a, String fragment) {
        return a.bodyText().contains(fragment);
    }

    @Test
    void theRatingWidgetAndTheCommentThreadOf000AreClutter() {
        Article a = seed("000");
        assertTrue(count(a, ClutterKind.WIDGET) >= 1, "widget expected");
        assertTrue(count(a, ClutterKind.COMMENTS) >= 5, "comment thread expected");
        // Everything from the widget on is clutter: the body ends before the last 20 lines.
        List<String> lines = lines(a);
        for (String line : lines.subList(lines.size() - 20, lines.size())) {
            assertFalse(inBody(a, line), "comment-thread line in body: " + line);
        }
        assertTrue(inBody(a, lines.get(0)), "the lead paragraph is body");
    }

    @Test
    void theDisclaimerAndTeasersOf003AreClutter() {
        Article a = seed("003");
        assertTrue(count(a, ClutterKind.DISCLAIMER) >= 1, "disclaimer expected");
        assertTrue(count(a, ClutterKind.TEASER) >= 3, "teasers expected, got " + a.clutter());
        List<String> lines = lines(a);
        assertFalse(inBody(a, lines.get(lines.size() - 1)), "the closing disclaimer is not body");
        for (String line : lines) {
            int half = line.length() / 2;
            if (line.length() > 20 && line.substring(0, half).equals(line.substring(half))) {
                assertFalse(inBody(a, line.substring(0, half)), "a headline printed twice is not body: " + line);
            }
        }
    }

    @Test
    void theNavigationLinksAndScriptFragmentOf004AreClutter() {
        Article a = seed("004");
        assertTrue(count(a, ClutterKind.NAVIGATION) >= 1, "navigation expected");
        assertEquals(2, count(a, ClutterKind.PAGINATION), "previous and next links expected");
        assertTrue(count(a, ClutterKind.MARKUP) >= 1, "markup debris expected");
        assertFalse(a.bodyText().contains("}}"), "no script braces left in the body");
        List<String> lines = lines(a);
        assertFalse(inBody(a, lines.get(0)), "the navigation trail is not body");
    }

    @Test
    void articles001To003StateTheirDates() {
        for (String n : List.of("001", "002", "003")) {
            assertEquals(DateBasis.STATED, seed(n).date().basis(), n + " " + seed(n).date());
            assertTrue(seed(n).date().evidence().isPresent(), n + " evidence span expected");
        }
        assertTrue(seed("003").date().time().isPresent(), "003 states a time as well");
    }

    @Test
    void article000IsBoundedByItsEarliestCommentDate() {
        Article a = seed("000");
        assertEquals(DateBasis.BOUNDED, a.date().basis());
        assertEquals(Optional.of(LocalDate.of(2021, 12, 19)), a.date().date());
    }

    @Test
    void article004StatesNoDate() {
        assertEquals(DateBasis.UNKNOWN, seed("004").date().basis(), seed("004").date().toString());
    }

    @Test
    void article003IsEnglishDespiteItsGermanHeadline() {
        assertEquals("en", seed("003").lang());
        assertTrue(seed("003").titleSpan().isPresent(), "003 opens with its headline");
    }
}
