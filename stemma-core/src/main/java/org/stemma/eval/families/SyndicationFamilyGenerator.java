package org.stemma.eval.families;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.stemma.eval.ProvenanceTruth;
import org.stemma.model.LostSource;
import org.stemma.model.Origin;
import org.stemma.model.RawArticle;

/**
 * Builds syndication families from real article text: each family is one real article (the original) and
 * copies made from it the way republishers make them, with the true lineage alongside.
 *
 * <p><b>Shapes</b>, chosen at random per family: a star (two or three outlets copy the original, or as many as
 * {@link FamilyConfig#starCopies()} asks: a wire story), a chain
 * (a copy of a copy of a copy), a mixed tree (a chain and a direct copy), a lost original (the original is
 * left out of the corpus; two or three copies each drop a different paragraph, so each keeps material the
 * others lack), and a lost original with a chain below one of its copies.
 *
 * <p><b>Copies</b> take their parent's text and then, each with the probability {@link FamilyConfig} gives,
 * cut its end, drop an inner paragraph, delete a few words, insert commentary paragraphs (sometimes marked
 * "Comment:"), open with a lead of their own, and credit the parent's outlet in a closing line ("Source: X",
 * "via X", "(c) X 2019", "first published by X"); a copy inherits its parent's credit line unless it writes
 * its own or cuts it. Commentary and leads are real sentences from other articles of the pool, each used once.
 *
 * <p><b>Dates.</b> In a dated family each copy appears 1 to 36 hours after its parent; a copy's date may be
 * missing or wrong (before its parent's), as {@link FamilyConfig#missingDate()} and
 * {@link FamilyConfig#wrongDate()} say. Undated families carry no dates.
 *
 * <p><b>Independence.</b> No two originals or inserted pieces share an 8-word shingle, so families are not
 * linked to each other by the pool's own overlaps. Article ids are random hex, so no id order gives the
 * lineage away. Deterministic for a seed and a pool (the pool is sorted by id first); not thread-safe per
 * call but immutable, so one instance may serve several threads.
 */
