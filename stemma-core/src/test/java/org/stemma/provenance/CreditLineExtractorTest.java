package org.stemma.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.util.List;
import java.util.Optional;
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
        "Republished from Fjord Post with permission.|Fjord Post",
        "Republished with permission from the Elden Courier.|Elden Courier",
        "Syndicated from Lake Harbour Press.|Lake Harbour Press",
        "Used with permission of Baltic Wire Service.|Baltic Wire Service",
        "Read the original article on Northwind. com|Northwind. com",
        "Read the full story at Fjord Post.|Fjord Post",
        "This story first appeared on Elden Courier.|Elden Courier",
        "This article originally appeared in the Daily Tern.|Daily Tern",
        "Baltic Wire Service contributed to this report.|Baltic Wire Service",
        "ELDEN, March 3 (Baltic Wire Service) - The plant will close.|Baltic Wire Service",
        "(Fjord Post) \u2014 The plant will close.|Fjord Post",
    })
    void aCueNamesTheCreditedOutlet(String body, String expected) {
        assertEquals(List.of(expected), names(body));
    }

    @Test
    void aCreditOnTheFirstLineIsFoundThoughTheCleanStageReadItAsTheTitle() {
        // A copier that puts "Source: X" on top: short and unpunctuated, the line is read as the title.
        Article a = Fixtures.article("x", "Source: Fjord Post\n\nThe plant will close in May.", PublicationDate.UNKNOWN);
        assertEquals(Optional.of("Source: Fjord Post"), a.title());
        assertEquals(List.of("Fjord Post"), extractor.findAll(a).stream().map(Credit::name).toList());
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
        // an outlet listed by its address is keyed by its host's name
        assertEquals("eldencourier", CreditLineExtractor.key("https://www.eldencourier.co.uk/news/1"));
        assertEquals("northwind", CreditLineExtractor.key("m.northwind.com"));
        assertEquals("fjordposttern", CreditLineExtractor.key("Fjord Post / Tern"));
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
        "(?i:\\bvia)\\s+NAME;via",
        "(?i:\\bquoted\\s+by)\\s+NAME;quoted",
        "(?i:\\boriginally\\s+published\\s+(?:by|in|on))\\s+NAME;originally",
        "(?i:\\bsources?)\\s*:\\s*NAME;source",
        "(?i:\\bvia|from)\\s+NAME;null",
        "(?i:\\bvia)?\\s*NAME;null",
        "(?i:\\bvia)\\s+NAME|NAME\\s+wrote;null",
        "NAME\\s+(?i:reported)\\b;null",
        "(?:©|(?i:\\bcopyright))\\s*NAME;null",
    })
    void aCuesKeywordIsReadOffOnlyWhenEveryMatchHoldsIt(String regex, String expected) {
        assertEquals(expected, CreditLineExtractor.requiredLiteral(regex));
    }

    /** The keyword test may only skip windows where the cue's pattern finds nothing. */
    @Test
    void theKeywordTestNeverHidesACredit() throws java.io.IOException {
        List<String> cueLines;
        try (var in = CreditLineExtractor.class.getResourceAsStream("credit-cues.txt")) {
            cueLines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith("source\t") || l.startsWith("attribution\t")).toList();
        }
        String[] words = {"via", "VIA", "Via", "source", "Sources", ":", "quoted", "by", "According", "to",
            "reported", "Reported", "cited", "zufolge", "Quelle", "Fuente", "(c)", "©", "2021", "Lake", "Harbour",
            "Press", "the", "The", "/", ".", "\n", "courtesy", "of", "first", "published", "in", "berichtete",
            "die", "reprinted", "from", "originally", "İstanbul", "ΣΟΦΙΑ"};
        java.util.Random random = new java.util.Random(7);
        int withKeyword = 0;
        for (String line : cueLines) {
            String regex = line.substring(line.indexOf('\t') + 1);
            String literal = CreditLineExtractor.requiredLiteral(regex);
            if (literal == null) {
                continue;
            }
            withKeyword++;
            java.util.regex.Pattern one = new CreditLineExtractor(20_000, List.of(line)).patternsForTest().get(0);
            for (int round = 0; round < 3_000; round++) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0, n = 1 + random.nextInt(8); k < n; k++) {
                    sb.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
                }
                String text = sb.toString();
                if (one.matcher(text).find()) {
                    org.junit.jupiter.api.Assertions.assertTrue(
                            text.toLowerCase(java.util.Locale.ROOT).contains(literal), regex + " in " + text);
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(withKeyword >= 10, "keywords read off " + withKeyword + " cues");
    }
}
