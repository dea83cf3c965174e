package org.stemma.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stemma.model.Clutter;
import org.stemma.model.ClutterKind;
import org.stemma.model.DateBasis;
import org.stemma.model.Span;

class DomExtractorTest {
    private static final DomExtractor EXTRACTOR = new DomExtractor(ExtractConfig.defaults());

    static String fixture(String name) throws IOException {
        try (InputStream in = DomExtractorTest.class.getResourceAsStream("/extract/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void mainTextKeepsParagraphsHeadingsAndListItemsAndLeavesClutterOut() throws IOException {
        Extraction x = EXTRACTOR.extract(fixture("article.html"), Optional.empty());
        String main = x.mainText();
        assertTrue(main.contains("The old harbour bridge will reopen to traffic on Monday"), main);
        assertTrue(main.contains("What changes for drivers"), main);
        assertTrue(main.contains("Cyclists get a separate lane on the northern side."), main);
        assertTrue(main.contains("a market would be held on the bridge in June."), main);
        assertTrue(main.contains("\n\nEngineers replaced"), "paragraphs are separated by a blank line: " + main);
        for (String clutter : List.of("cookie policy", "Sport", "Share on Facebook", "Ferry timetable",
                "Finally! I have been driving", "All rights reserved", "hidden and must not appear")) {
            assertFalse(main.contains(clutter), clutter + " leaked into " + main);
        }
    }

    @Test
    void clutterStaysInTheTextWithItsKind() throws IOException {
        Extraction x = EXTRACTOR.extract(fixture("article.html"), Optional.empty());
        assertTrue(x.text().contains("Finally! I have been driving"), "comments stay in the text");
        assertFalse(x.text().contains("hidden and must not appear"), "hidden text is not visible text");
        assertEquals(ClutterKind.COMMENTS, kindAt(x, "Finally! I have been driving"));
        assertEquals(ClutterKind.WIDGET, kindAt(x, "Share on Facebook"));
        assertEquals(ClutterKind.TEASER, kindAt(x, "Ferry timetable"));
        assertEquals(ClutterKind.NAVIGATION, kindAt(x, "Sport"));
        assertEquals(ClutterKind.DISCLAIMER, kindAt(x, "cookie policy"));
        assertEquals(ClutterKind.META, kindAt(x, "By Mara Okafor"));
    }

    @Test
    void bodyAndClutterPartitionTheBlocksWithOffsetsInRange() throws IOException {
        Extraction x = EXTRACTOR.extract(fixture("article.html"), Optional.empty());
        List<Span> all = new ArrayList<>(x.body());
        x.clutter().forEach(c -> all.add(c.span()));
        all.sort(null);
        for (int i = 0; i < all.size(); i++) {
            Span s = all.get(i);
            assertTrue(s.end() <= x.text().length());
            assertFalse(s.isEmpty());
            if (i > 0) {
                assertTrue(all.get(i - 1).end() <= s.start(), "spans overlap: " + all.get(i - 1) + " " + s);
            }
        }
        String covered = all.stream().map(s -> s.of(x.text())).collect(Collectors.joining());
        assertEquals(x.text().replaceAll("\\s", "").length(), covered.replaceAll("\\s", "").length(),
                "every visible char is body or clutter");
    }

    @Test
    void metadataComesWithItsSource() throws IOException {
        Extraction x = EXTRACTOR.extract(fixture("article.html"), Optional.of("https://courier.example/x"));
        assertEquals(Optional.of("Harbour bridge to reopen after repairs"), x.title());
        assertEquals(Optional.of(LocalDate.of(2023, 5, 14)), x.date().date());
        assertEquals(DateBasis.STATED, x.date().basis());
        assertEquals(DateSource.JSON_LD, x.dateSource());
        assertEquals(Optional.of("Mara Okafor"), x.author());
        assertEquals(Optional.of("The Riverside Courier"), x.outlet());
        assertEquals(Optional.of("en"), x.lang());
        assertEquals(Optional.of("https://courier.example/news/harbour-bridge-reopens"), x.url());
    }

    @Test
    void aDateIsNeverReadFromCommentsButTheUrlMayGiveOne() throws IOException {
        String html = fixture("no-date-but-comments.html");
        Extraction none = EXTRACTOR.extract(html, Optional.empty());
        assertEquals(DateBasis.UNKNOWN, none.date().basis(), "the comment's date is not the article's");
        assertEquals(DateSource.NONE, none.dateSource());
        Extraction fromUrl = EXTRACTOR.extract(html, Optional.of("https://gardens.example/2022/09/30/orchard"));
        assertEquals(Optional.of(LocalDate.of(2022, 9, 30)), fromUrl.date().date());
        assertEquals(DateSource.URL, fromUrl.dateSource());
        assertEquals(Optional.of("Allotment society plants an orchard"), fromUrl.title());
        assertEquals(Optional.of("gardens.example"), fromUrl.outlet());
    }

    @Test
    void aDateWrittenInTheArticleIsFoundWithItsEvidence() {
        String html = "<html><body><article><p class='dateline'>Published 14 March 2021</p>"
                + "<p>The village hall will host a repair café every second Saturday from April onwards.</p>"
                + "</article></body></html>";
        Extraction x = EXTRACTOR.extract(html, Optional.empty());
        assertEquals(DateSource.TEXT, x.dateSource());
        assertEquals(Optional.of(LocalDate.of(2021, 3, 14)), x.date().date());
        assertEquals("14 March 2021", x.date().evidence().orElseThrow().of(x.text()));
    }

    /** An article whose lead sits in a header before the container, named like a teaser. */
    private static final String LEAD_PAGE = "<html><body><nav><ul><li><a href='/'>Home</a></li>"
            + "<li><a href='/news'>News</a></li></ul></nav><main><header class='article-header'>"
            + "<h1>Reservoir levels recover after a wet spring</h1>"
            + "<div class='teaser-text'><p>After two dry years the valley reservoirs are nearly full again, and"
            + " the water board has lifted the hosepipe ban it imposed last summer.</p></div>"
            + "<p class='byline'>By Ana Ferreira</p><div class='share'><a href='#'>Share</a></div></header>"
            + "<div class='article-body'><p>The board said on Tuesday that the upper reservoir stood at 96 percent"
            + " of its capacity, up from barely half at the same time last year.</p>"
            + "<p>Engineers credit three months of steady rain and the repaired dam on the eastern arm, which no"
            + " longer leaks into the old quarry.</p><p>Farmers downstream welcomed the news but asked for a"
            + " say in how the spring flood releases are timed in future years.</p></div></main>"
            + "<footer><p>Copyright the Valley Courier, all rights reserved, reproduction prohibited.</p></footer>"
            + "</body></html>";

    @Test
    void theLeadBeforeTheBodyIsBodyThoughItsElementIsNamedLikeATeaser() {
        Extraction x = EXTRACTOR.extract(LEAD_PAGE, Optional.empty());
        String main = x.mainText();
        assertTrue(main.contains("After two dry years the valley reservoirs"), main);
        assertTrue(main.contains("The board said on Tuesday"), main);
        assertFalse(main.contains("By Ana Ferreira"), "bylines between lead and body stay clutter: " + main);
        assertFalse(main.contains("Copyright"), main);
        assertFalse(main.contains("Home"), main);
    }

    @Test
    void theLeadSearchStopsAtTheHeadlineAndAtLongBlocksThatAreNotProse() {
        // a teaser paragraph above the headline belongs to another story
        String above = "<html><body><div class='teaser-text'><p>Elsewhere today: the county fair opens its gates"
                + " on Friday with a record number of stalls and a new night market.</p></div>"
                + "<h1>Reservoir levels recover</h1><div class='article-body'><p>The board said on Tuesday that"
                + " the upper reservoir stood at 96 percent of its capacity, up from half last year.</p><p>Engineers"
                + " credit three months of steady rain and the repaired dam on the eastern arm.</p></div></body></html>";
        String main = EXTRACTOR.extract(above, Optional.empty()).mainText();
        assertFalse(main.contains("county fair"), main);
        // a lead whose words are mostly links is a teaser list, not a lead
        String linked = "<html><body><h1>Reservoir levels recover</h1><div class='teaser-text'><p><a href='/a'>"
                + "County fair opens on Friday with a record number of stalls</a> and <a href='/b'>a new night"
                + " market in the old town square</a></p></div><div class='article-body'><p>The board said on"
                + " Tuesday that the upper reservoir stood at 96 percent of its capacity.</p><p>Engineers credit"
                + " three months of steady rain and the repaired dam on the eastern arm.</p></div></body></html>";
        assertFalse(EXTRACTOR.extract(linked, Optional.empty()).mainText().contains("County fair"));
        // a notice between the lead candidate and the body ends the search
        String notice = "<html><body><h1>Reservoir levels recover</h1><p>After two dry years the valley"
                + " reservoirs are nearly full again, and the board has lifted the hosepipe ban.</p>"
                + "<div class='cookie-notice'><p>We use cookies to measure how our pages are read and to remember"
                + " your settings; you can refuse them at any time.</p></div><div class='article-body'><p>The board"
                + " said on Tuesday that the upper reservoir stood at 96 percent of its capacity.</p><p>Engineers"
                + " credit three months of steady rain and the repaired dam on the eastern arm.</p><p>Farmers"
                + " downstream welcomed the news but asked for a say in how the spring flood releases are timed.</p>"
                + "<p>The board will publish the reservoir levels every week on its notice board until the autumn.</p>"
                + "<p>Anglers, who had complained about the low water, expect a good season on the upper lake.</p>"
                + "</div></body></html>";
        String noticeMain = EXTRACTOR.extract(notice, Optional.empty()).mainText();
        assertFalse(noticeMain.contains("After two dry years"), noticeMain);
        assertFalse(noticeMain.contains("cookies"), noticeMain);
    }

    @Test
    void shortLinesPastTheLastParagraphOutsideTheTextColumnAreClutterButNotThoseInsideIt() {
        // the page says the body holds the box too, so the container does
        String html = "<html><body><h1>Orchard society plants forty trees</h1><div itemprop='articleBody'><div>"
                + "<p>Volunteers of the orchard society planted forty young apple and pear trees on the slope"
                + " behind the school on Saturday morning.</p><p>The varieties were chosen from old local"
                + " stock, grafted last winter in the society's own nursery by its members.</p>"
                + "<p>Regards, the committee</p></div>"
                + "<div><h3>More on this</h3><p>Picture: J. Holm</p></div></div></body></html>";
        Extraction x = EXTRACTOR.extract(html, Optional.empty());
        String main = x.mainText();
        assertTrue(main.contains("grafted last winter"), main);
        assertTrue(main.contains("Regards, the committee"), "a short line inside the column stays: " + main);
        assertFalse(main.contains("More on this"), main);
        assertFalse(main.contains("Picture: J. Holm"), main);
        assertTrue(x.text().contains("Picture: J. Holm"), "clutter stays in the page's text");
        // a section heading outside the column that a paragraph follows is the article's, and stays (a heading
        // that only sends the reader elsewhere, like "More on this", goes by its words whatever follows it)
        String sections = html.replace("<h3>More on this</h3><p>Picture: J. Holm</p>", "<h3>Next spring</h3>"
                + "<p>The society will plant another thirty trees in the spring if the first ones take root well.</p>");
        String sectionsMain = EXTRACTOR.extract(sections, Optional.empty()).mainText();
        assertTrue(sectionsMain.contains("Next spring"), sectionsMain);
    }

    private static final String CREDIT_PAGE = "<html><body><h1>Harbour seals return to the estuary</h1>"
            + "<div class='article-body'><p>Counters from the wildlife trust saw more than sixty harbour seals on"
            + " the sandbanks of the estuary this week, the most since the survey began.</p>"
            + "<div class='pic'><p>Seals resting on the northern sandbank. Foto: Lena Brandt</p></div>"
            + "<p>The trust credits the quieter shipping lane and cleaner water for the seals' return.</p>"
            + "<p>Source: the trust's annual survey</p>"
            + "<p>The photographer Lena Brandt, who has watched the seals for ten years, said she had never"
            + " counted so many pups on one tide. Her pictures of the colony are shown at the library.</p>"
            + "<p>The survey will be repeated in the autumn, when the seals moult.</p></div></body></html>";

    @Test
    void creditAndSourceLinesInTheTextColumnAreClutterButNotParagraphsThatMentionThem() {
        Extraction x = EXTRACTOR.extract(CREDIT_PAGE, Optional.empty());
        String main = x.mainText();
        assertFalse(main.contains("Foto: Lena Brandt"), main);
        assertFalse(main.contains("Source: the trust"), main);
        assertEquals(ClutterKind.META, kindAt(x, "Foto: Lena Brandt"));
        assertTrue(main.contains("The trust credits the quieter shipping lane"), main);
        assertTrue(main.contains("The photographer Lena Brandt"), "a paragraph naming a photographer stays: " + main);
        // a copyright sign marks a credit too, in any language
        String copyright = CREDIT_PAGE.replace("Foto: Lena Brandt", "© L. Brandt / Agentur");
        assertFalse(EXTRACTOR.extract(copyright, Optional.empty()).mainText().contains("L. Brandt / Agentur"));
        // a credit label in a long paragraph is the story's
        String longLine = CREDIT_PAGE.replace("Foto: Lena Brandt", "Foto: Lena Brandt, who spent three nights in a"
                + " hide on the dunes to take this picture of the colony at low tide, as the trust's volunteers counted.");
        assertTrue(EXTRACTOR.extract(longLine, Optional.empty()).mainText().contains("spent three nights"));
    }

    private static final String PROMPT_PAGE = "<html><body><h1>Night buses return to the valley</h1>"
            + "<div class='article-body'><p>The regional transport board will run night buses between the"
            + " three valley towns again from March, after a two-year pause.</p>"
            + "<p>PROMPT</p>"
            + "<p>Buses leave the station square every hour from midnight until four on Fridays and"
            + " Saturdays.</p><p>The board said it would review the timetable after the summer.</p></div>"
            + "</body></html>";

    @Test
    void aShortCallToSubscribeFollowOrSupportIsClutterInEachLanguageWeRead() {
        for (String prompt : List.of("Sign up for our free morning briefing.",
                "Follow us on social media for the latest updates.",
                "Download our app for iOS and Android to read every story.",
                "Abonnieren Sie unseren Newsletter und verpassen Sie nichts mehr!",
                "Unterstützen Sie unsere Arbeit mit einem Abo.",
                "¿Te gusta lo que lees? Únete a nuestra comunidad de lectores.",
                "Suivez-nous sur les réseaux sociaux.",
                "Wesprzyj nas darowizną.")) {
            Extraction x = EXTRACTOR.extract(PROMPT_PAGE.replace("PROMPT", prompt), Optional.empty());
            assertFalse(x.mainText().contains(prompt), prompt + " stayed in " + x.mainText());
            assertEquals(ClutterKind.DISCLAIMER, kindAt(x, prompt));
            assertTrue(x.mainText().contains("Buses leave the station square"), x.mainText());
        }
        // the story's own words about signing up or subscribing, and long paragraphs, stay
        for (String story : List.of("Passengers can sign up to be told by text message when a bus is late.",
                "The board, which asked riders to subscribe to a season ticket last year, sold fewer than expected,"
                        + " and the council now wants to know why so few commuters in the three valley towns took the"
                        + " offer up, given that the price had been cut twice and the buses ran on time far more often"
                        + " than the trains did.")) {
            String main = EXTRACTOR.extract(PROMPT_PAGE.replace("PROMPT", story), Optional.empty()).mainText();
            assertTrue(main.contains(story), main);
        }
    }

    @Test
    void seeAlsoLinesDateLinesCaptionLabelsAndAdLabelsAreClutterByTheirOwnWords() {
        for (String line : List.of("Lesen Sie auch", "Read more:", "Zum Weiterlesen:", "Czytaj także",
                "12.03.2021", "Aktualisiert am 17.01.2021.", "March 4, 2021", "16 marca 2021",
                "Abbildung 4: Die Schichten im Querschnitt.", "Titelbild: M. Berger", "Figure 2: Water levels",
                "*Werbung. Dieser Beitrag enthält Werbung.", "Anzeige", "Advertisement", "Kontakt:",
                "Weitere Informationen", "More information:")) {
            Extraction x = EXTRACTOR.extract(PROMPT_PAGE.replace("PROMPT", line), Optional.empty());
            assertFalse(x.mainText().contains(line), line + " stayed in " + x.mainText());
            assertTrue(x.mainText().contains("Buses leave the station square"), x.mainText());
        }
        assertEquals(ClutterKind.TEASER, kindAt(EXTRACTOR.extract(PROMPT_PAGE.replace("PROMPT", "Lesen Sie auch"),
                Optional.empty()), "Lesen Sie auch"));
        assertEquals(ClutterKind.META, kindAt(EXTRACTOR.extract(PROMPT_PAGE.replace("PROMPT", "12.03.2021"),
                Optional.empty()), "12.03.2021"));
        // the same words inside the story's sentences, or a section named after them, stay
        for (String story : List.of("Read more about the timetable on the board's notice at the station.",
                "Werbung – Sprache und Botschaft", "On 12.03.2021 the board first proposed the night buses.",
                "The figure of 40 buses a night was named in the report.",
                "Anzeigen gegen den Fahrer wurden nicht erstattet, sagte die Polizei.",
                "Kontakt zur Polizei hatte der Fahrer nach eigener Aussage nicht.")) {
            String main = EXTRACTOR.extract(PROMPT_PAGE.replace("PROMPT", story), Optional.empty()).mainText();
            assertTrue(main.contains(story), main);
        }
    }

    private static final String BOXES_PAGE = "<html><body><h1>Allotments get a rainwater tank</h1>"
            + "<div class='article-body'><p>The allotment association installed a tank that collects rain from"
            + " the roof of the tool shed and can water all forty plots for a week.</p>"
            + "<div class='BOX'><p>This article contains links to shops; we may receive a commission when you buy"
            + " through them, which does not change what we write.</p></div>"
            + "<p>Members paid for half of the tank themselves and the district council paid for the rest.</p>"
            + "<p>The association hopes to add a second tank next to the greenhouse next spring.</p></div>"
            + "</body></html>";

    @Test
    void boxesNamedAsDisclosuresCallsToActionDonationsFactboxesOrPictureLegendsAreClutter() {
        for (String box : List.of("editorial-disclosure", "affiliate-text", "article-donation-cta", "cta",
                "mol-factbox", "image-description", "legend")) {
            Extraction x = EXTRACTOR.extract(BOXES_PAGE.replace("BOX", box), Optional.empty());
            assertFalse(x.mainText().contains("commission"), box + ": " + x.mainText());
            assertTrue(x.mainText().contains("Members paid for half"), box + ": " + x.mainText());
        }
        assertEquals(ClutterKind.DISCLAIMER, kindAt(EXTRACTOR.extract(BOXES_PAGE.replace("BOX", "disclosure-text"),
                Optional.empty()), "commission"));
        assertEquals(ClutterKind.META, kindAt(EXTRACTOR.extract(BOXES_PAGE.replace("BOX", "img-caption legend"),
                Optional.empty()), "commission"));
        // a box with no such name is the article's
        assertTrue(EXTRACTOR.extract(BOXES_PAGE.replace("BOX", "text-box"), Optional.empty()).mainText()
                .contains("commission"));
    }

    @Test
    void aPageBuildersWidgetWrappersAreLayoutNotSidebarWidgets() {
        String widget = "<div class='elementor-widget elementor-widget-text-editor'><div"
                + " class='elementor-widget-container'><p>TEXT</p></div></div>";
        String html = "<html><body><h1>The choir's new season</h1>"
                + widget.replace("TEXT", "The town choir opens its season in the old church with a programme of"
                + " songs from the valley, most of them never recorded.")
                + widget.replace("TEXT", "Rehearsals moved to the school hall this year, which the choir says"
                + " has better light and a piano that stays in tune.")
                + widget.replace("TEXT", "New singers are welcome at any rehearsal; no audition is needed and"
                + " the first month is free of charge.")
                + "<div class='widget widget_recent_entries'><p>Recent posts: the summer concert, the"
                + " winter concert and the spring concert of last year.</p></div></body></html>";
        String main = EXTRACTOR.extract(html, Optional.empty()).mainText();
        assertTrue(main.contains("opens its season") && main.contains("Rehearsals moved")
                && main.contains("New singers are welcome"), main);
        assertFalse(main.contains("Recent posts"), "a sidebar widget is still clutter: " + main);
    }

    @Test
    void anOpinionPieceNamedCommentaryAndASectionThatMerelyHasAdsAreNotClutter() {
        String first = "<p>The council's plan to close the night bus routes saves little money and strands the"
                + " people who work the late shifts at the hospital and the bakery.</p>";
        String second = "<p>A city that wants its nurses and bakers to arrive on time should keep the buses and"
                + " find the money elsewhere in a budget of this size.</p>";
        // templates split a piece into sections; each names the piece's genre or its layout, not a role
        String commentary = "<html><body><nav><a href='/'>Home</a></nav><div class='commentary'>" + first
                + "</div><div class='commentary'>" + second + "</div></body></html>";
        String main = EXTRACTOR.extract(commentary, Optional.empty()).mainText();
        assertTrue(main.contains("strands the people") && main.contains("keep the buses"), main);
        String hasAds = "<html><body><section class='o-section'>" + first + "</section>"
                + "<section class='o-section o-section--has-ads'>" + second + "</section></body></html>";
        String adsMain = EXTRACTOR.extract(hasAds, Optional.empty()).mainText();
        assertTrue(adsMain.contains("strands the people") && adsMain.contains("keep the buses"), adsMain);
        // a reader comment and an ad box are still clutter
        String comments = commentary.replace("</body>", "<div class='comment'><p>I work nights at the bakery"
                + " and would have to walk an hour home without the bus.</p></div></body>");
        assertFalse(EXTRACTOR.extract(comments, Optional.empty()).mainText().contains("I work nights"));
        assertFalse(EXTRACTOR.extract(hasAds.replace("o-section--has-ads", "ad-box"), Optional.empty()).mainText()
                .contains("keep the buses"));
    }

    @Test
    void aPublishedDateInAPostHeaderNamedLikeAPageHeaderCounts() {
        String body = "<p>The village hall will host a repair café every second Saturday from April onwards, the"
                + " committee said.</p><p>Volunteers will mend bicycles, lamps, toasters and clothes for free.</p>";
        String header = "<html><body><article><header class='entry-header'><h1>Repair café opens</h1>"
                + "<a href='/2019/02/10/repair' rel='bookmark'><time class='entry-date published'"
                + " datetime='2019-02-10T09:30:10+01:00'>10. Februar</time></a></header>" + body
                + "</article></body></html>";
        Extraction x = EXTRACTOR.extract(header, Optional.empty());
        assertEquals(DateSource.TIME_ELEMENT, x.dateSource());
        assertEquals(Optional.of(LocalDate.of(2019, 2, 10)), x.date().date());
        // a Dublin Core RDFa date states the same
        String rdfa = "<html><body><article><h1>Repair café opens</h1><p class='submitted'><span"
                + " property='dc:date dc:created' content='2019-07-07T18:44:31+02:00'>Sunday</span></p>" + body
                + "</article></body></html>";
        assertEquals(Optional.of(LocalDate.of(2019, 7, 7)), EXTRACTOR.extract(rdfa, Optional.empty()).date().date());
        // a published date in a teaser for another post is not this page's
        String teaser = "<html><body><article><h1>Repair café opens</h1>" + body + "</article>"
                + "<div class='related-posts'><a href='/x'>Older post</a><time class='entry-date published'"
                + " datetime='2018-05-01'>1 May</time></div></body></html>";
        assertTrue(EXTRACTOR.extract(teaser, Optional.empty()).date().date().isEmpty());
    }

    @Test
    void sameInputSameOutput() throws IOException {
        String html = fixture("article.html");
        assertEquals(EXTRACTOR.extract(html, Optional.empty()), EXTRACTOR.extract(html, Optional.empty()));
    }

    @Test
    void emptyAndBlankPagesGiveEmptyText() {
        for (String html : List.of("", "   ", "<html></html>", "<html><body><script>var a=1;</script></body></html>")) {
            Extraction x = EXTRACTOR.extract(html, Optional.empty());
            assertTrue(x.text().isBlank(), "'" + html + "' gave " + x.text());
            assertTrue(x.body().isEmpty());
        }
    }

    @Test
    void truncatedHtmlStillGivesItsText() throws IOException {
        String html = fixture("article.html");
        String cut = html.substring(0, html.indexOf("Engineers replaced") + 30);
        Extraction x = EXTRACTOR.extract(cut, Optional.empty());
        assertTrue(x.mainText().contains("The old harbour bridge will reopen"), x.text());
        assertTrue(x.text().contains("Engineers replaced the rusted"), x.text());
    }

    @Test
    void hundredThousandLevelsOfNestingAreBounded() {
        int levels = 100_000;
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(levels)).append("deep words at the bottom of the pit");
        sb.append("</div>".repeat(levels)).append("<p>A paragraph after the pit, long enough to be prose.</p></body></html>");
        String html = sb.toString();
        Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> EXTRACTOR.extract(html, Optional.empty()));
        assertTrue(x.text().contains("deep words at the bottom of the pit"), "deep text is kept as flat text");
        assertTrue(x.warnings().stream().anyMatch(w -> w.contains("nested deeper")), x.warnings().toString());
    }

