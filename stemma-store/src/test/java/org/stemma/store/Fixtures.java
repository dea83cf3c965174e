package org.stemma.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stemma.model.Origin;
import org.stemma.model.RawArticle;

/** Articles for store tests, built from the paragraphs in src/test/resources/store/paragraphs.txt. */
final class Fixtures {
    private Fixtures() {
    }

    static List<String> paragraphs() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/store/paragraphs.txt")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawArticle article(String id, String outlet, String date, String title, String... paragraphs) {
        String text = title + "\n\n" + String.join("\n\n", paragraphs) + "\n";
        return new RawArticle(id, text, Optional.of(outlet), Optional.empty(), Optional.of(title), Optional.of(date),
                Optional.of("en"), new Origin(id, 0), 0);
    }

    /** A copy of paragraph {@code p} with two words changed, as a rewriting outlet would. */
    static String variant(String paragraph) {
        return paragraph.replace("Tuesday", "Monday").replace("three", "four").replace("half", "a third")
                .replace("four nights", "five nights").replace("sixty", "seventy");
    }
}
