package org.stemma.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.stemma.model.Article;
import org.stemma.model.Clutter;
import org.stemma.model.ClutterKind;
import org.stemma.model.DateBasis;
import org.stemma.model.Origin;
import org.stemma.model.RawArticle;

class RuleCleanerTest {

    private static final RuleCleaner CLEANER = new RuleCleaner(CleanerConfig.defaults());

    static String fixture(String name) {
        try (InputStream in = RuleCleanerTest.class.getResourceAsStream("/clean/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read fixture " + name, e);
        }
    }

    private static Article clean(String name) {
        Article a = CLEANER.clean(RawArticle.ofText(name, fixture(name)));
        CleanerInvariants.check(a);
        return a;
    }

    /** The kind of the clutter span covering {@code fragment}, if one does. */
    private static Optional<ClutterKind> kindOf(Article a, String fragment) {
        int at = a.text().indexOf(fragment);
        assertTrue(at >= 0, "fixture lacks " + fragment);
        for (Clutter c : a.clutter()) {
            if (c.span().start() <= at && at + fragment.length() <= c.span().end()) {
                return Optional.of(c.kind());
            }
        }
        return Optional.empty();
    }

    private static void assertClutter(Article a, ClutterKind kind, String fragment) {
        assertEquals(Optional.of(kind), kindOf(a, fragment), "kind of: " + fragment);
        assertFalse(a.bodyText().contains(fragment), "in body: " + fragment);
    }

    private static void assertBody(Article a, String fragment) {
        assertTrue(a.bodyText().contains(fragment), "not in body: " + fragment + "\n--- body:\n" + a.bodyText());
        assertEquals(Optional.empty(), kindOf(a, fragment), "clutter: " + fragment);
    }

    private static Article cleanText(String text) {
        Article a = CLEANER.clean(RawArticle.ofText("t", text));
        CleanerInvariants.check(a);
        return a;
    }

    private static final String STORY = "The ferry to Tarn Island will run twice a day from Monday, the operator said.\n\n"
            + "A new pier at the island end lets the larger boat dock in any tide.\n\n"
            + "Residents had asked for a second crossing for years.\n\n";

    @Test
    void aCommentHeadingWithItsCountStartsTheThread() {
        Article a = cleanText(STORY + "Comments (2)\n\nharbourcat wrote: About time.\n\n"
                + "Mona Lund wrote: Will it carry bikes?\n");
        assertClutter(a, ClutterKind.COMMENTS, "harbourcat wrote: About time.");
        assertClutter(a, ClutterKind.COMMENTS, "Mona Lund wrote: Will it carry bikes?");
        assertBody(a, "Residents had asked for a second crossing for years.");
    }

    @Test
    void aCommenterWhoSaysAboveATimestampOpensTheThreadAndTheFirstCommentGoesWithIt() {
        Article a = cleanText(STORY + "Mona Lund says:\n\nMay 3, 2023 at 9:14 am\n\nWill it carry bikes?\n\nReply\n\n"
                + "pier_watch_77\n\n2 hours ago\n\nThe old boat was fine.\n\nReply\n");
        assertClutter(a, ClutterKind.COMMENTS, "Mona Lund says:");
        assertClutter(a, ClutterKind.COMMENTS, "Will it carry bikes?");
        assertClutter(a, ClutterKind.COMMENTS, "The old boat was fine.");
        assertBody(a, "Residents had asked for a second crossing for years.");
    }

    @Test
    void aHandleWithDigitsAboveARelativeTimeIsACommenter() {
        Article a = cleanText(STORY + "pier_watch_77\n\n2 hours ago\n\nThe old boat was fine.\n");
        assertClutter(a, ClutterKind.COMMENTS, "The old boat was fine.");
        assertBody(a, "Residents had asked for a second crossing for years.");
    }

    @Test
    void oneLineCommentsThatThePageEndsWithAreAThreadWithoutAHeading() {
        Article a = cleanText(STORY + "harbourcat wrote: About time.\n\nMona Lund wrote: Will it carry bikes?\n");
        assertClutter(a, ClutterKind.COMMENTS, "harbourcat wrote: About time.");
        assertClutter(a, ClutterKind.COMMENTS, "Mona Lund wrote: Will it carry bikes?");
        assertBody(a, "Residents had asked for a second crossing for years.");
    }

    @Test
    void aQuotationThatOpensWithWroteOrSaidAndTheStoryAfterItStayBody() {
        Article a = cleanText(STORY + "The mayor wrote: \"We listened.\"\n\n"
                + "A spokeswoman said: \"Tickets go on sale today.\"\n\n"
                + "The operator wrote: \"Bikes are welcome.\"\n\nThe timetable is on the council's site.\n");
        assertBody(a, "The mayor wrote:");
        assertBody(a, "A spokeswoman said:");
        assertBody(a, "The operator wrote:");
        assertBody(a, "The timetable is on the council's site.");
    }

