package org.stemma.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.util.List;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.stemma.model.Article;
import org.stemma.model.PublicationDate;

class CreditLineExtractorTest {
    private final CreditLineExtractor extractor = new CreditLineExtractor(20_000);

    private List<String> names(String body) {
        Article a = Fixtures.article("x", "Title\n\n" + body, PublicationDate.UNKNOWN);
        return extractor.findAll(a).stream().map(Credit::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The story was first seen via Lake Harbour Press.|Lake Harbour Press",
        "Source: Northwind. com|Northwind. com",
        "The Daily Tern reported on Monday that the plant would close.|The Daily Tern",
        "Prices will rise, according to Baltic Wire Service.|Baltic Wire Service",
        "(c) 2020 Fjord Post|Fjord Post",
        "© Fjord Post|Fjord Post",
        "The figure was quoted by the Tern agency on Sunday.|Tern",
        "Fjord Post / Tern 2021.|Fjord Post",
        "Quelle: Nordwind Zeitung|Nordwind Zeitung",
    })
    void aCueNamesTheCreditedOutlet(String body, String expected) {
        assertEquals(List.of(expected), names(body));
    }

    @Test
    void pronounsAndLowerCaseWordsAreNeverCredited() {
        assertEquals(List.of(), names("It reported that prices rose. according to sources close to the talks."));
    }

    @Test
    void creditKeysIgnoreCaseArticlesSpacesAndDomainEndings() {
        assertEquals("northwind", CreditLineExtractor.key("Northwind. com"));
        assertEquals("northwind", CreditLineExtractor.key("The NORTHWIND"));
        assertEquals(CreditLineExtractor.key("Elden Courier"), CreditLineExtractor.key("The Elden Courier"));
    }

    @Test
    void aCueWithoutTheNamePlaceholderIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new CreditLineExtractor(100, List.of("source\tvia\\s+X")));
    }

    @Test
    void hugeAndOddInputIsBounded() {
        String junk = "via ".repeat(50_000) + "\u0000\uFFFD\uD800 Source: ";
        Article a = Fixtures.article("x", "T\n\n" + junk, PublicationDate.UNKNOWN);
        List<Credit> found = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> extractor.findAll(a));
        assertEquals(List.of(), found);
    }
}
