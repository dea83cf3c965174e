package org.stemma.align;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The invented articles under {@code src/test/resources/align/} and text built from them. */
final class Fixtures {

    private Fixtures() {
    }

    static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/align/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paragraphs of a fixture, separated by blank lines. */
    static List<String> paragraphs(String name) {
        List<String> out = new ArrayList<>();
        for (String p : read(name).split("\\n\\s*\\n")) {
            out.add(p.strip());
        }
        return out;
    }

    static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    /** Made-up words in made-up sentences: text that shares no phrase with anything but itself. */
    static String babble(long seed, int words) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            int syllables = 2 + random.nextInt(3);
            StringBuilder w = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                w.append("bcdfgklmnprstvz".charAt(random.nextInt(15))).append("aeiou".charAt(random.nextInt(5)));
            }
            sb.append(w);
            sb.append(i % 12 == 11 ? ". " : " ");
            if (i % 80 == 79) {
                sb.append("\n\n");
            }
        }
        return sb.toString().strip();
    }
}