    @Test
    void theHeadlinesUnderARelatedStoriesHeadingAtThePageEndAreTeasersPunctuatedOrNot() {
        Article a = cleanText(STORY + "Related stories\n\nCouncil votes to keep the night tram\n\n"
                + "Storm closes the canal path for a week.\n\nMore from the Harbour Gazette\n\n"
                + "Island school gets a new roof\n");
        assertClutter(a, ClutterKind.TEASER, "Council votes to keep the night tram");
        assertClutter(a, ClutterKind.TEASER, "Storm closes the canal path for a week.");
        assertClutter(a, ClutterKind.TEASER, "Island school gets a new roof");
        assertBody(a, "Residents had asked for a second crossing for years.");
    }

    @Test
    void underAListHeadingInsideTheStoryOnlyUnpunctuatedHeadlinesAreTeasersAndTheStoryGoesOn() {
        Article a = cleanText("The ferry to Tarn Island will run twice a day from Monday, the operator said.\n\n"
                + "Read more\n\nCouncil votes to keep the night tram\n\n"
                + "Tickets will cost the same as on the old boat.\n\n"
                + "A new pier at the island end lets the larger boat dock in any tide, and the crossing will take "
                + "twenty minutes instead of forty, the operator said on Friday.\n");
        assertClutter(a, ClutterKind.TEASER, "Council votes to keep the night tram");
        assertBody(a, "Tickets will cost the same as on the old boat.");
        assertBody(a, "the crossing will take twenty minutes");
    }

    @Test
    void aQuotationBetweenEntityQuotesStaysBodyButAnEscapedTagIsMarkup() {
        Article a = cleanText(STORY + "The operator said &ldquo;the crossing will take twenty minutes&rdquo; and "
                + "that bikes travel free.\n\n&lt;div class=&quot;ad-slot&quot;&gt;\n\nTickets go on sale today.\n");
        assertBody(a, "&ldquo;the crossing will take twenty minutes&rdquo;");
        assertClutter(a, ClutterKind.MARKUP, "&lt;div class=&quot;ad-slot&quot;&gt;");
        assertBody(a, "Tickets go on sale today.");
    }

    @Test
    void aRatingWidgetAndACommentThreadAfterTheBodyAreClutter() {
        Article a = clean("bridge-comments.txt");
        assertClutter(a, ClutterKind.WIDGET, "4.2 7 votes");
        assertClutter(a, ClutterKind.WIDGET, "Article Rating");
        assertClutter(a, ClutterKind.WIDGET, "Tweet");
        assertClutter(a, ClutterKind.COMMENTS, "Ruth Alder");
        assertClutter(a, ClutterKind.COMMENTS, "Fifteen minutes is optimistic.");
        assertClutter(a, ClutterKind.COMMENTS, "Reply to Ruth Alder");
        assertClutter(a, ClutterKind.COMMENTS, "04-04-22 21:10");
        assertClutter(a, ClutterKind.COMMENTS, "2 hours ago");
        assertClutter(a, ClutterKind.COMMENTS, "At least they are doing something now.");
        assertBody(a, "The county council has confirmed");
        assertBody(a, "would reopen before the end of the year if the weather allowed.");
        assertEquals(5, a.body().size(), "one segment per paragraph: " + a.body());
    }

    @Test
    void anArticleWithoutAStatedDateIsBoundedByItsEarliestCommentDayFirst() {
        Article a = clean("bridge-comments.txt");
        assertEquals(DateBasis.BOUNDED, a.date().basis());
        assertEquals(Optional.of(LocalDate.of(2022, 4, 4)), a.date().date());
        assertEquals("04-04-22 21:10", a.date().evidence().orElseThrow().of(a.text()));
    }

    @Test
    void aShortUnpunctuatedFirstLineIsTheTitle() {
        Article a = clean("bridge-comments.txt");
        assertEquals(Optional.of("Old river bridge to close for six months of repairs"), a.title());
        assertEquals(a.title().orElseThrow(), a.titleSpan().orElseThrow().of(a.text()));
        assertEquals("en", a.lang());
    }

    @Test
    void teasersBetweenBodyParagraphsAreClutterButSubheadingsStayBody() {
        Article a = clean("harbour-teasers.txt");
        assertClutter(a, ClutterKind.TEASER, "Storm season: how coastal towns are preparing for stronger winds");
        assertClutter(a, ClutterKind.TEASER, "Lighthouse keeper retires after forty years on the islandLighthouse");
        assertClutter(a, ClutterKind.TEASER, "Read more: Fishermen count losses after record tide");
        assertClutter(a, ClutterKind.DISCLAIMER, "If you need to update or remove this news");
        assertBody(a, "Repairs ahead");
        assertBody(a, "The harbour of Valmer reopened to fishing boats on Friday");
        assertBody(a, "protect the inner basin from heavy swell.");
    }

