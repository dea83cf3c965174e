package org.stemma.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Makes a large synthetic news corpus out of real text, for measuring speed at sizes no labelled corpus has.
 *
 * <p>Sources are real documents read at run time from the shared data folder ({@link #readSources}): the ECB+
 * articles, the WMT21 documents (source side) and the PAN source documents; nothing of them is stored in the
 * project. Each generated article is a report of one source: a random run of its lines (between
 * {@link Settings#minShare()} and all of them), sometimes followed by a run of a second source (a roundup that
 * also mentions something else), dated near its source's own day. So the corpus has what real streams have:
 * many near-copies of one happening, partial rewrites, mixed reports and unrelated topics, in several
 * languages. It is a load generator, not a gold standard: it has no labels worth scoring.
 *
 * <p>Deterministic: the same sources, count and seed give the same corpus.
 */
public final class CorpusGenerator {

    /**
     * How articles are made.
     *
     * @param seed       seed of the random choices; default 1 (any fixed value: runs must be repeatable)
     * @param minShare   least share of a source's lines a report keeps. Default 0.5: wire copies are cut down to
     *                   about half at most before they stop being the same report
     * @param mixChance  chance that a report also carries lines of a second source. Default 0.2: roundups and
     *                   live pages are a minority of news
     * @param spreadDays days over which the sources' own days are spread. Default 365: a year of news
     * @param jitterDays most days a report lies after its source's day. Default 3: pick-ups come within days
     */
    public record Settings(long seed, double minShare, double mixChance, int spreadDays, int jitterDays) {
        public Settings {
            if (!(minShare > 0 && minShare <= 1) || !(mixChance >= 0 && mixChance <= 1) || spreadDays < 1
                    || jitterDays < 0) {
                throw new IllegalArgumentException("bad generator settings: minShare " + minShare + ", mixChance "
                        + mixChance + ", spreadDays " + spreadDays + ", jitterDays " + jitterDays);
            }
        }

        /** The documented defaults. */
        public static Settings defaults() {
            return new Settings(1, 0.5, 0.2, 365, 3);
        }
    }

    /** One generated article. */
    public record Generated(String id, String title, LocalDate date, String text) {
        public Generated {
            Objects.requireNonNull(id);
            Objects.requireNonNull(title);
            Objects.requireNonNull(date);
            Objects.requireNonNull(text);
        }
    }

    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

    private final Settings settings;

    public CorpusGenerator(Settings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    /**
     * {@code count} articles made from {@code sources} (each a document's text; blank ones are passed over).
     * Throws {@link IllegalArgumentException} when no source has text.
     */
    public List<Generated> generate(List<String> sources, int count) {
        List<String[]> docs = new ArrayList<>();
        for (String s : sources) {
            String[] lines = s.strip().split("\\R+");
            if (lines.length > 0 && !lines[0].isBlank()) {
                docs.add(lines);
            }
        }
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("no source text among " + sources.size() + " sources");
        }
        Random rng = new Random(settings.seed());
        String idFormat = "gen-%0" + Integer.toString(Math.max(1, count)).length() + "d";
        List<Generated> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int d = rng.nextInt(docs.size());
            String[] doc = docs.get(d);
            StringBuilder text = new StringBuilder();
            appendRun(text, doc, rng);
            if (rng.nextDouble() < settings.mixChance()) {
                appendRun(text, docs.get(rng.nextInt(docs.size())), rng);
            }
            LocalDate day = FIRST_DAY.plusDays(Math.floorMod(d * 7919L, settings.spreadDays())
                    + rng.nextInt(settings.jitterDays() + 1));
            out.add(new Generated(String.format(java.util.Locale.ROOT, idFormat, i), doc[0], day, text.toString()));
        }
        return out;
    }

    private void appendRun(StringBuilder text, String[] lines, Random rng) {
        int keep = Math.max(1, (int) Math.ceil(lines.length * (settings.minShare()
                + rng.nextDouble() * (1 - settings.minShare()))));
        int start = rng.nextInt(lines.length - keep + 1);
        for (int k = start; k < start + keep; k++) {
            text.append(lines[k]).append('\n');
        }
    }

    /**
     * The texts of the real documents under {@code shared} (the shared data folder): ECB+'s corpus, WMT21's
     * source documents and PAN's source documents, each when present, in a fixed order.
     */
    public static List<String> readSources(Path shared) throws IOException {
        List<String> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        Path ecb = shared.resolve("eval/events-ecbplus/corpus.jsonl");
        if (Files.isRegularFile(ecb)) {
            forEachJson(ecb, json, o -> out.add(o.path("text").asText("")));
        }
        Path wmt = shared.resolve("eval/crosslingual-wmt21/docs.jsonl");
        if (Files.isRegularFile(wmt)) {
            forEachJson(wmt, json, o -> {
                StringBuilder sb = new StringBuilder();
                o.path("src").forEach(line -> sb.append(line.asText("")).append('\n'));
                out.add(sb.toString());
            });
        }
        Path pan = shared.resolve("eval/alignment-pan-id/source-documents");
        if (Files.isDirectory(pan)) {
            try (Stream<Path> files = Files.list(pan)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    out.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private interface JsonAction {
        void accept(JsonNode o);
    }

    private static void forEachJson(Path file, ObjectMapper json, JsonAction action) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    action.accept(json.readTree(line));
                }
            }
        }
    }

    /** Writes {@code articles} as stemma's corpus JSONL (id, title, date, text), one per line. */
    public static void writeJsonl(List<Generated> articles, Writer out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        for (Generated a : articles) {
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("title", a.title());
            g.writeStringField("date", a.date().toString());
            g.writeStringField("text", a.text());
            g.writeEndObject();
            g.writeRaw('\n');
        }
        g.flush();
    }
}