    @Test
    void aTwentyMegabytePageIsCutToTheLimitWithAWarning() {
        String para = "<p>Council meeting notes repeated to fill a very large page with text.</p>\n";
        String html = "<html><body>" + para.repeat(20_000_000 / para.length()) + "</body></html>";
        Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> EXTRACTOR.extract(html, Optional.empty()));
        assertTrue(x.warnings().stream().anyMatch(w -> w.contains("cut to")), x.warnings().toString());
        assertFalse(x.body().isEmpty());
    }

    @Test
    void randomJunkNeverThrowsAndKeepsSpansInRange() {
        Random random = new Random(20240517L);
        String alphabet = "<>/=\"' abcdivpscriptè\u00A0\u200B\uFFFD&;#\n\t-!";
        for (int round = 0; round < 300; round++) {
            int n = random.nextInt(400);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = sb.toString();
            Extraction x = EXTRACTOR.extract(input, Optional.empty());
            for (Clutter c : x.clutter()) {
                assertTrue(c.span().end() <= x.text().length(), "seed round " + round + ": " + input);
            }
        }
    }

    private static ClutterKind kindAt(Extraction x, String phrase) {
        int at = x.text().indexOf(phrase);
        assertTrue(at >= 0, phrase + " not in text");
        Set<ClutterKind> kinds = x.clutter().stream().filter(c -> c.span().contains(at)).map(Clutter::kind)
                .collect(Collectors.toSet());
        assertEquals(1, kinds.size(), phrase + " is in clutter " + kinds + "; body " + x.mainText());
        return kinds.iterator().next();
    }
}
