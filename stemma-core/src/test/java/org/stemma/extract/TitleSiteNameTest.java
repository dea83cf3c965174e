package org.stemma.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitleSiteNameTest {

    @Test
    void aPartThatNamesTheSiteIsCutAtEitherEndAndTheRestKeptAsWritten() {
        List<String> sites = List.of("the lantern gazette", "lanterngazette.example", "lanterngazette");
        assertEquals("Ferry fares rise – again", MetadataReader.stripSiteName(
                "Ferry fares rise – again – The Lantern Gazette", sites));
        assertEquals("Ferry fares rise", MetadataReader.stripSiteName(
                "lanterngazette.example » Ferry fares rise", sites));
    }

    @Test
    void dashesAndColonsOfAHeadlineDoNotSplitIt() {
        assertEquals("Harbour plan: council votes – and delays",
                MetadataReader.stripSiteName("Harbour plan: council votes – and delays", List.of()));
    }

    @Test
    void aBarAfterTheFirstPartKeepsTheHeadline() {
        assertEquals("Ferry fares rise", MetadataReader.stripSiteName(
                "Ferry fares rise | Some Regional Weekly Paper | News", List.of()));
    }

    @Test
    void aTitleThatIsOnlyTheSiteNameGivesWayToTheHeading() {
        String html = "<html><head><title>The Lantern Gazette</title>"
                + "<meta property='og:site_name' content='The Lantern Gazette'></head><body><article>"
                + "<h1>Night ferry returns after repairs</h1><p>The harbour authority said on Monday that the"
                + " night ferry will sail again from the first of the month, after six weeks of repairs.</p>"
                + "</article></body></html>";
        Extraction x = new DomExtractor(ExtractConfig.defaults()).extract(html, Optional.empty());
        assertEquals(Optional.of("Night ferry returns after repairs"), x.title());
    }

    @Test
    void characterReferencesLeftInAStatedTitleAreDecoded() {
        String html = "<html><head><meta property='og:title' content='Salt &amp;#038; pepper: the &amp;#8217;new&amp;#8217; rules'>"
                + "</head><body><article><p>The harbour authority said on Monday that the night ferry will sail"
                + " again from the first of the month, after six weeks of repairs.</p></article></body></html>";
        Extraction x = new DomExtractor(ExtractConfig.defaults()).extract(html, Optional.empty());
        assertEquals(Optional.of("Salt & pepper: the \u2019new\u2019 rules"), x.title());
    }

    @Test
    void aHeadlineInThePageHeaderIsPreferredToATitleWithADashedSiteName() {
        // no og:site_name: the dash does not split the title on its own, but the header's <h1> shows the headline
        String html = "<html><head><title>Night ferry returns after repairs - Friends of the Old Harbour</title>"
                + "</head><body><header class='page-header'><h1>Night ferry returns after repairs</h1></header>"
                + "<article><p>The harbour authority said on Monday that the night ferry will sail again from the"
                + " first of the month, after six weeks of repairs.</p></article></body></html>";
        Extraction x = new DomExtractor(ExtractConfig.defaults()).extract(html, Optional.empty());
        assertEquals(Optional.of("Night ferry returns after repairs"), x.title());
        // an <h1> in the header that is only a small part of the title (the site's name) is not the headline
        String site = "<html><head><title>Night ferry returns after repairs to the eastern pier - Old Harbour</title>"
                + "</head><body><header class='page-header'><h1>Old Harbour</h1></header>"
                + "<article><p>The harbour authority said on Monday that the night ferry will sail again from the"
                + " first of the month, after six weeks of repairs.</p></article></body></html>";
        Extraction y = new DomExtractor(ExtractConfig.defaults()).extract(site, Optional.empty());
        assertEquals(Optional.of("Night ferry returns after repairs to the eastern pier - Old Harbour"), y.title());
    }
}
