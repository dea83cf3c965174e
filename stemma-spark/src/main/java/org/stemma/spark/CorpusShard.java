package org.stemma.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.stemma.ingest.Corpus;
import org.stemma.ingest.IngestConfig;
import org.stemma.model.RawArticle;

/**
 * Reads a task's share of the corpus with stemma-core's own readers, so every task sees exactly the articles
 * (ids, origins, repairs, skipped records) that {@code stemma analyze} sees. The inputs must be readable at
 * the same path on every executor (a shared file system). Skipped records are reported by the driver's own
 * read, not here, so each is reported once.
 */
final class CorpusShard {
    private CorpusShard() {
    }

    /** Articles whose position in the corpus is {@code shard} modulo {@code shards}. */
    static void forShard(String[] inputs, int shard, int shards, Consumer<RawArticle> action) {
        long[] position = {0};
        read(inputs, a -> position[0]++ % shards == shard, action);
    }

    /** Articles whose id passes {@code wanted}. */
    static void forIds(String[] inputs, Predicate<String> wanted, Consumer<RawArticle> action) {
        read(inputs, a -> wanted.test(a.id()), action);
    }

    private static void read(String[] inputs, Predicate<RawArticle> keep, Consumer<RawArticle> action) {
        List<Path> paths = Arrays.stream(inputs).map(Path::of).toList();
        try (Corpus corpus = Corpus.open(paths, IngestConfig.defaults(), problem -> { })) {
            for (RawArticle a : corpus) {
                if (keep.test(a)) {
                    action.accept(a);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + paths, e);
        }
    }
}