public final class SyndicationFamilyGenerator {
    /** Shingle length for the independence check: 8 words rarely repeat by chance in news text. */
    private static final int SHINGLE_WORDS = 8;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"\u201d']?)\\s+(?=[\"\u201c]?\\p{Lu})");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String OUTLETS = "outlets.txt";
    /** A dropped paragraph of a lost original's witness: at least this many words, so it is a real paragraph. */
    private static final int MIN_DROPPED_WORDS = 40;
    /** Copies appear 1 to 36 hours after their parent; wrong dates lie 1 to 48 hours before it. */
    private static final int MAX_LAG_HOURS = 36;
    private static final int MAX_WRONG_HOURS = 48;
    /** Originals are dated within about seven years from 2015. */
    private static final int DATE_RANGE_DAYS = 2500;
    private static final LocalDateTime EPOCH = LocalDateTime.of(2015, 1, 1, 0, 0);

    /** Inserted pieces start this many sentences into their article, past its headline and dateline. */
    private static final int SKIP_OPENING = 2;
    /** A trim cuts 10% to 30% of the sentences and keeps at least two thirds: the story's end, not its body. */
    private static final double MIN_CUT = 0.1;
    private static final double MAX_EXTRA_CUT = 0.2;
    private static final double MIN_KEPT = 2.0 / 3;
    /** A lost original has three witnesses in this share of families, two in the rest. */
    private static final double THREE_WITNESSES = 0.4;

    private enum Shape { STAR, CHAIN, MIXED, LOST, LOST_CHAIN }

    private final FamilyConfig config;
    private final List<String> outlets;

    public SyndicationFamilyGenerator(FamilyConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config is null; use FamilyConfig.defaults(n, seed)");
        }
        this.config = config;
        this.outlets = bundledOutlets();
        if (outlets.size() < 2 * FamilyConfig.MAX_STAR_COPIES + 1) {
            throw new IllegalStateException(OUTLETS + " names " + outlets.size() + " outlets; a star family needs up to "
                    + (2 * FamilyConfig.MAX_STAR_COPIES + 1) + " distinct ones");
        }
    }

    /** One article being built. */
    private static final class Node {
        final String id;
        final String outlet;
        final List<String> sentences;
        final Node parent;
        final boolean lost;
        Optional<String> creditLine = Optional.empty();
        LocalDateTime trueDate;
        Optional<LocalDateTime> shownDate = Optional.empty();

        Node(String id, String outlet, List<String> sentences, Node parent, boolean lost) {
            this.id = id;
            this.outlet = outlet;
            this.sentences = sentences;
            this.parent = parent;
            this.lost = lost;
        }
    }

    /** Where inserted pieces come from: real sentences of pool articles used by no family yet. */
    private static final class Fillers {
        final List<List<String>> articles;
        int next;

        Fillers(List<List<String>> articles) {
            this.articles = articles;
        }

        Optional<List<String>> take(int sentences) {
            while (next < articles.size()) {
                List<String> a = articles.get(next++);
                // Past the opening lines, which in a scraped article are often a headline or a dateline.
                if (a.size() >= SKIP_OPENING + sentences) {
                    return Optional.of(List.copyOf(a.subList(SKIP_OPENING, SKIP_OPENING + sentences)));
                }
            }
            return Optional.empty();
        }
    }

    /** Builds the families from {@code pool}, real articles in any order. */
    public GeneratedFamilies generate(List<RawArticle> pool) {
        SplittableRandom random = new SplittableRandom(config.seed());
        List<RawArticle> shuffled = new ArrayList<>(pool);
        shuffled.sort(Comparator.comparing(RawArticle::id));
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            RawArticle t = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, t);
        }
        Set<String> shingles = new HashSet<>();
        List<List<String>> originals = new ArrayList<>();
        List<List<String>> fillers = new ArrayList<>();
        for (RawArticle a : shuffled) {
            List<String> sentences = sentences(a.text());
            boolean original = originals.size() < config.families() && sentences.size() >= config.minSentences()
                    && words(sentences) >= config.minOriginalWords();
            if (sentences.size() < 2 || !independent(sentences, shingles)) {
                continue;
            }
            if (original) {
                originals.add(List.copyOf(sentences.subList(0, Math.min(sentences.size(), config.maxSentences()))));
            } else {
                fillers.add(sentences);
            }
        }
        Fillers supply = new Fillers(fillers);
        List<RawArticle> articles = new ArrayList<>();
        List<ProvenanceTruth.Lineage> truth = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int f = 0; f < originals.size(); f++) {
            String family = String.format(Locale.ROOT, "f%04d", f + 1);
            buildFamily(family, originals.get(f), random, supply, ids, articles, truth);
        }
        articles.sort(Comparator.comparing(RawArticle::id));
        return new GeneratedFamilies(articles, new ProvenanceTruth(truth));
    }

    private void buildFamily(String family, List<String> original, SplittableRandom random, Fillers supply,
                             Set<String> ids, List<RawArticle> articles, List<ProvenanceTruth.Lineage> truth) {
        Shape shape = Shape.values()[random.nextInt(Shape.values().length)];
        boolean dated = random.nextDouble() < config.datedShare();
        List<String> names = new ArrayList<>(outlets);
        for (int i = names.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = names.get(i);
            names.set(i, names.get(j));
            names.set(j, t);
        }
        int[] nextOutlet = {0};
        boolean lostRoot = shape == Shape.LOST || shape == Shape.LOST_CHAIN;
        Node root = new Node(lostRoot ? LostSource.PREFIX + family : newId(random, ids),
                names.get(nextOutlet[0]++), original, null, lostRoot);
        root.trueDate = EPOCH.plusDays(random.nextInt(DATE_RANGE_DAYS)).plusMinutes(random.nextInt(24 * 60));
        if (dated && random.nextDouble() >= config.missingDate()) {
            root.shownDate = Optional.of(root.trueDate);
        }
        List<Node> nodes = new ArrayList<>();
        nodes.add(root);
        java.util.function.BiFunction<Node, int[], Node> copy = (parent, sibling) -> {
            Node c = copyOf(parent, sibling[0], sibling[1], names.get(nextOutlet[0]++ % names.size()), random,
                    supply, ids, dated);
            nodes.add(c);
            return c;
        };
        switch (shape) {
            case STAR -> {
                int n = random.nextBoolean() ? 2 : 3;
                if (config.starCopies() > 0) {
                    n = config.starCopies() + random.nextInt(config.starCopies() + 1);
                }
                for (int i = 0; i < n; i++) {
                    copy.apply(root, new int[] {i, n});
                }
            }
            case CHAIN -> {
                Node c = copy.apply(root, new int[] {0, 1});
                c = copy.apply(c, new int[] {0, 1});
                if (random.nextBoolean()) {
                    copy.apply(c, new int[] {0, 1});
                }
            }
            case MIXED -> {
                Node c = copy.apply(root, new int[] {0, 2});
                copy.apply(c, new int[] {0, 1});
                copy.apply(root, new int[] {1, 2});
            }
            case LOST -> {
                int n = random.nextDouble() < THREE_WITNESSES ? 3 : 2;
                for (int i = 0; i < n; i++) {
                    copy.apply(root, new int[] {i, n});
                }
            }
            case LOST_CHAIN -> {
                Node w = copy.apply(root, new int[] {0, 2});
                copy.apply(root, new int[] {1, 2});
                copy.apply(w, new int[] {0, 1});
            }
        }
        for (Node n : nodes) {
            if (n.lost) {
                continue;
            }
            articles.add(new RawArticle(n.id, text(n), Optional.of(n.outlet), Optional.empty(), Optional.empty(),
                    n.shownDate.map(d -> d.toString() + ":00Z"), Optional.of("en"), new Origin(family, 0), 0));
            truth.add(new ProvenanceTruth.Lineage(n.id, family, Optional.ofNullable(n.parent).map(p -> p.id), dated));
        }
    }

    /**
     * Replaces {@code edits} words of {@code s}, each inside a sentence (not its first or last word), with a word
     * of another sentence of the same text: a name, a number or a verb swapped for another the story uses, which
     * changes what it says while keeping its vocabulary. A sentence of six words or fewer is left alone, as the
     * word cuts leave it.
     */
    private static void substitute(List<String> s, int edits, SplittableRandom random) {
        if (s.size() < 2) {
            return;
        }
        for (int e = 0; e < edits; e++) {
            int i = random.nextInt(s.size());
            String[] w = s.get(i).split(" ");
            int j = random.nextInt(s.size() - 1);
            String[] other = s.get(j >= i ? j + 1 : j).split(" ");
            String word = other[random.nextInt(other.length)];
            if (w.length > 6 && !word.isEmpty()) {
                int at = 1 + random.nextInt(w.length - 2);
                if (!w[at].equals(word)) {
                    w[at] = word;
                    s.set(i, String.join(" ", w));
                }
            }
        }
    }

    /** Copy {@code sibling} of {@code siblings} made from {@code parent}. */
    private Node copyOf(Node parent, int sibling, int siblings, String outlet, SplittableRandom random,
                        Fillers supply, Set<String> ids, boolean dated) {
        List<String> s = new ArrayList<>(parent.sentences);
        Optional<String> credit = parent.creditLine;
        if (parent.lost) {
            dropChunk(s, sibling, siblings);
        } else if (random.nextDouble() < config.dropParagraph() && s.size() > 4) {
            s.remove(1 + random.nextInt(s.size() - 2));
        }
        if (random.nextDouble() < config.trim()) {
            int cut = Math.max(1, (int) Math.round(s.size() * (MIN_CUT + MAX_EXTRA_CUT * random.nextDouble())));
            int keep = Math.max((int) Math.ceil(s.size() * MIN_KEPT), s.size() - cut);
            if (keep < s.size()) {
                s.subList(keep, s.size()).clear();
                credit = Optional.empty();
            }
        }
        if (random.nextDouble() < config.wordEdits()) {
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int i = random.nextInt(s.size());
                String[] w = s.get(i).split(" ");
                if (w.length > 6) {
                    int at = 1 + random.nextInt(w.length - 3);
                    List<String> kept = new ArrayList<>(List.of(w));
                    kept.remove(at);
                    s.set(i, String.join(" ", kept));
                }
            }
        }
        // Drawn only when asked for, so that the default corpora keep their random sequence byte for byte.
        if (config.substitutions() > 0 && random.nextDouble() < config.substitutions()) {
            substitute(s, 1 + random.nextInt(3), random);
        }
        if (random.nextDouble() < config.commentary()) {
            Optional<List<String>> piece = supply.take(1 + random.nextInt(3));
            if (piece.isPresent()) {
                List<String> p = new ArrayList<>(piece.get());
                if (random.nextBoolean()) {
                    p.set(0, "Comment: " + p.get(0));
                }
                s.addAll(1 + random.nextInt(s.size() - 1), p);
            }
        }
        if (random.nextDouble() < config.lead()) {
            supply.take(1 + random.nextInt(2)).ifPresent(p -> s.addAll(0, p));
        }
        if (random.nextDouble() < config.credit()) {
            String[] forms = {"Source: %s", "Via %s", "(c) %s %d", "This story was first published by %s."};
            int form = random.nextInt(forms.length);
            credit = Optional.of(String.format(Locale.ROOT, forms[form], parent.outlet,
                    parent.trueDate.getYear()));
        }
        Node c = new Node(newId(random, ids), outlet, s, parent, false);
        c.creditLine = credit;
        c.trueDate = parent.trueDate.plusMinutes(60 + random.nextInt(MAX_LAG_HOURS * 60));
        if (dated) {
            double r = random.nextDouble();
            if (r < config.missingDate()) {
                c.shownDate = Optional.empty();
            } else if (r < config.missingDate() + config.wrongDate()) {
                c.shownDate = Optional.of(parent.trueDate.minusMinutes(60 + random.nextInt(MAX_WRONG_HOURS * 60)));
            } else {
                c.shownDate = Optional.of(c.trueDate);
            }
        }
        return c;
    }

    /**
     * A lost original's witness {@code sibling} of {@code siblings} drops its own stretch of at least
     * {@link #MIN_DROPPED_WORDS} words, disjoint from the others', so each keeps what the others lack.
     */
    private static void dropChunk(List<String> s, int sibling, int siblings) {
        int from = sibling * s.size() / siblings;
        int to = from;
        int words = 0;
        // Never the last sentence: a copy whose end is gone looks trimmed, which is a different story.
        int limit = Math.min((sibling + 1) * s.size() / siblings, s.size() - 1);
        while (to < limit && (words < MIN_DROPPED_WORDS || to - from < 2)) {
            words += s.get(to).split(" ").length;
            to++;
        }
        s.subList(from, to).clear();
    }

    private static String text(Node n) {
        List<String> paragraphs = new ArrayList<>(n.sentences);
        n.creditLine.ifPresent(paragraphs::add);
        return String.join("\n\n", paragraphs) + "\n";
    }

    private static String newId(SplittableRandom random, Set<String> ids) {
        while (true) {
            String id = String.format(Locale.ROOT, "g%010x", random.nextLong(1L << 40));
            if (ids.add(id)) {
                return id;
            }
        }
    }

    /** Sentences of a text: its non-blank lines, each split where a sentence ends and a capital follows. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            for (String s : SENTENCE_END.split(line.strip())) {
                String t = s.strip().replaceAll("\\s+", " ");
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static int words(List<String> sentences) {
        int n = 0;
        for (String s : sentences) {
            n += s.split(" ").length;
        }
        return n;
    }

    /** Whether {@code sentences} share no shingle with what was taken before; if so, their shingles are taken. */
    private static boolean independent(List<String> sentences, Set<String> taken) {
        List<String> w = new ArrayList<>();
        for (String s : sentences) {
            for (String t : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
                if (!t.isEmpty()) {
                    w.add(t);
                }
            }
        }
        List<String> mine = new ArrayList<>();
        for (int i = 0; i + SHINGLE_WORDS <= w.size(); i++) {
            String shingle = String.join(" ", w.subList(i, i + SHINGLE_WORDS));
            if (taken.contains(shingle)) {
                return false;
            }
            mine.add(shingle);
        }
        taken.addAll(mine);
        return true;
    }

    private static List<String> bundledOutlets() {
        try (InputStream in = SyndicationFamilyGenerator.class.getResourceAsStream(OUTLETS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + OUTLETS + " beside "
                        + SyndicationFamilyGenerator.class);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + OUTLETS, e);
        }
    }
}
