package org.stemma.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.cluster.Clusters;
import org.stemma.model.Event;
import org.stemma.model.Story;

class EventsEvaluationTest {

    @Test
    void readsGoldAndScoresBothLevelsInAFixedWidthTable(@TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("gold.tsv");
        Files.writeString(tsv, "id\tevent\tstory\na\tE1\tS1\nb\tE1\tS1\nc\tE2\tS1\n\n");
        GoldClusters gold = GoldClusters.read(tsv);
        Clusters predicted = new Clusters(
                List.of(new Event("e0001", "s001", List.of("a", "b")), new Event("e0002", "s002", List.of("c"))),
                List.of(new Story("s001", List.of("e0001")), new Story("s002", List.of("e0002"))));
        EventsEvaluation r = EventsEvaluation.of(predicted, gold);
        assertEquals(1, r.events().bcubedF1(), 1e-9);
        assertTrue(r.stories().bcubedRecall() < 1);
        String table = r.format();
        assertTrue(table.startsWith("level "), table);
        assertTrue(table.contains("event       3  1.000  1.000  1.000"), table);
        assertEquals(3, table.lines().count());
    }

    @Test
    void aShortGoldLineIsReportedWithItsLine(@TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("gold.tsv");
        Files.writeString(tsv, "id\tevent\tstory\na\tE1\n");
        IOException e = assertThrows(IOException.class, () -> GoldClusters.read(tsv));
        assertTrue(e.getMessage().contains(":2:"), e.getMessage());
    }
}
