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
}
