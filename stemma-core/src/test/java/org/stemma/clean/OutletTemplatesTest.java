package org.stemma.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stemma.model.Article;
import org.stemma.model.Clutter;
import org.stemma.model.ClutterKind;
import org.stemma.model.Origin;
import org.stemma.model.RawArticle;

class OutletTemplatesTest {
    private static final Cleaner CLEANER = new RuleCleaner(CleanerConfig.defaults());
    private static final OutletTemplates TEMPLATES = new OutletTemplates();

    /** A site's footer: a plea and a copyright line, no word of any story below. */
    private static final String FOOTER = "Enjoyed this piece? Our free morning letter brings you every headline worth "
            + "your coffee, seven days a week.";
    /** A second footer line, with the year that changes from article to article. */
    private static final String BELL = "Tap the bell icon for 2021 alerts and tell your neighbours about us.";

    private static final String FLOOD = resource("flood-story.txt");
    private static final String BRIDGE = resource("bridge-base.txt");
    private static final String FERRY = resource("ferry-base.txt");
    private static final String QUAY = resource("quay-base.txt");

    private static String resource(String name) {
        try (InputStream in = OutletTemplatesTest.class.getResourceAsStream("/provenance/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Article article(String id, String text, String outlet) {
        return CLEANER.clean(new RawArticle(id, text, Optional.ofNullable(outlet), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("en"), new Origin(id, 0), 0, Optional.empty()));
    }

    private static String framed(String story, String year) {
        return story + "\n\n" + FOOTER + "\n\n" + BELL.replace("2021", year) + "\n";
    }

    /** Three unrelated stories of one outlet, each framed by its footer (years 2021, 2022, 2023). */
    private static List<Article> threeFramed() {
        return List.of(article("a", framed(FLOOD, "2021"), "Harbour Gazette"),
                article("b", framed(BRIDGE, "2022"), "harbour gazette"),
                article("c", framed(FERRY, "2023"), "Harbour Gazette "));
    }

    private static List<String> templateText(Article a) {
        return a.clutter().stream().filter(c -> c.kind() == ClutterKind.TEMPLATE).map(c -> c.span().of(a.text()))
                .toList();
    }

    @Test
    void aFooterOnThreeUnrelatedStoriesOfOneOutletIsItsTemplate() {
        List<Article> corpus = threeFramed();
        List<Article> marked = TEMPLATES.markAll(corpus);
        for (int i = 0; i < corpus.size(); i++) {
            Article before = corpus.get(i);
            Article after = marked.get(i);
            // the plea and the bell line (its year folded away) are clutter, at their offsets in the text
            assertEquals(List.of(FOOTER, BELL.replace("2021", String.valueOf(2021 + i))), templateText(after));
            assertEquals(before.body().size() - 2, after.body().size());
            assertFalse(after.bodyText().contains("morning letter"));
            assertEquals(before.bodyText(), after.bodyText() + "\n\n" + FOOTER + "\n\n"
                    + BELL.replace("2021", String.valueOf(2021 + i)));
        }
    }

    @Test
    void twoArticlesAreNotYetAFrame() {
        List<Article> corpus = List.of(article("a", framed(FLOOD, "2021"), "Harbour Gazette"),
                article("b", framed(BRIDGE, "2021"), "Harbour Gazette"),
                article("c", framed(FERRY, "2021"), "Quay Post"));
        List<Article> marked = TEMPLATES.markAll(corpus);
        assertEquals(corpus, marked);
    }

    @Test
    void aClosingParagraphOneOutletRepeatsOnUpdatesOfItsStoryIsTheStoryNotAFrame() {
        // Three versions of the ferry story, each with a new first paragraph and the same closing paragraph: the
        // closing paragraph names the ferry and the islands, as the rest of each version does.
        String[] paragraphs = FERRY.split("\n\n");
        String closing = paragraphs[paragraphs.length - 1];
        List<Article> corpus = List.of(
                article("v1", paragraphs[0] + "\n\n" + paragraphs[1] + "\n\n" + closing, "Harbour Gazette"),
                article("v2", paragraphs[0] + "\n\n" + paragraphs[2] + "\n\n" + closing, "Harbour Gazette"),
                article("v3", paragraphs[0] + "\n\n" + paragraphs[3] + "\n\n" + closing, "Harbour Gazette"));
        assertEquals(Set.of(), TEMPLATES.find(corpus));
    }

    @Test
    void aLineOneOutletRepeatsOnCopiesOfOneStoryIsNoFrameThoughItIsAboutSomethingElse() {
        // Three copies of the ferry story by one site, cut differently, each closing with the same aside (a copier's
        // comment that the copies took over): at an end, about something else, on three articles; but the three
        // tell one story, so the aside is the story's line here, not the site's frame.
        String[] p = FERRY.split("\n\n");
        String aside = "Exciting innit, readers!";
        List<Article> corpus = List.of(
                article("c1", String.join("\n\n", p[0], p[1], p[2], p[3], aside), "Harbour Gazette"),
                article("c2", String.join("\n\n", p[0], p[1], p[2], aside), "Harbour Gazette"),
                article("c3", String.join("\n\n", p[0], p[2], p[3], aside), "Harbour Gazette"));
        assertEquals(Set.of(), TEMPLATES.find(corpus));
        // the same aside closing three unrelated stories is the site's
        List<Article> unrelated = List.of(article("u1", FLOOD + "\n\n" + aside, "Harbour Gazette"),
                article("u2", BRIDGE + "\n\n" + aside, "Harbour Gazette"),
                article("u3", FERRY + "\n\n" + aside, "Harbour Gazette"));
        assertEquals(1, TEMPLATES.find(unrelated).size());
    }

    @Test
    void anotherSitesCopyThatTookTheFooterAlongHasItMarkedToo() {
        Article copy = article("d", framed(QUAY, "2024"), "Quay Post");
        List<Article> corpus = new java.util.ArrayList<>(threeFramed());
        corpus.add(copy);
        List<Article> marked = TEMPLATES.markAll(corpus);
        assertEquals(2, templateText(marked.get(3)).size());
    }

    @Test
    void anArticleThatIsMostlyFrameIsLeftAlone() {
        Set<Long> found = TEMPLATES.find(threeFramed());
        assertEquals(2, found.size());
        Article stub = article("s", "Short note\n\nGates open at nine.\n\n" + FOOTER + "\n\n" + BELL,
                "Harbour Gazette");
        assertSame(stub, TEMPLATES.apply(stub, found));
    }

    @Test
    void withoutAnOutletTheUrlsHostGroupsArticles() {
        RawArticle raw = new RawArticle("u", "x", Optional.empty(), Optional.of("https://www.Example.org:8080/a?b"),
                Optional.empty(), Optional.empty(), Optional.empty(), new Origin("u", 0), 0, Optional.empty());
        assertEquals(Optional.of("example.org"), OutletTemplates.outletOf(raw));
        RawArticle none = new RawArticle("n", "x", Optional.of("  "), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), new Origin("n", 0), 0, Optional.empty());
        assertEquals(Optional.empty(), OutletTemplates.outletOf(none));
    }

    @Test
    void keysFoldCaseDigitsAndPunctuationButNotWords() {
        assertEquals(OutletTemplates.key("(c) 2021 Harbour Gazette."), OutletTemplates.key("(C) 2022 harbour  gazette"));
        assertNotEquals(OutletTemplates.key("(c) Harbour Gazette"), OutletTemplates.key("(c) Quay Post"));
        assertEquals(Optional.empty(), OutletTemplates.key(" -- ... "));
        assertEquals("c 0000 harbour gazette", OutletTemplates.fold("(c) 2021 Harbour Gazette."));
    }

    @Test
    void aTemplateNeedsTwoArticlesAtLeast() {
        assertThrows(IllegalArgumentException.class, () -> new OutletTemplates(1));
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheCorpus() {
        List<Article> corpus = threeFramed();
        assertEquals(TEMPLATES.find(corpus), TEMPLATES.find(List.of(corpus.get(2), corpus.get(0), corpus.get(1))));
        for (Clutter c : TEMPLATES.markAll(corpus).get(0).clutter()) {
            assertTrue(c.span().end() <= corpus.get(0).text().length());
        }
    }
}
