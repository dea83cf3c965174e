package org.stemma.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gold events and storylines: article id to event and article id to story, read from a TSV with a header line
 * and the columns {@code id event story} (tab-separated; extra columns ignored; blank lines skipped).
 *
 * @param events article id to gold event, sorted by id
 * @param stories article id to gold story, sorted by id
 */
public record GoldClusters(Map<String, String> events, Map<String, String> stories) {

    public GoldClusters {
        events = Collections.unmodifiableMap(new TreeMap<>(events));
        stories = Collections.unmodifiableMap(new TreeMap<>(stories));
        if (!events.keySet().equals(stories.keySet())) {
            throw new IllegalArgumentException("gold events and stories cover different articles");
        }
    }

    /**
     * Reads {@code file}; throws {@link IOException} naming the file and line on a short line or a repeated id.
     */
    public static GoldClusters read(Path file) throws IOException {
        Map<String, String> events = new TreeMap<>();
        Map<String, String> stories = new TreeMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null) {
                throw new IOException(file + ": empty, expected a header line 'id event story'");
            }
            int lineNo = 1;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 3 || f[0].isEmpty()) {
                    throw new IOException(file + ":" + lineNo + ": expected 'id<TAB>event<TAB>story', got: " + line);
                }
                if (events.put(f[0], f[1]) != null) {
                    throw new IOException(file + ":" + lineNo + ": repeated id " + f[0]);
                }
                stories.put(f[0], f[2]);
            }
        }
        return new GoldClusters(events, stories);
    }
}
