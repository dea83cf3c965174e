package org.stemma.spark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Parquet input: a Parquet file or folder with the corpus JSONL's columns ({@code id, outlet, url, title, date,
 * lang, text}; {@code id} and {@code text} required, the rest optional, others ignored) is turned into one
 * corpus JSONL file, so every later step reads it with stemma-core's own reader and the result equals
 * {@code stemma analyze} on the same rows written as JSONL.
 *
 * <p>Rows keep the dataset's order (part files in name order), which decides which of two rows with one id is
 * kept, as line order does for JSONL. The JSONL is written under the job's output folder, which on a cluster
 * must therefore be readable by every executor, as the inputs are.
 */
final class ParquetInput {
    private static final List<String> COLUMNS = List.of("id", "outlet", "url", "title", "date", "lang", "text");

    private ParquetInput() {
    }

    /** True for a {@code .parquet} file or a folder holding {@code .parquet} part files. */
    static boolean isParquet(Path input) throws IOException {
        if (Files.isRegularFile(input)) {
            return input.getFileName().toString().endsWith(".parquet");
        }
        if (Files.isDirectory(input)) {
            try (Stream<Path> files = Files.list(input)) {
                return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
            }
        }
        return false;
    }

    /** {@code inputs} with every Parquet input replaced by a JSONL file written under {@code dir}. */
    static List<Path> asJsonl(SparkSession spark, List<Path> inputs, Path dir) throws IOException {
        List<Path> out = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            Path input = inputs.get(i);
            if (!isParquet(input)) {
                out.add(input);
                continue;
            }
            Dataset<Row> rows = spark.read().parquet(input.toAbsolutePath().toString());
            Set<String> present = Set.of(rows.columns());
            if (!present.contains("id") || !present.contains("text")) {
                throw new IllegalArgumentException("Parquet input " + input + " lacks an id or text column: "
                        + Arrays.toString(rows.columns()));
            }
            Column[] kept = COLUMNS.stream().filter(present::contains).map(functions::col).toArray(Column[]::new);
            Files.createDirectories(dir);
            Path jsonl = dir.resolve("input-" + i + ".jsonl");
            try (Writer w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
                for (Iterator<String> it = rows.select(kept).toJSON().toLocalIterator(); it.hasNext(); ) {
                    w.write(it.next());
                    w.write('\n');
                }
            }
            out.add(jsonl);
        }
        return out;
    }
}
