package org.stemma.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTruthTest {
    @TempDir
    Path dir;

    @Test
    void theTsvReadsBackAsWritten() throws IOException {
        ProvenanceTruth truth = new ProvenanceTruth(List.of(
                new ProvenanceTruth.Lineage("b", "f", Optional.of("a"), false),
                new ProvenanceTruth.Lineage("a", "f", Optional.empty(), false),
                new ProvenanceTruth.Lineage("c", "g", Optional.of("lost:g"), true)));
        StringWriter w = new StringWriter();
        truth.write(w);
        Path file = dir.resolve("truth.tsv");
        Files.writeString(file, w.toString(), StandardCharsets.UTF_8);
        assertEquals(truth, ProvenanceTruth.read(file));
    }

    @Test
    void theGeneratorsTruthGivesDatedFamiliesOfTwoOrMore() throws IOException {
        LocalDate day = LocalDate.of(2026, 3, 1);
        List<CorpusGenerator.Generated> corpus = List.of(
                new CorpusGenerator.Generated("g0", "T", day, "x", "o0", 0, 0, Optional.empty()),
                new CorpusGenerator.Generated("g1", "T", day, "x", "o1", 0, 0, Optional.of("g0")),
                new CorpusGenerator.Generated("g2", "T", day, "x", "o2", 0, 0, Optional.of("g1")),
                new CorpusGenerator.Generated("g3", "U", day, "y", "o0", 0, 1, Optional.empty()),
                new CorpusGenerator.Generated("g4", "V", day, "z", "o3", 1, 0, Optional.empty()));
        StringWriter w = new StringWriter();
        CorpusGenerator.writeTruth(corpus, w);
        Path file = dir.resolve("c.truth.jsonl");
        Files.writeString(file, w.toString(), StandardCharsets.UTF_8);

        ProvenanceTruth truth = ProvenanceTruth.read(file);
        // g3 and g4 are reports nobody copied: left out.
        assertEquals(List.of("g0", "g1", "g2"), truth.articles().stream().map(ProvenanceTruth.Lineage::id).toList());
        assertTrue(truth.articles().stream().allMatch(ProvenanceTruth.Lineage::dated));
        assertEquals(Optional.of("g1"), truth.find("g2").orElseThrow().parent());
        assertEquals(Optional.empty(), truth.find("g0").orElseThrow().parent());
        assertEquals("0.0", truth.find("g1").orElseThrow().family());
        assertTrue(truth.lostSources().isEmpty());
    }

    @Test
    void aBrokenLineIsNamed() throws IOException {
        Path file = dir.resolve("bad.truth.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"story\":\"0.0\"}\n{\"id\":3}\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProvenanceTruth.read(file));
        assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
    }
}
