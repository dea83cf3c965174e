package org.stemma.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stemma.fingerprint.WordTokenizer;

/** Function words of several languages, read from {@code stopwords-<lang>.txt} beside this class. */
final class Stopwords {
    private Stopwords() {
    }

    /** The union of the lists for {@code languages}, normalised as tokens are; unknown language throws. */
    static Set<String> load(List<String> languages) {
        Set<String> out = new HashSet<>();
        for (String lang : languages) {
            String name = "stopwords-" + lang + ".txt";
            try (InputStream in = Stopwords.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalArgumentException("no stopword list for language '" + lang + "' (" + name + ")");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String w = line.strip();
                    if (!w.isEmpty() && !w.startsWith("#")) {
                        out.add(WordTokenizer.normalise(w));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading bundled " + name, e);
            }
        }
        return Set.copyOf(out);
    }
}
