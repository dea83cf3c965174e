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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes a large synthetic news corpus out of real text, for measuring speed at sizes no labelled corpus has,
 * with its ground truth (event, story, syndication parent, outlet of every article).
 *
 * <p>Sources are real documents read at run time from the shared data folder ({@link #readSources}): the ECB+
 * articles, the WMT21 documents (source side) and the PAN source documents; nothing of them is stored in the
 * project. The corpus is built as news is:
 * <ul>
 *   <li><b>Events.</b> Each event is told from one source document, on a day of the year. The sources are used
 *       in a seeded order; once all are used, a source tells a further event under a per-event <i>word
 *       permutation</i> (every word type of the source swapped with another of about the same frequency in it,
 *       in bands of {@value #EVENT_BAND} ranks), so a later event keeps the language and word statistics of
 *       real text but shares no phrases with the first — as two unrelated stories do. Without this a corpus
 *       larger than the source pool would be nothing but near-copies, and its pairs would grow with the square
 *       of its size (the first version of this generator did exactly that: all 10k articles were copies of
 *       1,259 documents).</li>
 *   <li><b>Stories.</b> An event has one or more independent reports (Pareto-distributed count, {@link
 *       Settings#storiesTail()}); the first is the event's text, the others the same text under a small word
 *       permutation (bands of {@value #STORY_BAND}), so they share the event's vocabulary but few phrases.</li>
 *   <li><b>Syndication families.</b> Each report is republished by a heavy-tailed number of other outlets
 *       ({@link Settings#copiesTail()}, at most {@link Settings#maxCopies()}): most reports by none, some by
 *       dozens, like a wire story. A copy is taken from the original or from an earlier copy (a chain); it keeps
 *       a run of its parent's lines (at least {@link Settings#minShare()}), may insert commentary lines (from
 *       another source, permuted so they link to nothing) and may change a few words.</li>
 * </ul>
 * Outlets are drawn with Zipf-like popularity; a copy is never published by its parent's outlet. A report is
 * dated on its event's day plus up to {@link Settings#jitterDays()}; a copy on or after its parent's day.
 * {@link #writeTruth} writes the ground truth beside the corpus.
 *
 * <p>Deterministic: the same sources, count and seed give the same corpus.
 */
public final class CorpusGenerator {

    /** Word-permutation bands: a later event swaps words within 50 frequency ranks, so its salient words change. */
    static final int EVENT_BAND = 50;
    /** Another report of one event swaps words within 3 ranks: same vocabulary and profile, few shared phrases. */
    static final int STORY_BAND = 3;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /**
     * How articles are made.
     *
     * @param seed         seed of the random choices; default 1 (any fixed value: runs must be repeatable)
     * @param minShare     least share of its parent's lines a copy keeps. Default 0.5: wire copies are cut down
     *                     to about half at most before they stop being the same report
     * @param mixChance    chance that a copy inserts commentary lines. Default 0.2: most republishers add nothing
     * @param editChance   chance that a copy changes a few words. Default 0.3
     * @param spreadDays   days over which events are spread. Default 365: a year of news
     * @param jitterDays   most days a report lies after its event's day, or a copy after its parent. Default 3
     * @param storiesTail  Pareto exponent of reports per event (at least 1). Default 1.5: mean about 3, most
     *                     events with one or two reports, a few with dozens
     * @param copiesTail   Pareto exponent of (1 + copies) per report. Default 1.8: mean about 2.2; about half
     *                     of the articles are reprints, as crawls of news find
     * @param maxCopies    most copies of one report. Default 200: the largest wire families
     * @param outlets      how many outlets publish. Default 500
     */
    public record Settings(long seed, double minShare, double mixChance, double editChance, int spreadDays,
                           int jitterDays, double storiesTail, double copiesTail, int maxCopies, int outlets) {
        public Settings {
            if (!(minShare > 0 && minShare <= 1) || !(mixChance >= 0 && mixChance <= 1)
                    || !(editChance >= 0 && editChance <= 1) || spreadDays < 1 || jitterDays < 0
                    || !(storiesTail > 0) || !(copiesTail > 0) || maxCopies < 0 || outlets < 2) {
                throw new IllegalArgumentException("bad generator settings: minShare " + minShare + ", mixChance "
                        + mixChance + ", editChance " + editChance + ", spreadDays " + spreadDays + ", jitterDays "
                        + jitterDays + ", storiesTail " + storiesTail + ", copiesTail " + copiesTail
                        + ", maxCopies " + maxCopies + ", outlets " + outlets);
            }
        }

        /** The documented defaults. */
        public static Settings defaults() {
            return new Settings(1, 0.5, 0.2, 0.3, 365, 3, 1.5, 1.8, 200, 500);
        }

        /** The defaults with another seed. */
        public static Settings seeded(long seed) {
            Settings d = defaults();
            return new Settings(seed, d.minShare, d.mixChance, d.editChance, d.spreadDays, d.jitterDays,
                    d.storiesTail, d.copiesTail, d.maxCopies, d.outlets);
        }
    }

    /**
     * One generated article and its truth: the event and report (story) it tells, the article it was copied
     * from (empty for an original report) and its outlet.
     */
    public record Generated(String id, String title, LocalDate date, String text, String outlet, int event,
                            int story, Optional<String> parent) {
        public Generated {
            Objects.requireNonNull(id);
            Objects.requireNonNull(title);
            Objects.requireNonNull(date);
            Objects.requireNonNull(text);
            Objects.requireNonNull(outlet);
            Objects.requireNonNull(parent);
        }
    }

    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

    private final Settings settings;

    public CorpusGenerator(Settings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    /**
     * {@code count} articles made from {@code sources} (each a document's text; blank ones are passed over), in
     * the order made (an event's reports and their copies together). Throws {@link IllegalArgumentException}
     * when no source has text.
     */
    public List<Generated> generate(List<String> sources, int count) {
        List<String> docs = new ArrayList<>();
        for (String s : sources) {
            if (!s.isBlank()) {
                docs.add(s.strip());
            }
        }
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("no source text among " + sources.size() + " sources");
        }
        Random rng = new Random(settings.seed());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, rng);
        String idFormat = "gen-%0" + Integer.toString(Math.max(1, count)).length() + "d";
        List<Generated> out = new ArrayList<>(count);
        for (int event = 0; out.size() < count; event++) {
            int source = order.get(event % docs.size());
            String eventText = event < docs.size() ? docs.get(source)
                    : permute(docs.get(source), EVENT_BAND, rng.nextLong());
            LocalDate day = FIRST_DAY.plusDays(rng.nextInt(settings.spreadDays()));
            int stories = Math.min(pareto(settings.storiesTail(), rng), 50);
            for (int story = 0; story < stories && out.size() < count; story++) {
                String text = story == 0 ? eventText : permute(eventText, STORY_BAND, rng.nextLong());
                String[] lines = text.split("\\R+");
                List<Generated> family = new ArrayList<>();
                LocalDate date = day.plusDays(rng.nextInt(settings.jitterDays() + 1));
                family.add(new Generated(String.format(Locale.ROOT, idFormat, out.size()), lines[0], date,
                        String.join("\n", lines) + "\n", outlet(rng), event, story, Optional.empty()));
                out.add(family.get(0));
                int copies = Math.min(pareto(settings.copiesTail(), rng) - 1, settings.maxCopies());
                for (int c = 0; c < copies && out.size() < count; c++) {
                    Generated parent = family.get(rng.nextInt(family.size()));
                    Generated copy = new Generated(String.format(Locale.ROOT, idFormat, out.size()), parent.title(),
                            parent.date().plusDays(rng.nextInt(settings.jitterDays() + 1)),
                            copyText(parent.text(), docs, rng), otherOutlet(parent.outlet(), rng), event, story,
                            Optional.of(parent.id()));
                    family.add(copy);
                    out.add(copy);
                }
            }
        }
        return out;
    }

    /** A copy of {@code text}: a run of its lines, maybe with commentary inserted and a few words changed. */
    private String copyText(String text, List<String> docs, Random rng) {
        String[] lines = text.split("\n");
        int keep = Math.max(1, (int) Math.ceil(lines.length * (settings.minShare()
                + rng.nextDouble() * (1 - settings.minShare()))));
        int start = rng.nextInt(lines.length - keep + 1);
        List<String> kept = new ArrayList<>(List.of(lines).subList(start, start + keep));
        if (rng.nextDouble() < settings.mixChance()) {
            String[] other = permute(docs.get(rng.nextInt(docs.size())), EVENT_BAND, rng.nextLong()).split("\\R+");
            int from = rng.nextInt(other.length);
            int n = Math.min(other.length - from, 1 + rng.nextInt(2));
            kept.addAll(rng.nextInt(kept.size() + 1), List.of(other).subList(from, from + n));
        }
        if (rng.nextDouble() < settings.editChance()) {
            for (int e = 1 + rng.nextInt(3); e > 0; e--) {
                int l = rng.nextInt(kept.size());
                String[] words = kept.get(l).split(" ");
                words[rng.nextInt(words.length)] = words[rng.nextInt(words.length)];
                kept.set(l, String.join(" ", words));
            }
        }
        return String.join("\n", kept) + "\n";
    }

    /** Outlet popularity is Zipf-like: outlet k is drawn with weight about 1/k. */
    private String outlet(Random rng) {
        double harmonic = Math.log(settings.outlets()) + 0.5772;
        int k = (int) Math.min(settings.outlets() - 1, Math.floor(Math.exp(rng.nextDouble() * harmonic) - 1));
        return String.format(Locale.ROOT, "outlet-%03d", Math.max(0, k));
    }

    private String otherOutlet(String parent, Random rng) {
        for (int tries = 0; tries < 8; tries++) {
            String o = outlet(rng);
            if (!o.equals(parent)) {
                return o;
            }
        }
        return parent.equals("outlet-001") ? "outlet-000" : "outlet-001";
    }

    /** A Pareto draw with minimum 1 and exponent {@code tail}, rounded down. */
    private static int pareto(double tail, Random rng) {
        double u = 1 - rng.nextDouble();
        return (int) Math.min(Integer.MAX_VALUE / 2, Math.floor(Math.pow(u, -1 / tail)));
    }

    /**
     * {@code text} with each word type swapped with another of the text's own word types of about the same
     * frequency: types are ranked by count (ties by spelling) and shuffled within bands of {@code band} ranks.
     * Spacing, punctuation, line breaks and a capital first letter stay.
     */
    static String permute(String text, int band, long seed) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            counts.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        List<String> ranked = new ArrayList<>(counts.keySet());
        ranked.sort((x, y) -> counts.get(y).equals(counts.get(x)) ? x.compareTo(y) : counts.get(y) - counts.get(x));
        Random rng = new Random(seed);
        Map<String, String> swap = new HashMap<>();
        for (int from = 0; from < ranked.size(); from += band) {
            List<String> block = ranked.subList(from, Math.min(ranked.size(), from + band));
            List<String> shuffled = new ArrayList<>(block);
            Collections.shuffle(shuffled, rng);
            for (int i = 0; i < block.size(); i++) {
                swap.put(block.get(i), shuffled.get(i));
            }
        }
        StringBuilder out = new StringBuilder(text.length());
        m = WORD.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String w = m.group();
            String to = swap.get(w.toLowerCase(Locale.ROOT));
            if (Character.isUpperCase(w.charAt(0)) && !to.isEmpty()) {
                to = to.substring(0, 1).toUpperCase(Locale.ROOT) + to.substring(1);
            }
            out.append(to);
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
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

    /** Writes {@code articles} as stemma's corpus JSONL (id, outlet, title, date, text), one per line. */
    public static void writeJsonl(List<Generated> articles, Writer out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        for (Generated a : articles) {
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("outlet", a.outlet());
            g.writeStringField("title", a.title());
            g.writeStringField("date", a.date().toString());
            g.writeStringField("text", a.text());
            g.writeEndObject();
            g.writeRaw('\n');
        }
        g.flush();
    }

    /**
     * Writes the ground truth of {@code articles}, one JSON object a line: {@code id}, {@code event} (a number),
     * {@code story} ("event.report"; the articles of one story are one syndication family), {@code parent} (the id copied
     * from, or null for an original report) and {@code outlet}.
     */
    public static void writeTruth(List<Generated> articles, Writer out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        for (Generated a : articles) {
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeNumberField("event", a.event());
            g.writeStringField("story", a.event() + "." + a.story());
            if (a.parent().isPresent()) {
                g.writeStringField("parent", a.parent().get());
            } else {
                g.writeNullField("parent");
            }
            g.writeStringField("outlet", a.outlet());
            g.writeEndObject();
            g.writeRaw('\n');
        }
        g.flush();
    }
}
