package org.stemma.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stemma.model.RawArticle;

/**
 * The child process of {@link StoreDurabilityTest}: commits batches {@code first, first + 1, ...} to the store
 * in {@code args[0]} until killed, printing {@code committed <label>} after each commit returns.
 */
public final class IngestLoopMain {
    static final int ARTICLES_PER_BATCH = 4;

    private IngestLoopMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        try (Store store = Store.open(dir, StoreConfig.defaults().withThreads(1))) {
            for (int n = first; ; n++) {
                store.commit(batch(n), label(n));
                System.out.println("committed " + label(n));
                System.out.flush();
            }
        }
    }

    static String label(int n) {
        return "b" + n;
    }

    /**
     * Batch {@code n}: articles that quote the fixture paragraphs (so commits align, cluster and build
     * provenance against earlier batches) with a line of their own.
     */
    static List<RawArticle> batch(int n) {
        List<String> p = Fixtures.paragraphs();
        List<RawArticle> out = new ArrayList<>();
        for (int i = 0; i < ARTICLES_PER_BATCH; i++) {
            int k = n * ARTICLES_PER_BATCH + i;
            String body = k % 2 == 0 ? p.get(k % p.size()) : Fixtures.variant(p.get(k % p.size()));
            out.add(Fixtures.article(id(n, i), "Outlet " + (k % 7), "2026-01-" + String.format("%02d", 1 + k % 28),
                    "Report number " + k, body, "This is report " + k + " of batch " + n + "."));
        }
        return out;
    }

    static String id(int n, int i) {
        return String.format("b%05d-%d", n, i);
    }
}
