package org.stemma.eval.families;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.stemma.model.RawArticle;

/**
 * Writes generated families as stemma's corpus format ({@code corpus.jsonl}: one {@code {"id", "outlet", "url",
 * "title", "date", "lang", "text"}} object a line, absent values null) and their truth ({@code truth.tsv}, see
 * {@link org.stemma.eval.ProvenanceTruth}). The same families give the same bytes.
 */
public final class FamilyCorpusWriter {
    private static final JsonFactory JSON = new JsonFactoryBuilder().rootValueSeparator((String) null).build();

    private FamilyCorpusWriter() {
    }

    /** Writes {@code corpus.jsonl} and {@code truth.tsv} into {@code dir}, creating it if needed. */
    public static void write(GeneratedFamilies families, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve("corpus.jsonl"));
             JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            for (RawArticle a : families.articles()) {
                g.writeStartObject();
                g.writeStringField("id", a.id());
                field(g, "outlet", a.outlet());
                field(g, "url", a.url());
                field(g, "title", a.title());
                field(g, "date", a.date());
                field(g, "lang", a.lang());
                g.writeStringField("text", a.text());
                g.writeEndObject();
                g.writeRaw('\n');
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("truth.tsv"), StandardCharsets.UTF_8)) {
            families.truth().write(w);
        }
    }

    private static void field(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }
}
