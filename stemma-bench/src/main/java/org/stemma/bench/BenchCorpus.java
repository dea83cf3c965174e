package org.stemma.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stemma.eval.CorpusGenerator;

/**
 * The benchmarks' input: {@code count} articles generated (seeded, so every run measures the same text) by
 * {@link CorpusGenerator} from real text: the documents under the shared data folder (system property
 * {@code stemma.bench.shared}, default {@code ../shared}) when present, else the texts of a JSONL corpus,
 * by default the project's own {@code examples/harbour/corpus.jsonl} (property {@code stemma.bench.corpus}).
 * Five example texts make a corpus of near-copies where the document-frequency cap drops most anchors, so
 * figures worth comparing come from the shared folder; run from the project root or set the properties.
 */
final class BenchCorpus {
    static final String CORPUS_PROPERTY = "stemma.bench.corpus";
    static final String DEFAULT_CORPUS = "examples/harbour/corpus.jsonl";
    static final String SHARED_PROPERTY = "stemma.bench.shared";
    static final String DEFAULT_SHARED = "../shared";
    /** Fixed so that runs on different days measure the same text. */
    static final long SEED = 20261123L;

    private BenchCorpus() {
    }

    static List<CorpusGenerator.Generated> generate(int count) {
        List<String> texts = new ArrayList<>();
        Path shared = Path.of(System.getProperty(SHARED_PROPERTY, DEFAULT_SHARED));
        try {
            texts.addAll(CorpusGenerator.readSources(shared));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read benchmark sources under " + shared.toAbsolutePath(), e);
        }
        if (texts.isEmpty()) {
            texts.addAll(exampleTexts());
        }
        return new CorpusGenerator(CorpusGenerator.Settings.seeded(SEED)).generate(texts, count);
    }

    private static List<String> exampleTexts() {
        Path source = Path.of(System.getProperty(CORPUS_PROPERTY, DEFAULT_CORPUS));
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (String line : Files.readAllLines(source)) {
                if (!line.isBlank()) {
                    JsonNode text = json.readTree(line).get("text");
                    if (text != null && text.isTextual()) {
                        texts.add(text.asText());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read benchmark sources " + source.toAbsolutePath()
                    + " (run from the project root or set -D" + CORPUS_PROPERTY + ")", e);
        }
        return texts;
    }
}
