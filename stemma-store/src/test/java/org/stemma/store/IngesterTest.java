package org.stemma.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.cluster.Clusters;
import org.stemma.fingerprint.Fingerprints;
import org.stemma.model.RawArticle;

class IngesterTest {
    private static final List<String> P = Fixtures.paragraphs();

    @TempDir
    Path dir;

    @Test
    void anchorsAreWrittenInTheTablesKeyOrderHashThenArticle() {
        List<Fingerprints> prints = List.of(
                Fingerprints.of("a", new long[] {9, -4, 7}, new int[] {0, 1, 2}),
                Fingerprints.of("b", new long[] {7, Long.MIN_VALUE}, new int[] {0, 5}),
                Fingerprints.of("c", new long[0], new int[0]));
        List<String> written = new ArrayList<>();
        for (long key : Ingester.anchorKeys(prints)) {
            Fingerprints f = prints.get((int) key);
            written.add(f.hash((int) (key >>> 32)) + "/" + f.articleId());
        }
        assertEquals(List.of(Long.MIN_VALUE + "/b", "-4/a", "7/a", "7/b", "9/a"), written);
    }

    @Test
    void eventRowsFollowTheClustersWhetherTheStateIsKeptOrReadBack() throws IOException {
        List<RawArticle> first = List.of(
                Fixtures.article("a-harbour", "Coast Herald", "2026-03-01", "Breakwater to be rebuilt", P.get(0), P.get(1)),
                Fixtures.article("c-comet", "Sky Notes", "2026-02-27", "New comet found", P.get(2)));
        List<RawArticle> second = List.of(Fixtures.article("b-harbour", "Daily Post", "2026-03-02",
                "Velmora harbour works", Fixtures.variant(P.get(0)), P.get(1)));
        List<RawArticle> third = List.of(Fixtures.article("d-comet", "Star Wire", "2026-02-28", "Comet spotted",
                P.get(2)));
        Path kept = dir.resolve("kept");
        Path readBack = dir.resolve("read-back");
        Clusters inOneProcess;
        try (Store store = Store.open(kept)) {
            store.commit(first, "1");
            store.commit(second, "2");
            store.commit(third, "3");
            try (Snapshot s = store.snapshot()) {
                inOneProcess = s.clusters();
            }
        }
        for (List<RawArticle> batch : List.of(first, second, third)) {
            try (Store store = Store.open(readBack)) {
                store.commit(batch, "b");
            }
        }
        try (Store store = Store.open(readBack); Snapshot s = store.snapshot()) {
            assertEquals(inOneProcess, s.clusters());
        }
        assertEquals(4, inOneProcess.eventByArticle().size(), "every article has its row");
        assertTrue(inOneProcess.eventOf("b-harbour").orElseThrow().articles().contains("a-harbour"),
                "the stored source's row moved with its event: " + inOneProcess);
        assertTrue(inOneProcess.eventOf("d-comet").orElseThrow().articles().contains("c-comet"), inOneProcess.toString());
    }
}
