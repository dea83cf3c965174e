package org.stemma.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
    private static final List<String> SOURCES = List.of(
            "Ferry service to Olm halted\nStorms closed the harbour at Olm on Monday.\nNo boats sailed.\nThe port "
                    + "authority expects to reopen on Wednesday.",
            "Library opens late\nThe new library in Parvey opened its doors a week after the planned date.\n"
                    + "Builders blamed the rain.",
            "   ");

    @Test
    void theSameSeedGivesTheSameCorpusAndEveryReportComesFromItsSourceLines() {
        CorpusGenerator g = new CorpusGenerator(CorpusGenerator.Settings.defaults());
        List<CorpusGenerator.Generated> a = g.generate(SOURCES, 50);
        assertEquals(a, g.generate(SOURCES, 50));
        assertEquals(50, a.size());
        assertEquals("gen-00", a.get(0).id());
        for (CorpusGenerator.Generated x : a) {
            for (String line : x.text().split("\n")) {
                assertTrue(SOURCES.get(0).contains(line) || SOURCES.get(1).contains(line), line);
            }
        }
    }

    @Test
    void withoutAnySourceTextGenerationIsRefused() {
        CorpusGenerator g = new CorpusGenerator(CorpusGenerator.Settings.defaults());
        assertThrows(IllegalArgumentException.class, () -> g.generate(List.of("", " \n "), 3));
    }

    @Test
    void theJsonlHasOneObjectPerArticle() throws IOException {
        StringWriter out = new StringWriter();
        CorpusGenerator.writeJsonl(new CorpusGenerator(CorpusGenerator.Settings.defaults()).generate(SOURCES, 3), out);
        String[] lines = out.toString().split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("{\"id\":\"gen-0\",\"title\":"), lines[0]);
    }
}
