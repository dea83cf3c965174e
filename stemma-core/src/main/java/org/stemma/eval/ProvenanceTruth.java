package org.stemma.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.stemma.model.LostSource;

/**
 * The true lineage of a corpus of syndication families: for each article its family, its true parent (an
 * article id, a lost source's id starting {@code "lost:"}, or none for a family's root) and whether its
 * family carries dates.
 *
 * <p>Stored as a TSV with a header: {@code id}, {@code family}, {@code parent} (empty for none),
 * {@code dated} ({@code true}/{@code false}). Rows are sorted by id.
 */
public record ProvenanceTruth(List<Lineage> articles) {

    /** One article's true lineage. */
    public record Lineage(String id, String family, Optional<String> parent, boolean dated) {
        public Lineage {
            if (id == null || id.isBlank() || family == null || family.isBlank() || parent == null) {
                throw new IllegalArgumentException("lineage needs an id, a family and an optional parent: " + id);
            }
            if (parent.isPresent() && parent.get().equals(id)) {
                throw new IllegalArgumentException("an article is its own parent: " + id);
            }
        }

        public boolean parentIsLost() {
            return parent.filter(p -> p.startsWith(LostSource.PREFIX)).isPresent();
        }
    }

    private static final String HEADER = "id\tfamily\tparent\tdated";

    public ProvenanceTruth {
        if (articles == null) {
            throw new IllegalArgumentException("articles is null");
        }
        List<Lineage> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(Lineage::id));
        Set<String> ids = new HashSet<>();
        for (Lineage l : sorted) {
            if (!ids.add(l.id())) {
                throw new IllegalArgumentException("article listed twice in truth: " + l.id());
            }
        }
        articles = List.copyOf(sorted);
    }

    /** The lineage of {@code id}, when the truth lists it. */
    public Optional<Lineage> find(String id) {
        for (Lineage l : articles) {
            if (l.id().equals(id)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** Each true lost source's id with its witnesses (the articles whose parent it is), sorted. */
    public Map<String, Set<String>> lostSources() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Lineage l : articles) {
            if (l.parentIsLost()) {
                out.computeIfAbsent(l.parent().get(), k -> new TreeSet<>()).add(l.id());
            }
        }
        return out;
    }

    /** Writes the TSV. */
    public void write(Writer out) throws IOException {
        out.write(HEADER + "\n");
        for (Lineage l : articles) {
            out.write(l.id() + "\t" + l.family() + "\t" + l.parent().orElse("") + "\t" + l.dated() + "\n");
        }
    }

    /**
     * Reads the TSV, or the ground truth {@code stemma generate} writes beside its corpus ({@link
     * #readGenerated}), told apart by the first character.
     *
     * @throws IllegalArgumentException on a missing header, a short row or a bad {@code dated} value, with
     *                                  the line number
     */
    public static ProvenanceTruth read(Path file) throws IOException {
        List<Lineage> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.mark(1);
            if (r.read() == '{') {
                r.reset();
                return readGenerated(r);
            }
            r.reset();
            String header = r.readLine();
            if (header == null || !header.strip().equals(HEADER)) {
                throw new IllegalArgumentException("truth file must start with the header '"
                        + HEADER.replace("\t", "<TAB>") + "'");
            }
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4 || !(f[3].equals("true") || f[3].equals("false"))) {
                    throw new IllegalArgumentException("line " + n + ": expected id, family, parent, dated: " + line);
                }
                rows.add(new Lineage(f[0], f[1], f[2].isEmpty() ? Optional.empty() : Optional.of(f[2]),
                        Boolean.parseBoolean(f[3])));
            }
        }
        return new ProvenanceTruth(rows);
    }

    /**
     * The lineage in {@link CorpusGenerator#writeTruth}'s JSON lines: a story is a family, every article is
     * dated (a copy on or after its parent's day, often the same day), and nothing is lost. Only families of
     * two or more articles are kept: a report nobody copied would count as a right root whatever the method
     * does, and most reports are never copied, so they would drown the score. An edge into a kept article
     * from an article left out still makes that article's parent wrong.
     *
     * @throws IllegalArgumentException on a line that is not an object with an {@code id} and a {@code story},
     *                                  with the line number
     */
    static ProvenanceTruth readGenerated(BufferedReader r) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<Lineage>> byStory = new TreeMap<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode o;
            try {
                o = json.readTree(line);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("line " + n + ": not JSON: " + e.getOriginalMessage());
            }
            if (!o.isObject() || !o.path("id").isTextual() || !o.path("story").isTextual()) {
                throw new IllegalArgumentException("line " + n + ": expected an object with id and story");
            }
            JsonNode parent = o.path("parent");
            String story = o.get("story").asText();
            byStory.computeIfAbsent(story, k -> new ArrayList<>()).add(new Lineage(o.get("id").asText(), story,
                    parent.isTextual() ? Optional.of(parent.asText()) : Optional.empty(), true));
        }
        List<Lineage> rows = new ArrayList<>();
        for (List<Lineage> family : byStory.values()) {
            if (family.size() > 1) {
                rows.addAll(family);
            }
        }
        return new ProvenanceTruth(rows);
    }
}