    @Test
    void aHeadlineLikeLineOpeningWithALabelTheArticleUsesAgainIsBodyNotATeaser() {
        Article a = clean("labelled-notes.txt");
        assertTrue(a.bodyText().contains("Note: And the commuters once again pay"), a.clutter().toString());
        assertTrue(a.bodyText().contains("Note: The operator has broken"), a.clutter().toString());
        assertTrue(kindOf(a, "Note: And the commuters").isEmpty());
    }

    @Test
    void aQuotedSentenceEndingBeforeItsClosingQuoteIsBodyEvenWhenTokenized() {
        String text = "The ferry left the harbour an hour late on Sunday because of fog over the bay .\n"
                + "`` We waited until the pilots said the channel was safe to cross . ''\n"
                + "\u201cNobody was in danger at any moment of the crossing . \u201d\n"
                + "Passengers were offered coffee and a voucher for a later trip by the operator .\n";
        Article a = CLEANER.clean(RawArticle.ofText("tokenized", text));
        CleanerInvariants.check(a);
        assertTrue(a.clutter().isEmpty(), a.clutter().toString());
        assertTrue(a.bodyText().contains("channel was safe to cross"));
    }

    @Test
    void aForeignTitleDoesNotDecideTheLanguageAndAMonthNameDatelineIsStated() {
        Article a = clean("harbour-teasers.txt");
        assertEquals(Optional.of("Le port de Valmer rouvre après la tempête"), a.title());
        assertEquals("en", a.lang());
        assertEquals(DateBasis.STATED, a.date().basis());
        assertEquals(Optional.of(LocalDate.of(2023, 2, 3)), a.date().date());
        assertEquals(Optional.of(LocalTime.of(14, 5)), a.date().time());
        assertClutter(a, ClutterKind.META, "3 février 2023 14:05");
    }

    @Test
    void aBreadcrumbEndingWithTheHeadlineIsNavigationAndTheHeadlineIsTheTitle() {
        Article a = clean("rail-nav-markup.txt");
        assertClutter(a, ClutterKind.NAVIGATION, "Home NEWS EUROPE");
        assertEquals(Optional.of("Rail strike halts trains across the region"), a.title());
        assertEquals(a.title().orElseThrow(), a.titleSpan().orElseThrow().of(a.text()));
    }

    @Test
    void markupDebrisInsideASentenceIsCutOutAndSplitsTheParagraph() {
        Article a = clean("rail-nav-markup.txt");
        assertClutter(a, ClutterKind.MARKUP, "“,” text “:” would last two days “}}”>");
        assertClutter(a, ClutterKind.MARKUP, "<div class=\"ad-slot\" data-position=\"inline\">");
        // a character entity is an escaped character of the sentence, not debris
        assertBody(a, "bus operators added extra&nbsp;services");
        assertBody(a, "The union said the walkout");
        assertBody(a, "would continue until midnight on Friday");
        assertBody(a, "bus operators added extra");
        assertFalse(a.bodyText().contains("}}"));
    }

    @Test
    void previousAndNextLinksAndCopyrightAreClutter() {
        Article a = clean("rail-nav-markup.txt");
        assertClutter(a, ClutterKind.PAGINATION, "Previous postCity council approves new budget");
        assertClutter(a, ClutterKind.PAGINATION, "Next postFlood warnings lifted");
        assertClutter(a, ClutterKind.DISCLAIMER, "© 2023 Example Media Group. All rights reserved.");
        assertBody(a, "apologised to passengers for the disruption.");
    }

    @Test
    void aNumericDatelineWithALabelIsStatedWithItsEvidence() {
        Article a = clean("rail-nav-markup.txt");
        assertEquals(DateBasis.STATED, a.date().basis());
        assertEquals(Optional.of(LocalDate.of(2023, 5, 12)), a.date().date());
        assertEquals("12.05.2023", a.date().evidence().orElseThrow().of(a.text()));
        assertClutter(a, ClutterKind.META, "Updated: 12.05.2023");
    }

    @Test
    void aGermanArticleGetsItsDatelineWidgetsAndTeaserFromTheGermanCues() {
        Article a = clean("museum-german.txt");
        assertEquals("de", a.lang());
        assertEquals(Optional.of(LocalDate.of(2022, 1, 15)), a.date().date());
        assertEquals(Optional.of(LocalTime.of(7, 30)), a.date().time());
        assertClutter(a, ClutterKind.META, "Veröffentlicht: 15. Januar 2022 um 07:30");
        assertClutter(a, ClutterKind.WIDGET, "Teilen");
        assertClutter(a, ClutterKind.WIDGET, "Drucken");
        assertClutter(a, ClutterKind.TEASER, "Lesen Sie auch: Neue Radwege");
        assertBody(a, "Der Eintritt ist in den ersten beiden Wochen frei");
    }

