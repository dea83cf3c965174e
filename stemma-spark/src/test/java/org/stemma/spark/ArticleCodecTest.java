package org.stemma.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stemma.clean.CleanerConfig;
import org.stemma.clean.RuleCleaner;
import org.stemma.ingest.Corpus;
import org.stemma.ingest.IngestConfig;
import org.stemma.model.Article;
import org.stemma.model.Clutter;
import org.stemma.model.ClutterKind;
import org.stemma.model.DateBasis;
import org.stemma.model.Origin;
import org.stemma.model.PageLayout;
import org.stemma.model.PublicationDate;
import org.stemma.model.RawArticle;
import org.stemma.model.Span;

class ArticleCodecTest {
    private static final Path HARBOUR = Path.of("..", "examples", "harbour", "corpus.jsonl");

    @Test
    void everyCleanedArticleOfTheHarbourExampleComesBackEqual() throws IOException {
        List<RawArticle> raw = new ArrayList<>();
        try (Corpus corpus = Corpus.open(List.of(HARBOUR), IngestConfig.defaults(), p -> { })) {
            corpus.forEach(raw::add);
        }
        assertFalse(raw.isEmpty());
        RuleCleaner cleaner = new RuleCleaner(CleanerConfig.defaults());
        for (RawArticle r : raw) {
            Article a = cleaner.clean(r);
            String json = ArticleCodec.encode(a);
            assertEquals(a, ArticleCodec.decode(r, json), a.id());
            assertEquals(a.body(), ArticleCodec.body(json), a.id());
        }
    }

    @Test
    void everyFieldSurvivesWhenAllArePresent() {
        String text = "Title line\n\u0001 \"quoted\" \\ caf\u00e9 \uD83D\uDE00 body text\r\nShare this";
        RawArticle raw = new RawArticle("id \"1\"", text, Optional.of(""), Optional.of("https://x.example/a?b=1"),
                Optional.of("Stated title"), Optional.of("2021-12-18"), Optional.of("en"),
                new Origin("/data/in put.jsonl", 5_000_000_000L), 3,
                Optional.of(new PageLayout(List.of(new Span(11, 40), new Span(41, 43)),
                        List.of(new Clutter(ClutterKind.WIDGET, new Span(43, 53))))));
        Article a = new Article(raw, List.of(new Span(11, 30), new Span(31, 41)),
                List.of(new Clutter(ClutterKind.META, new Span(0, 5)),
                        new Clutter(ClutterKind.WIDGET, new Span(43, 53))),
                Optional.of("\"Caf\u00e9\" \\ \uD83D\uDE00 \u0001"), Optional.of(new Span(0, 10)), "en",
                new PublicationDate(Optional.of(LocalDate.of(2021, 12, 18)),
                        Optional.of(LocalTime.of(7, 30, 15, 123_000_000)), DateBasis.BOUNDED,
                        Optional.of(new Span(12, 20))));
        Article back = ArticleCodec.decode(a.raw(), ArticleCodec.encode(a));
        assertEquals(a, back);
    }

    @Test
    void emptyOptionalsStayEmpty() {
        Article a = new Article(RawArticle.ofText("t.txt", "One line."), List.of(new Span(0, 9)), List.of(),
                Optional.empty(), Optional.empty(), "und", PublicationDate.UNKNOWN);
        Article back = ArticleCodec.decode(a.raw(), ArticleCodec.encode(a));
        assertEquals(a, back);
        assertEquals(Optional.empty(), back.title());
        Article emptyTitle = new Article(a.raw(), a.body(), a.clutter(), Optional.of(""), Optional.empty(), "und",
                PublicationDate.UNKNOWN);
        assertEquals(Optional.of(""), ArticleCodec.decode(a.raw(), ArticleCodec.encode(emptyTitle)).title(),
                "an empty title stays present");
    }
}
