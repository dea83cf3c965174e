package org.stemma.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
    private static final List<String> SOURCES = List.of(
            "Ferry service to Olm halted\nStorms closed the harbour at Olm on Monday after a night of gales.\n"
                    + "No boats sailed from the northern quay and the ticket office stayed shut.\nThe port "
                    + "authority expects to reopen on Wednesday if the wind drops as forecast.",
            "Library opens late\nThe new library in Parvey opened its doors a week after the planned date.\n"
                    + "Builders blamed the rain that flooded the site twice during the autumn.",
            "   ");

    @Test
    void theSameSeedGivesTheSameCorpusAndTheFirstEventsAreTheRealSources() {
        CorpusGenerator g = new CorpusGenerator(CorpusGenerator.Settings.defaults());
        List<CorpusGenerator.Generated> a = g.generate(SOURCES, 50);
        assertEquals(a, g.generate(SOURCES, 50));
        assertEquals(50, a.size());
        assertEquals("gen-00", a.get(0).id());
        for (CorpusGenerator.Generated x : a) {
            if (x.event() < 2 && x.story() == 0 && x.parent().isEmpty()) {
                assertTrue(SOURCES.stream()
                        .anyMatch(s -> s.strip().equals(x.text().strip())), x.text());
            }
        }
    }

    @Test
    void aCopyKeepsLinesOfItsParentAndComesFromAnotherOutletNoEarlier() {
        List<CorpusGenerator.Generated> a = new CorpusGenerator(CorpusGenerator.Settings.defaults())
                .generate(SOURCES, 400);
        Map<String, CorpusGenerator.Generated> byId = new HashMap<>();
        a.forEach(x -> byId.put(x.id(), x));
        int copies = 0;
        for (CorpusGenerator.Generated x : a) {
            if (x.parent().isEmpty()) {
                continue;
            }
            copies++;
            CorpusGenerator.Generated p = byId.get(x.parent().get());
            assertEquals(p.event(), x.event());
            assertEquals(p.story(), x.story());
            assertNotEquals(p.outlet(), x.outlet());
            assertTrue(!x.date().isBefore(p.date()), x.id());
            // a kept line may carry up to three word edits, so compare word by word
            assertTrue(List.of(x.text().split("\n")).stream().anyMatch(line -> List.of(p.text().split("\n"))
                    .stream().anyMatch(pl -> sameWords(line, pl) * 2 > pl.split(" ").length)), x.id());
        }
        assertTrue(copies > 40 && copies < 360, "copies " + copies);
    }

    private static int sameWords(String x, String y) {
        String[] a = x.split(" ");
        String[] b = y.split(" ");
        int same = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            same += a[i].equals(b[i]) ? 1 : 0;
        }
        return a.length == b.length ? same : 0;
    }

    @Test
    void aLaterEventOfOneSourceSharesNoLineWithTheFirst() {
        List<CorpusGenerator.Generated> a = new CorpusGenerator(CorpusGenerator.Settings.defaults())
                .generate(SOURCES, 200);
        Set<String> real = new HashSet<>();
        SOURCES.forEach(s -> real.addAll(List.of(s.split("\n"))));
        assertTrue(a.stream().anyMatch(x -> x.event() >= 2), "the pool of two sources is used again");
        for (CorpusGenerator.Generated x : a) {
            if (x.event() >= 2 && x.story() == 0 && x.parent().isEmpty()) {
                // one-word lines may map onto themselves; a line of several words practically never does
                for (String line : x.text().split("\n")) {
                    assertTrue(line.split(" ").length < 3 || !real.contains(line), line);
                }
            }
        }
    }

    @Test
    void aPermutationKeepsSpacingPunctuationAndTheWordCount() {
        String text = "The port, the port and the boats.\nNo boats sailed!";
        String p = CorpusGenerator.permute(text, 3, 42);
        assertEquals(text.replaceAll("\\p{L}+", "w"), p.replaceAll("\\p{L}+", "w"));
        assertEquals(p, CorpusGenerator.permute(text, 3, 42));
    }

    @Test
    void withoutAnySourceTextGenerationIsRefused() {
        CorpusGenerator g = new CorpusGenerator(CorpusGenerator.Settings.defaults());
        assertThrows(IllegalArgumentException.class, () -> g.generate(List.of("", " \n "), 3));
    }

    @Test
    void theJsonlAndTheTruthHaveOneObjectPerArticle() throws IOException {
        List<CorpusGenerator.Generated> a = new CorpusGenerator(CorpusGenerator.Settings.defaults())
                .generate(SOURCES, 3);
        StringWriter out = new StringWriter();
        CorpusGenerator.writeJsonl(a, out);
        String[] lines = out.toString().split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("{\"id\":\"gen-0\",\"outlet\":\"outlet-"), lines[0]);
        StringWriter truth = new StringWriter();
        CorpusGenerator.writeTruth(a, truth);
        String[] t = truth.toString().split("\n");
        assertEquals(3, t.length);
        assertTrue(t[0].startsWith("{\"id\":\"gen-0\",\"event\":0,\"story\":\"0.0\",\"parent\":null"), t[0]);
    }
}
