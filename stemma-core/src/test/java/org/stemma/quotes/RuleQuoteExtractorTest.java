package org.stemma.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.model.Article;
import org.stemma.model.Quote;
import org.stemma.model.QuoteKind;
import org.stemma.model.Span;

class RuleQuoteExtractorTest {
    private final RuleQuoteExtractor extractor = new RuleQuoteExtractor();

    private List<Quote> quotes(String text, String lang) {
        return extractor.extract(QuoteFixtures.article("a", text, lang));
    }

    private static String words(Quote q, String text) {
        return q.span().of(text);
    }

    private static Quote only(List<Quote> quotes, QuoteKind kind) {
        List<Quote> of = quotes.stream().filter(q -> q.kind() == kind).toList();
        assertEquals(1, of.size(), quotes.toString());
        return of.get(0);
    }

    @Test
    void curlyQuotesWithATrailingTitledSpeakerGiveADirectQuoteAndTheBareName() {
        String text = "\u201CPrices will rise before the winter,\u201D said Finance Minister Anna Berg.";
        Quote q = only(quotes(text, "en"), QuoteKind.DIRECT);
        assertEquals("Prices will rise before the winter", words(q, text));
        assertEquals(Optional.of("Anna Berg"), q.speakerName());
        assertEquals("Finance Minister Anna Berg", q.speaker().get().mention().of(text));
    }

    @Test
    void aSurnameExpandsToTheFullNameAndAnUnattributedNextParagraphContinuesTheSpeaker() {
        String text = "Anna Berg spoke in the harbour town on Friday.\n\n\"We are ready for the storm,\" Berg said."
                + "\n\n\"The ferries will keep running until the wind turns.\"";
        List<Quote> direct = quotes(text, "en").stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
        assertEquals(2, direct.size(), direct.toString());
        assertEquals(Optional.of("Anna Berg"), direct.get(0).speakerName());
        assertEquals(Optional.of("Anna Berg"), direct.get(1).speakerName());
    }

    @Test
    void germanLowAndHighMarksPair() {
        String text = "\u201EWir sind bereit f\u00FCr die Gespr\u00E4che\u201C, sagte Kanzlerin Maria Huber am Montag.";
        Quote q = only(quotes(text, "de"), QuoteKind.DIRECT);
        assertEquals("Wir sind bereit f\u00FCr die Gespr\u00E4che", words(q, text));
        assertEquals(Optional.of("Maria Huber"), q.speakerName());
    }

    @Test
    void frenchGuillemetsPairAndTheSpeakerFollowsTheVerb() {
        String text = "\u00AB Nous refusons cette proposition injuste \u00BB, a d\u00E9clar\u00E9 le ministre Paul Martin.";
        Quote q = only(quotes(text, "fr"), QuoteKind.DIRECT);
        assertEquals("Nous refusons cette proposition injuste", words(q, text));
        assertEquals(Optional.of("Paul Martin"), q.speakerName());
    }

    @Test
    void swissSingleGuillemetsAndStraightSingleQuotesPair() {
        String swiss = "\u2039Die Br\u00FCcke bleibt bis Freitag gesperrt\u203A, sagte Stadtrat Beat Keller.";
        Quote q = only(quotes(swiss, "de"), QuoteKind.DIRECT);
        assertEquals("Die Br\u00FCcke bleibt bis Freitag gesperrt", words(q, swiss));
        assertEquals(Optional.of("Beat Keller"), q.speakerName());
        String single = "'The museum will reopen in the spring,' said curator Lena Fischer.";
        Quote s = only(quotes(single, "en"), QuoteKind.DIRECT);
        assertEquals("The museum will reopen in the spring", words(s, single));
        assertEquals(Optional.of("Lena Fischer"), s.speakerName());
    }

    @Test
    void apostrophesAreNotSingleQuotes() {
        String text = "The port\u2019s owners said the workers\u2019 union won\u2019t accept the 5% offer it\u2019s made "
                + "for the \u201990s contracts.";
        assertTrue(quotes(text, "en").stream().noneMatch(q -> q.kind() == QuoteKind.DIRECT), quotes(text, "en").toString());
    }

