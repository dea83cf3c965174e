package org.stemma.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the CLI in-process and reads its JSONL output, for tests. */
final class Outputs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Outputs() {
    }

    /** The result of one in-process run: exit code and what went to stdout and stderr. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    static List<JsonNode> jsonl(Path file) {
        try {
            List<JsonNode> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    rows.add(JSON.readTree(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode article(Path out, String idPrefix) {
        return jsonl(out.resolve("articles.jsonl")).stream()
                .filter(a -> a.get("id").asText().startsWith(idPrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no article " + idPrefix + "* in " + out));
    }
}
