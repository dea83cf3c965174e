package org.stemma.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.extract.DomExtractor;
import org.stemma.extract.ExtractConfig;

class ExtractionEvaluationTest {

    private static void page(Path html, String file, String paragraph) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(html.resolve(file + ".gz")))) {
            out.write(("<html><body><article><p>" + paragraph + "</p></article></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void halvesSplitThePagesBySortedFileNameAndAddUpToTheWhole(@TempDir Path dir) throws IOException {
        Path html = Files.createDirectories(dir.resolve("html"));
        page(html, "b.html", "The ferry to the island sails twice a day from the old harbour in summer.");
        page(html, "a.html", "The village bakery opens at six and sells out of rye bread before nine.");
        page(html, "c.html", "The county library lends seeds in spring and collects them again in autumn.");
        // in the file's order b, a, c; sorted a (even), b (odd), c (even)
        Files.writeString(dir.resolve("evaldata.json"), "{"
                + "\"https://x.example/b\": {\"file\": \"b.html\", \"with\": [\"ferry to the island\"], \"without\": []},"
                + "\"https://x.example/a\": {\"file\": \"a.html\", \"with\": [\"rye bread\", \"not there\"], \"without\": []},"
                + "\"https://x.example/c\": {\"file\": \"c.html\", \"with\": [\"lends seeds\"], \"without\": [\"county library\"]}"
                + "}");
        ExtractionEvaluation.Result r = ExtractionEvaluation.evaluate(dir, new DomExtractor(ExtractConfig.defaults()));
        ExtractionEvaluation.Share even = r.halves().get(0);
        ExtractionEvaluation.Share odd = r.halves().get(1);
        assertEquals("even", even.name());
        assertEquals(new ExtractionEvaluation.Counts(2, 1, 1, 0), even.snippets());
        assertEquals(new ExtractionEvaluation.Counts(1, 0, 0, 0), odd.snippets());
        assertEquals(r.snippets(), even.snippets().plus(odd.snippets()));
    }
}
