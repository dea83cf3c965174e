package org.stemma.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stemma.model.Article;
import org.stemma.model.Edit;
import org.stemma.model.EditOp;
import org.stemma.model.Passage;
import org.stemma.model.Quote;
import org.stemma.model.QuoteDrift;
import org.stemma.model.QuoteGroup;
import org.stemma.model.QuoteKind;
import org.stemma.model.Span;

class AlignedQuoteGrouperTest {
    private final RuleQuoteExtractor extractor = new RuleQuoteExtractor();
    private final AlignedQuoteGrouper grouper = new AlignedQuoteGrouper();

    private static Span find(String text, String words) {
        int i = text.indexOf(words);
        assertTrue(i >= 0, words);
        return new Span(i, i + words.length());
    }

    @Test
    void aQuotationCopiedWithoutMarksIsAbsorbedAndFlaggedWithItsChangedWord() {
        String a = "The council met on Monday. \"We are prepared to work on strengthening the flood defences,\""
                + " the mayor said.";
        String b = "The council met again. If the rain stops, we are ready to work on strengthening the flood"
                + " defences, the notice goes on.";
        Article x = QuoteFixtures.article("a", a, "en", Optional.of(LocalDate.of(2026, 3, 1)));
        Article y = QuoteFixtures.article("b", b, "en", Optional.of(LocalDate.of(2026, 3, 2)));
        List<Edit> edits = List.of(
                new Edit(EditOp.EQUAL, find(a, "We are"), find(b, "we are")),
                new Edit(EditOp.SUBSTITUTE, find(a, "prepared"), find(b, "ready")),
                new Edit(EditOp.EQUAL, find(a, "to work on strengthening the flood defences"),
                        find(b, "to work on strengthening the flood defences")));
        Passage p = new Passage("a", "b", new Span(edits.get(0).a().start(), edits.get(2).a().end()),
                new Span(edits.get(0).b().start(), edits.get(2).b().end()), 0.9, edits);
        List<Quote> quotes = new ArrayList<>(extractor.extract(x));
        quotes.addAll(extractor.extract(y));

        List<QuoteGroup> groups = grouper.group(List.of(x, y), quotes, List.of(p));

        assertEquals(1, groups.size(), groups.toString());
        QuoteGroup g = groups.get(0);
        assertEquals(List.of("a", "b"), g.articles());
        assertEquals("a", g.earliest());
        assertEquals(Optional.of("mayor"), g.speaker());
        assertTrue(g.members().stream().anyMatch(m -> m.articleId().equals("b") && m.kind() == QuoteKind.ABSORBED));
        assertTrue(g.drift().containsAll(List.of(QuoteDrift.WORDS_CHANGED, QuoteDrift.MARKS_DROPPED,
                QuoteDrift.SPEAKER_DROPPED)), g.drift().toString());
        assertTrue(g.changes().stream().anyMatch(c -> c.contains("'prepared' \u2192 'ready'")), g.changes().toString());
    }

    @Test
    void aRewordedStatementOfOneSpeakerJoinsWithoutAPassageAndAnotherSpeakerStaysOut() {
        String a = "Anna Berg said the dangerous harbour plan would ruin the fishing economy of the bay.";
        String b = "Berg warned that the harbour plan was dangerous and would ruin fishing there.";
        String c = "Tom Lind said the harbour plan was dangerous and would ruin fishing there.";
        Article x = QuoteFixtures.article("a", a, "en");
        Article y = QuoteFixtures.article("b", "Anna Berg spoke first. " + b, "en");
        Article z = QuoteFixtures.article("c", c, "en");
        List<Quote> quotes = new ArrayList<>();
        for (Article art : List.of(x, y, z)) {
            quotes.addAll(extractor.extract(art));
        }

        List<QuoteGroup> groups = grouper.group(List.of(x, y, z), quotes, List.of());

        assertEquals(1, groups.size(), groups.toString());
        assertEquals(List.of("a", "b"), groups.get(0).articles());
        assertTrue(groups.get(0).drift().contains(QuoteDrift.WORDS_CHANGED));
    }
}
