package org.stemma.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.stemma.ingest.Corpus;
import org.stemma.ingest.IngestConfig;
import org.stemma.model.RawArticle;

/**
 * Reads a task's share of the corpus with stemma-core's own readers, so every task sees exactly the articles
 * (ids, origins, repairs, skipped records) that {@code stemma analyze} sees. The inputs must be readable at
 * the same path on every executor (a shared file system). Problems met reading are left to the driver's own
 * read, so each is reported once.
 */
final class CorpusShard {
    private CorpusShard() {
    }

    /** Articles whose position in the corpus is {@code shard} modulo {@code shards}. */
    static void forShard(String[] inputs, int shard, int shards, Consumer<RawArticle> action) {
        List<Path> paths = Arrays.stream(inputs).map(Path::of).toList();
        long position = 0;
        try (Corpus corpus = Corpus.open(paths, IngestConfig.defaults(), problem -> { })) {
            for (RawArticle a : corpus) {
                if (position % shards == shard) {
                    action.accept(a);
                }
                position++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + paths, e);
        }
    }
}
