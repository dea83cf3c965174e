package org.stemma.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.stemma.model.ChangeKind;

/**
 * Labelled derivation pairs for edit typing: source articles ({@code bases.txt}) and copies made by editing
 * them ({@code pairs.txt}), each with the set of change kinds a careful reader finds. The two files document
 * their format in their header comments.
 */
public final class DerivationPairs {

    /** One labelled pair: {@code target} derived from {@code source}. */
    public record Pair(String id, String base, String source, String target, Set<ChangeKind> expected) {
        public Pair {
            expected = Set.copyOf(expected);
        }
    }

    private DerivationPairs() {
    }

    /** Reads {@code bases.txt} and {@code pairs.txt} from {@code dir}. */
    public static List<Pair> read(Path dir) throws IOException {
        return read(dir, "pairs.txt");
    }

    /** Reads {@code bases.txt} and the named pairs file from {@code dir}. */
    public static List<Pair> read(Path dir, String pairsFile) throws IOException {
        return parse(Files.readString(dir.resolve("bases.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve(pairsFile), StandardCharsets.UTF_8));
    }

    /**
     * Parses the two files' contents.
     *
     * @throws IllegalArgumentException on a malformed line, an unknown base or kind, or an edit whose text
     *                                  is not in the article
     */
    public static List<Pair> parse(String bases, String pairs) {
        Map<String, List<String>> sources = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : bases.split("\n", -1)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@@ ")) {
                current = new ArrayList<>();
                sources.put(line.substring(3).strip(), current);
            } else if (current == null) {
                throw new IllegalArgumentException("paragraph before any '@@ NAME': " + line);
            } else {
                current.add(line.strip());
            }
        }
        List<Pair> out = new ArrayList<>();
        String id = null;
        String base = null;
        Set<ChangeKind> kinds = null;
        List<String> paragraphs = null;
        for (String line : (pairs + "\n=== end < none :").split("\n", -1)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("=== ")) {
                if (id != null) {
                    out.add(new Pair(id, base, String.join("\n", sources.get(base)) + "\n",
                            String.join("\n", paragraphs) + "\n", kinds));
                }
                if (line.equals("=== end < none :")) {
                    break;
                }
                int lt = line.indexOf(" < ");
                int colon = line.indexOf(" : ");
                if (lt < 0 || colon < lt) {
                    throw new IllegalArgumentException("expected '=== ID < BASE : KINDS': " + line);
                }
                id = line.substring(4, lt).strip();
                base = line.substring(lt + 3, colon).strip();
                if (!sources.containsKey(base)) {
                    throw new IllegalArgumentException(id + ": no base '" + base + "'");
                }
                kinds = new TreeSet<>();
                for (String k : line.substring(colon + 3).split(",")) {
                    if (!k.isBlank()) {
                        kinds.add(ChangeKind.ofLabel(k.strip()));
                    }
                }
                paragraphs = new ArrayList<>(sources.get(base));
            } else if (paragraphs == null) {
                throw new IllegalArgumentException("edit before any '=== ' line: " + line);
            } else {
                edit(id, paragraphs, line);
            }
        }
        return out;
    }

    private static void edit(String id, List<String> paragraphs, String line) {
        if (line.startsWith("~ ")) {
            int arrow = line.indexOf(" => ");
            String old = (arrow < 0 ? line.substring(2) : line.substring(2, arrow)).replace("\\n", "\n");
            String neu = arrow < 0 ? "" : line.substring(arrow + 4).replace("\\n", "\n");
            String text = String.join("\n", paragraphs);
            int at = text.indexOf(old);
            if (at < 0) {
                throw new IllegalArgumentException(id + ": text not found: " + old);
            }
            String edited = text.substring(0, at) + neu + text.substring(at + old.length());
            paragraphs.clear();
            for (String p : edited.split("\n")) {
                if (!p.isBlank()) {
                    paragraphs.add(p.strip());
                }
            }
        } else if (line.startsWith("keep ")) {
            int n = Integer.parseInt(line.substring(5).strip());
            paragraphs.subList(Math.min(n, paragraphs.size()), paragraphs.size()).clear();
        } else if (line.startsWith("+")) {
            int space = line.indexOf(' ');
            int after = Integer.parseInt(line.substring(1, space));
            paragraphs.add(Math.min(after, paragraphs.size()), line.substring(space + 1).strip());
        } else {
            throw new IllegalArgumentException(id + ": unknown edit line: " + line);
        }
    }
}