    @Test
    void tokenisedBacktickQuotesPairAndAnOpenerWrittenAsCloserCloses() {
        String text = "`` We appreciate your patience at this time , '' spokesman John Doe told reporters .\n"
                + "`` The road stays closed until Sunday , `` police said in a statement .";
        List<Quote> direct = quotes(text, "en").stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
        assertEquals(2, direct.size(), direct.toString());
        assertEquals(Optional.of("John Doe"), direct.get(0).speakerName());
        assertEquals("The road stays closed until Sunday", words(direct.get(1), text));
        assertEquals(Optional.of("police"), direct.get(1).speakerName());
    }

    @Test
    void aPartialQuoteInsideAReportedClauseGivesBoth() {
        String text = "The mayor said the plan was \"a reckless gamble with public money\" and promised a vote.";
        List<Quote> found = quotes(text, "en");
        Quote partial = only(found, QuoteKind.PARTIAL);
        assertEquals("a reckless gamble with public money", words(partial, text));
        assertEquals(Optional.of("mayor"), partial.speakerName());
        Quote indirect = only(found, QuoteKind.INDIRECT);
        assertTrue(indirect.span().contains(partial.span()), found.toString());
    }

    @Test
    void aQuoteLeftOpenEndsWithItsParagraphInsteadOfSwallowingTheArticle() {
        String text = "He said: \"We will win this fight in the courts.\n\nThe vote is on Friday. Turnout was low.";
        Quote q = only(quotes(text, "en"), QuoteKind.DIRECT);
        assertEquals("We will win this fight in the courts.", words(q, text));
    }

    @Test
    void reportedSpeechWithAndWithoutThatAndAccordingTo() {
        String text = "Police said the suspect had fled the scene before dawn.\n"
                + "The ministry announced that forty people were injured in the blast.\n"
                + "According to the harbour master, the ferry left without permission.\n"
                + "The storm destroyed three piers, the coast guard said.";
        List<Quote> found = quotes(text, "en");
        assertEquals(4, found.size(), found.toString());
        assertEquals("the suspect had fled the scene before dawn", words(found.get(0), text));
        assertEquals(Optional.of("Police"), found.get(0).speakerName());
        assertEquals("forty people were injured in the blast", words(found.get(1), text));
        assertEquals("the ferry left without permission", words(found.get(2), text));
        assertEquals(Optional.of("harbour master"), found.get(2).speakerName());
        assertEquals("The storm destroyed three piers", words(found.get(3), text));
        assertEquals(Optional.of("coast guard"), found.get(3).speakerName());
    }

    @Test
    void theStatementReadResolvesToTheLastNamedSpeaker() {
        String text = "The Harbour Council said it was ready to talk to the unions.\n"
                + "\"We renew our invitation to a meeting next week,\" the statement read.";
        Quote q = only(quotes(text, "en"), QuoteKind.DIRECT);
        assertEquals(Optional.of("Harbour Council"), q.speakerName());
    }

    @Test
    void titlesOfWorksScareQuotesAndBlockedVerbsAreNoQuotations() {
        String text = "She starred in \"The Long Goodbye Of Summer Nights\" last year.\n"
                + "Critics called the sequel a \"disaster\" at once.\n"
                + "The pastor declined to say whether the church had received threats.";
        assertEquals(List.of(), quotes(text, "en"));
    }

    @Test
    void anyTextGivesSortedSpansInsideTheBodyWithoutFailing() {
        long seed = 20261123L;
        Random random = new Random(seed);
        String alphabet = "ab said told according to \"\u201C\u201D\u201E\u00AB\u00BB'`,.:!? \n\nX Y";
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(400);
            for (int i = 0; i < n; i++) {
                sb.append(random.nextInt(6) == 0 ? alphabet.substring(random.nextInt(alphabet.length() - 4))
                        .substring(0, 1 + random.nextInt(3)) : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            String text = sb.toString();
            Article a = QuoteFixtures.article("r", text, "en");
            List<Quote> found = extractor.extract(a);
            Span previous = null;
            for (Quote q : found) {
                String where = "seed " + seed + " round " + round + " input " + text.replace("\n", "\\n");
                assertTrue(q.span().end() <= text.length() && !q.span().isEmpty(), where);
                assertTrue(previous == null || previous.compareTo(q.span()) <= 0, where);
                q.speaker().ifPresent(s -> assertTrue(s.mention().end() <= text.length(), where));
                previous = q.span();
            }
            assertEquals(found, extractor.extract(a), "deterministic, seed " + seed + " round " + round);
        }
    }
}