    @Test
    void aDatePrefixOfTheFirstParagraphIsMetaAndTheRestIsBody() {
        String text = " date 2023-06-01 The regional parliament voted on Tuesday to extend the night train service"
                + " to the coast for another three summers.\nMembers of all parties supported the proposal.";
        Article a = CLEANER.clean(RawArticle.ofText("prefix", text));
        CleanerInvariants.check(a);
        assertEquals(Optional.of(LocalDate.of(2023, 6, 1)), a.date().date());
        assertEquals(DateBasis.STATED, a.date().basis());
        assertClutter(a, ClutterKind.META, "date 2023-06-01");
        assertTrue(a.bodyText().startsWith("The regional parliament voted"), a.bodyText());
        assertEquals(Optional.empty(), a.title());
    }

    @Test
    void statedMetadataWinsOverWhatTheTextSays() {
        String text = fixture("harbour-teasers.txt");
        RawArticle raw = new RawArticle("stated", text, Optional.empty(), Optional.empty(),
                Optional.of("Valmer harbour reopens"), Optional.of("2023-02-04T09:00"), Optional.of("EN"),
                new Origin("stated", 1), 0);
        Article a = CLEANER.clean(raw);
        CleanerInvariants.check(a);
        assertEquals(Optional.of("Valmer harbour reopens"), a.title());
        assertEquals(Optional.empty(), a.titleSpan(), "the stated title does not open the text");
        assertEquals(Optional.of(LocalDate.of(2023, 2, 4)), a.date().date());
        assertEquals(Optional.of(LocalTime.of(9, 0)), a.date().time());
        assertEquals(Optional.empty(), a.date().evidence());
        assertEquals("en", a.lang());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2023-02-04T12:30:00+03:00|2023-02-04|09:30",
        "2023-02-03T23:45:10-05:00|2023-02-04|04:45",
        "2023-02-04T09:30Z|2023-02-04|09:30",
        "Sat, 04 Feb 2023 09:30:00 GMT|2023-02-04|09:30",
        "Sat, 4 Feb 2023 11:30:00 +0200|2023-02-04|09:30",
    })
    void aStatedTimestampWithAZoneIsTakenAtItsInstantInUtc(String stated, String day, String time) {
        // Two outlets in different zones stamp one moment differently: ordered by wall clocks, a copy would
        // seem to precede its source by the zones' difference.
        RawArticle raw = new RawArticle("zoned", "Valmer harbour reopens\n\nThe harbour reopened on Saturday.\n",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(stated), Optional.of("en"),
                new Origin("zoned", 1), 0);
        Article a = CLEANER.clean(raw);
        assertEquals(Optional.of(LocalDate.parse(day)), a.date().date());
        assertEquals(Optional.of(LocalTime.parse(time)), a.date().time());
        assertEquals(DateBasis.STATED, a.date().basis());
    }

    @Test
    void aZonedTimestampOutsideTheYearsDatesMayHaveIsNoDate() {
        RawArticle raw = new RawArticle("far", "Valmer harbour reopens\n\nThe harbour reopened on Saturday.\n",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("0001-01-01T00:00:00Z"),
                Optional.of("en"), new Origin("far", 1), 0);
        assertEquals(DateBasis.UNKNOWN, CLEANER.clean(raw).date().basis());
    }

    @Test
    void aCommentTimestampIsNeverTakenAsAStatedDate() {
        Article a = clean("bridge-comments.txt");
        assertFalse(a.date().basis() == DateBasis.STATED);
    }

    @Test
    void anInjectedLanguageIdentifierIsUsedOnTheBodyOnly() {
        StringBuilder seen = new StringBuilder();
        LanguageIdentifier spy = text -> {
            seen.append(text);
            return "xx";
        };
        Article a = new RuleCleaner(CleanerConfig.defaults().withLanguageIdentifier(spy))
                .clean(RawArticle.ofText("spy", fixture("harbour-teasers.txt")));
        assertEquals("xx", a.lang());
        assertFalse(seen.toString().contains("Le port de Valmer"), "the title was given to the identifier");
        assertFalse(seen.toString().contains("Lighthouse keeper"), "a teaser was given to the identifier");
        assertTrue(seen.toString().contains("The harbour of Valmer reopened"));
    }

    @Test
    void plainProseWithoutClutterIsAllBody() {
        String text = "The library will open on Sundays from March.\n\nVolunteers will staff the reading room.";
        Article a = CLEANER.clean(RawArticle.ofText("plain", text));
        assertEquals(List.of(), a.clutter());
        assertEquals(text.replace("\n\n", "\n\n"), a.bodyText());
        assertEquals(DateBasis.UNKNOWN, a.date().basis());
    }
}
