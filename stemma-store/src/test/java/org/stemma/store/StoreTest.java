package org.stemma.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.model.EditOp;
import org.stemma.model.Event;
import org.stemma.model.Passage;
import org.stemma.model.RawArticle;

class StoreTest {
    private static final List<String> P = Fixtures.paragraphs();

    @TempDir
    Path dir;

    private static RawArticle source() {
        return Fixtures.article("a-harbour", "Coast Herald", "2026-03-01", "Breakwater to be rebuilt", P.get(0), P.get(1));
    }

    private static RawArticle copy() {
        return Fixtures.article("b-harbour", "Daily Post", "2026-03-02", "Velmora harbour works",
                Fixtures.variant(P.get(0)), "Residents will be invited to a public meeting next month.");
    }

    private static RawArticle unrelated() {
        return Fixtures.article("c-comet", "Sky Notes", "2026-02-27", "New comet found", P.get(2));
    }

    @Test
    void aCommittedBatchIsReadBackUnchangedAfterReopening() throws IOException {
        try (Store store = Store.open(dir)) {
            CommitResult r = store.commit(List.of(source(), unrelated()), "first");
            assertEquals(1, r.seq());
            assertEquals(2, r.articles());
        }
        try (Store store = Store.open(dir); Snapshot s = store.snapshot()) {
            assertEquals(List.of(new BatchInfo(1, "first", 2, 0)), s.batches());
            assertEquals(2, s.articleCount());
            StoredArticle a = s.findArticle("a-harbour").orElseThrow();
            assertEquals(source(), a.article().raw());
            assertEquals(1, a.batch());
            assertTrue(a.article().bodyText().contains("northern breakwater"));
            assertTrue(s.findArticle("missing").isEmpty());
        }
    }

    @Test
    void aLaterBatchIsAlignedWithTheStoredArticlesItReuses() throws IOException {
        try (Store store = Store.open(dir)) {
            store.commit(List.of(source(), unrelated()), "day 1");
        }
        try (Store store = Store.open(dir)) {
            CommitResult r = store.commit(List.of(copy()), "day 2");
            assertTrue(r.passages() >= 1, "passages: " + r.passages());
            try (Snapshot s = store.snapshot()) {
                List<Passage> passages = s.passages();
                assertTrue(passages.stream().allMatch(p -> p.a().equals("a-harbour") && p.b().equals("b-harbour")),
                        passages.toString());
                Set<String> clustered = s.clusters().events().stream().flatMap(e -> e.articles().stream())
                        .collect(Collectors.toSet());
                assertEquals(Set.of("a-harbour", "b-harbour", "c-comet"), clustered);
                Event ofCopy = s.clusters().eventOf("b-harbour").orElseThrow();
                assertTrue(ofCopy.articles().contains("a-harbour"), "copy and source in one event: " + ofCopy);
                assertTrue(s.edges().stream().anyMatch(e -> e.target().equals("b-harbour")
                        && e.source().equals("a-harbour")), s.edges().toString());
            }
        }
    }

    @Test
    void repeatedAndStoredIdsAreLeftOutWithAProblem() throws IOException {
        try (Store store = Store.open(dir)) {
            store.commit(List.of(source()), "one");
            CommitResult r = store.commit(List.of(source(), unrelated(), unrelated()), "two");
            assertEquals(1, r.articles());
            assertEquals(2, r.problems().size());
            try (Snapshot s = store.snapshot()) {
                assertEquals(2, s.articleCount());
            }
        }
    }

    @Test
    void aSnapshotDoesNotSeeBatchesCommittedAfterIt() throws IOException {
        try (Store store = Store.open(dir)) {
            store.commit(List.of(source()), "one");
            try (Snapshot before = store.snapshot()) {
                store.commit(List.of(copy(), unrelated()), "two");
                assertEquals(1, before.articleCount());
                assertEquals(1, before.batches().size());
                assertTrue(before.passages().isEmpty());
                try (Snapshot after = store.snapshot()) {
                    assertEquals(3, after.articleCount());
                    assertFalse(after.passages().isEmpty());
                }
            }
        }
    }

    @Test
    void readersDuringCommitsAlwaysSeeWholeBatches() throws Exception {
        try (Store store = Store.open(dir)) {
            java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.CompletableFuture<Void> reader = java.util.concurrent.CompletableFuture.runAsync(() -> {
                do {
                    try (Snapshot s = store.snapshot()) {
                        int stated = s.batches().stream().mapToInt(BatchInfo::articles).sum();
                        assertEquals(stated, s.articleCount(), "articles of the batches the snapshot lists");
                        assertEquals(stated, s.clusters().eventByArticle().size(), "events cover them");
                        reads.incrementAndGet();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                } while (!done.get());
            });
            for (int n = 0; n < 4; n++) {
                store.commit(IngestLoopMain.batch(n), IngestLoopMain.label(n));
            }
            done.set(true);
            reader.get();
            assertTrue(reads.get() > 0);
        }
    }

    @Test
    void traceFindsTheSourceAndTheVariantEarliestFirstWithTheDifferences() throws IOException {
        try (Store store = Store.open(dir)) {
            store.commit(List.of(copy(), unrelated()), "one");
            store.commit(List.of(source()), "two");
            try (Snapshot s = store.snapshot()) {
                List<TraceHit> hits = s.trace(P.get(0), TraceConfig.defaults());
                assertEquals(List.of("a-harbour", "b-harbour"), hits.stream().map(TraceHit::articleId).toList());
                TraceHit original = hits.get(0);
                assertTrue(original.differences().isEmpty(), original.differences().toString());
                assertEquals(1.0, original.coverage(), 1e-9);
                // Aligned spans run from the first word to the last, so the closing full stop is outside.
                assertEquals(P.get(0).substring(0, P.get(0).length() - 1), original.text());
                TraceHit variant = hits.get(1);
                assertTrue(variant.differences().contains(
                        new TraceHit.Difference(EditOp.SUBSTITUTE, "Tuesday", "Monday")), variant.differences().toString());
                String stored = s.findArticle("b-harbour").orElseThrow().article().text();
                assertEquals(variant.text(), variant.span().of(stored));
            }
        }
    }

    @Test
    void traceOfAnUnknownOrTinyPassageFindsNothing() throws IOException {
        try (Store store = Store.open(dir)) {
            store.commit(List.of(source()), "one");
            try (Snapshot s = store.snapshot()) {
                assertTrue(s.trace(P.get(3), TraceConfig.defaults()).isEmpty());
                assertTrue(s.trace("", TraceConfig.defaults()).isEmpty());
                assertTrue(s.trace("breakwater", TraceConfig.defaults()).isEmpty());
            }
        }
    }
}
