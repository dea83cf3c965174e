package org.stemma.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stemma.provenance.Fixtures.article;
import static org.stemma.provenance.Fixtures.resource;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stemma.fingerprint.WordTokenizer;
import org.stemma.model.Article;
import org.stemma.model.PublicationDate;
import org.stemma.model.Span;

class ArticleProfileTest {
    private static final ProvenanceConfig CONFIG = ProvenanceConfig.defaults();
    private static final String STORY = resource("flood-story.txt");
    private static final String ASIDE = resource("flood-aside.txt");
    private static final String BACKGROUND = resource("flood-background.txt");

    private static ArticleProfile profile(String id, String text) {
        Article a = article(id, text, PublicationDate.UNKNOWN);
        return new ArticleProfile(a, new WordTokenizer(), new CreditLineExtractor(CONFIG.maxCreditScanChars()));
    }

    /** The spans of {@code p}'s text outside {@code unexplained}: what a pair would say both sides have. */
    private static List<Span> explainedAround(ArticleProfile p, String... unexplained) {
        String text = p.article.text();
        List<Span> body = p.article.body();
        List<Span> holes = new java.util.ArrayList<>();
        for (String u : unexplained) {
            int at = text.indexOf(u);
            holes.add(Span.of(at, at + u.length()));
        }
        List<Span> out = new java.util.ArrayList<>();
        for (Span b : body) {
            out.addAll(ArticleProfile.gaps(b, ArticleProfile.union(holes)));
        }
        return out;
    }

    @Test
    void aParagraphOnAnotherMatterIsForeignAndTheStorysOwnDigressionIsNot() {
        String withBoth = STORY + "\n\n" + BACKGROUND + "\n\n" + ASIDE;
        ArticleProfile copy = profile("b", withBoth);
        ArticleProfile original = profile("a", STORY);
        List<Span> foreign = copy.foreignRuns(explainedAround(copy, BACKGROUND, ASIDE),
                original, CONFIG.minCohesionTypes(), CONFIG.minCohesion(), PairReader.MIN_SHARED_TYPES,
                PairReader.SHARED_FROM_TYPES);
        // Background and aside are one run the other lacks: mixed, it is not foreign (a run is judged whole).
        assertEquals(List.of(), foreign);
        String apart = STORY.replace("\n\nFirefighters", "\n\n" + ASIDE + "\n\nFirefighters") + "\n\n" + BACKGROUND;
        ArticleProfile split = profile("c", apart);
        foreign = split.foreignRuns(explainedAround(split, BACKGROUND, ASIDE), original,
                CONFIG.minCohesionTypes(), CONFIG.minCohesion(), PairReader.MIN_SHARED_TYPES,
                PairReader.SHARED_FROM_TYPES);
        assertEquals(1, foreign.size(), foreign.toString());
        assertEquals(ASIDE, foreign.get(0).of(apart).strip());
    }

    @Test
    void aRunThatSharesOneWordWithTheStoryIsStillAboutSomethingElse() {
        // "afternoon" is the only content word the comment shares with the story: chance, not cohesion.
        String comment = "Shares in the regional bus operator rose in afternoon trading after it won the contract"
                + " for the airport shuttle and promised newer coaches on the coastal routes.";
        ArticleProfile original = profile("a", STORY);
        ArticleProfile copy = profile("b", STORY + "\n\n" + comment);
        List<Span> explained = explainedAround(copy, comment);
        List<Span> foreign = copy.foreignRuns(explained, original, CONFIG.minCohesionTypes(), CONFIG.minCohesion(),
                PairReader.MIN_SHARED_TYPES, PairReader.SHARED_FROM_TYPES);
        assertEquals(1, foreign.size(), foreign.toString());
        assertEquals(comment, foreign.get(0).of(copy.article.text()).strip());
        // Where one shared word were enough, it would pass for the story's own paragraph.
        assertTrue(copy.foreignRuns(explained, original, CONFIG.minCohesionTypes(), CONFIG.minCohesion(), 1,
                0).isEmpty());
    }

    @Test
    void shortRunsAreNotJudged() {
        // "Teak benches reduced" has three content words, fewer than minCohesionTypes: too few to tell a topic.
        String text = STORY + "\n\nTeak benches reduced.";
        ArticleProfile p = profile("b", text);
        List<Span> foreign = p.foreignRuns(explainedAround(p, "Teak benches reduced."), profile("a", STORY),
                CONFIG.minCohesionTypes(), CONFIG.minCohesion(), PairReader.MIN_SHARED_TYPES,
                PairReader.SHARED_FROM_TYPES);
        assertTrue(foreign.isEmpty(), foreign.toString());
    }

    @Test
    void aRunIsForeignOnlyBelowTheCohesionThreshold() {
        ArticleProfile original = profile("a", STORY);
        ArticleProfile copy = profile("b", STORY + "\n\n" + ASIDE);
        List<Span> explained = explainedAround(copy, ASIDE);
        assertEquals(1, copy.foreignRuns(explained, original, CONFIG.minCohesionTypes(), CONFIG.minCohesion(), 1,
                0).size());
        // At a threshold of 0 nothing is below it: the measure, not the run's place, decides.
        assertTrue(copy.foreignRuns(explained, original, CONFIG.minCohesionTypes(), 0, 0, 0).isEmpty());
    }

    @Test
    void aDatelineCreditIsACreditLineNotTheStorysWords() {
        // The wire's name in the dateline credits it as a line at the end would; the dateline is each copier's
        // own, so it is left out of the words that measure what a copy kept, as a closing credit line is.
        String story = "The harbour plant will close in May, its owners said on Tuesday, and the forty workers "
                + "will be offered places at the new yard across the bay.";
        ArticleProfile plain = profile("a", "Plant to close\n\n" + story);
        ArticleProfile dated = profile("b", "Plant to close\n\nELDEN, March 3 (Fjord Post) - " + story);
        assertEquals(plain.words(), dated.words());
        Credit credit = dated.credits.get(0);
        assertEquals("Fjord Post", credit.name());
        assertEquals("elden, march 3 (fjord post) -", dated.creditLineText(credit));
        // a parenthesis in running text is no dateline
        ArticleProfile aside = profile("c", "Plant to close\n\nThe owners (Fjord Post) said more. " + story);
        assertEquals(plain.words() + 6, aside.words());
    }

    @Test
    void aCreditRunOnAfterTheLastSentenceIsACreditLineAsOnALineOfItsOwn() {
        // A scraper that joins paragraphs leaves the credit as the paragraph's last sentence: the same line, the
        // same words left out, as where it stands alone.
        String story = "The harbour plant will close in May, its owners said on Tuesday, and the forty workers "
                + "will be offered places at the new yard across the bay. The yard opens in June.";
        ArticleProfile plain = profile("a", "Plant to close\n\n" + story);
        ArticleProfile apart = profile("b", "Plant to close\n\n" + story + "\n\nVia Fjord Post");
        ArticleProfile runOn = profile("c", "Plant to close\n\n" + story + " Via Fjord Post");
        assertEquals(plain.words(), apart.words());
        assertEquals(plain.words(), runOn.words());
        Credit credit = runOn.credits.get(0);
        assertEquals("via fjord post", runOn.creditLineText(credit));
        assertEquals(true, runOn.hasCreditLineOf(apart, apart.credits.get(0)));
        // a credit inside a sentence that the story goes on after is the story's words
        ArticleProfile inside = profile("d", "Plant to close\n\nThe owners told Fjord Post via Fjord Post staff "
                + "that it would close. " + story);
        assertEquals(plain.words() + 13, inside.words());
    }
}
