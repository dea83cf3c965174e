package org.stemma.quotes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.stemma.fingerprint.Stopwords;
import org.stemma.model.Article;
import org.stemma.model.Edit;
import org.stemma.model.EditOp;
import org.stemma.model.Passage;
import org.stemma.model.Quote;
import org.stemma.model.QuoteDrift;
import org.stemma.model.QuoteGroup;
import org.stemma.model.QuoteKind;
import org.stemma.model.Span;
import org.stemma.quotes.Tokens.Tok;

/**
 * Groups quotations by three links, closed transitively: (1) the aligner's passages — a quotation whose words
 * fall in a passage is carried to the other article's words there, whether quoted, reported or written as
 * the outlet's own ({@link QuoteKind#ABSORBED}); (2) one speaker, shared content words — translations and
 * paraphrases the aligner cannot pair; (3) one speaker, one article, a short gap — a statement quoted in pieces.
 *
 * <p>Drift: {@code words_changed} when an aligned quotation has non-equal edits inside it or a linked pair's
 * words differ; {@code marks_dropped} when some members are quoted and others not; {@code speaker_changed}
 * when members name different speakers (compared by last name word); {@code speaker_dropped} when some
 * members name none. Cost: linear in passages' edits and quotations, quadratic only within one speaker's
 * quotations. Deterministic; thread-safe.
 */
final class ReferenceQuoteGrouper implements QuoteGrouper {
    private final QuoteGroupConfig config;
    private final Stopwords stopwords = Stopwords.allBundled();

    ReferenceQuoteGrouper() {
        this(QuoteGroupConfig.defaults());
    }

    ReferenceQuoteGrouper(QuoteGroupConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config is null; use QuoteGroupConfig.defaults()");
        }
        this.config = config;
    }

    @Override
    public List<QuoteGroup> group(List<Article> articles, List<Quote> quotes, List<Passage> passages) {
        Map<String, Article> byId = new TreeMap<>();
        for (Article a : articles) {
            byId.put(a.id(), a);
        }
        Graph g = new Graph();
        quotes.stream().filter(q -> byId.containsKey(q.articleId()))
                .sorted(Comparator.comparing(Quote::articleId).thenComparing(Quote::span)
                        .thenComparing(Quote::kind))
                .forEach(g::add);
        int extracted = g.nodes.size();
        statements(g, extracted);
        for (Passage p : passages) {
            if (byId.containsKey(p.a()) && byId.containsKey(p.b())) {
                carry(g, p, true, byId);
                carry(g, p, false, byId);
            }
        }
        sharedWords(g, extracted, byId);
        return groups(g, byId);
    }

    /** Quotations and the links between them. */
    private static final class Graph {
        final List<Quote> nodes = new ArrayList<>();
        final List<Integer> parent = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();
        final Map<Integer, Set<String>> changes = new HashMap<>();
        /** Node indices per article, ascending, so a passage looks only at its two articles' quotations. */
        final Map<String, List<Integer>> byArticle = new HashMap<>();

        List<Integer> of(String articleId) {
            return byArticle.getOrDefault(articleId, List.of());
        }

        int add(Quote q) {
            String key = q.articleId() + "\u0000" + q.span().start() + ":" + q.span().end() + ":" + q.kind();
            Integer known = index.get(key);
            if (known != null) {
                return known;
            }
            nodes.add(q);
            parent.add(nodes.size() - 1);
            index.put(key, nodes.size() - 1);
            byArticle.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(nodes.size() - 1);
            return nodes.size() - 1;
        }

        int find(int i) {
            while (parent.get(i) != i) {
                parent.set(i, parent.get(parent.get(i)));
                i = parent.get(i);
            }
            return i;
        }

        void union(int i, int j) {
            int a = find(i);
            int b = find(j);
            if (a != b) {
                parent.set(Math.max(a, b), Math.min(a, b));
            }
        }

        void note(int node, String change) {
            changes.computeIfAbsent(node, k -> new TreeSet<>()).add(change);
        }
    }

    /** Link (3): pieces of one statement in one article. */
    private void statements(Graph g, int n) {
        for (int i = 0; i + 1 < n; i++) {
            Quote a = g.nodes.get(i);
            for (int j = i + 1; j < n; j++) {
                Quote b = g.nodes.get(j);
                if (!b.articleId().equals(a.articleId()) || b.span().start() - a.span().end() > config.statementGapChars()) {
                    break;
                }
                if (sameSpeaker(a, b)) {
                    g.union(i, j);
                } else if (b.speaker().isPresent()) {
                    break;
                }
            }
        }
    }

    private static boolean sameSpeaker(Quote a, Quote b) {
        return a.speakerName().isPresent() && b.speakerName().isPresent()
                && lastWord(a.speakerName().get()).equals(lastWord(b.speakerName().get()));
    }

    static String lastWord(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).trim().split("[\\s.]+");
        return words.length == 0 ? "" : words[words.length - 1];
    }

    /** Link (1): every quotation on one side of a passage carried to the other side. */
    private void carry(Graph g, Passage p, boolean fromA, Map<String, Article> byId) {
        String from = fromA ? p.a() : p.b();
        String to = fromA ? p.b() : p.a();
        Span region = fromA ? p.inA() : p.inB();
        String fromText = byId.get(from).text();
        String toText = byId.get(to).text();
        int n = g.nodes.size();
        List<Integer> ofFrom = g.of(from);
        for (int k = 0; k < ofFrom.size() && ofFrom.get(k) < n; k++) {
            int i = ofFrom.get(k);
            Quote q = g.nodes.get(i);
            if (q.kind() == QuoteKind.ABSORBED || !q.span().overlaps(region)) {
                continue;
            }
            int equalChars = 0;
            int start = Integer.MAX_VALUE;
            int end = -1;
            List<String> changed = new ArrayList<>();
            for (Edit e : p.edits()) {
                Span here = fromA ? e.a() : e.b();
                Span there = fromA ? e.b() : e.a();
                boolean inside = here.isEmpty() ? here.start() > q.span().start() && here.start() < q.span().end()
                        : here.overlaps(q.span());
                if (!inside) {
                    continue;
                }
                start = Math.min(start, there.start());
                end = Math.max(end, there.end());
                if (e.op() == EditOp.EQUAL) {
                    equalChars += here.overlap(q.span());
                } else {
                    changed.add(describe(e.op(), here.of(fromText), there.of(toText), fromA));
                }
            }
            if (equalChars < config.minAlignedChars() || equalChars < config.minAlignedShare() * q.span().length()
                    || end <= start) {
                continue;
            }
            Span mapped = new Span(start, end);
            List<Integer> targets = new ArrayList<>();
            List<Integer> ofTo = g.of(to);
            for (int m = 0; m < ofTo.size() && ofTo.get(m) < n; m++) {
                int j = ofTo.get(m);
                Quote t = g.nodes.get(j);
                if (t.span().overlaps(mapped) && t.kind() != QuoteKind.ABSORBED) {
                    targets.add(j);
                }
            }
            boolean marked = q.kind().marked();
            boolean targetMarked = targets.stream().anyMatch(j -> g.nodes.get(j).kind().marked());
            if (targets.isEmpty()) {
                targets.add(g.add(new Quote(to, mapped, QuoteKind.ABSORBED, Optional.empty())));
            }
            for (int j : targets) {
                g.union(i, j);
            }
            if (marked && !targetMarked) {
                g.note(i, to + ": quotation marks dropped around '" + clip(mapped.of(toText)) + "' (quoted in "
                        + from + ")");
            }
            if (!changed.isEmpty()) {
                String pair = fromA ? from + " \u2192 " + to : to + " \u2192 " + from;
                g.note(i, pair + ": " + String.join("; ", changed));
            }
        }
    }

    private static String describe(EditOp op, String here, String there, boolean fromA) {
        String a = clip(fromA ? here : there);
        String b = clip(fromA ? there : here);
        return switch (op) {
            case SUBSTITUTE -> "'" + a + "' \u2192 '" + b + "'";
            case DELETE -> "-'" + a + "'";
            case INSERT -> "+'" + b + "'";
            case EQUAL -> "'" + a + "'";
        };
    }

    private static final int CLIP_CHARS = 80;

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() <= CLIP_CHARS ? one : one.substring(0, CLIP_CHARS) + "\u2026";
    }

    /** Link (2): one speaker, shared content words, in different articles. */
    private void sharedWords(Graph g, int n, Map<String, Article> byId) {
        Map<String, List<Integer>> bySpeaker = new TreeMap<>();
        List<List<String>> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Quote q = g.nodes.get(i);
            words.add(contentWords(byId.get(q.articleId()).text(), q.span()));
            int index = i;
            q.speakerName().ifPresent(s -> bySpeaker.computeIfAbsent(lastWord(s), k -> new ArrayList<>()).add(index));
        }
        for (List<Integer> same : bySpeaker.values()) {
            for (int x = 0; x < same.size(); x++) {
                for (int y = x + 1; y < same.size(); y++) {
                    int i = same.get(x);
                    int j = same.get(y);
                    if (g.nodes.get(i).articleId().equals(g.nodes.get(j).articleId())) {
                        continue;
                    }
                    Set<String> a = new LinkedHashSet<>(words.get(i));
                    Set<String> b = new LinkedHashSet<>(words.get(j));
                    int shared = 0;
                    for (String w : a) {
                        if (b.contains(w)) {
                            shared++;
                        }
                    }
                    int smaller = Math.min(a.size(), b.size());
                    if (shared >= config.minSharedWords() && shared >= config.minContainment() * smaller) {
                        g.union(i, j);
                        if (!words.get(i).equals(words.get(j))) {
                            g.note(j, g.nodes.get(i).articleId() + " \u2192 " + g.nodes.get(j).articleId()
                                    + ": reworded, " + shared + " of " + smaller + " content words shared");
                        }
                    }
                }
            }
        }
    }

    private List<String> contentWords(String text, Span span) {
        List<String> out = new ArrayList<>();
        for (Tok t : Tokens.of(text, span.start(), span.end())) {
            String w = t.lower().replace('\u2019', '\'');
            if (t.word() && Character.isLetter(w.codePointAt(0)) && !stopwords.contains(w)) {
                out.add(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
            }
        }
        return out;
    }

    private static List<QuoteGroup> groups(Graph g, Map<String, Article> byId) {
        Map<Integer, List<Integer>> components = new TreeMap<>();
        for (int i = 0; i < g.nodes.size(); i++) {
            components.computeIfAbsent(g.find(i), k -> new ArrayList<>()).add(i);
        }
        List<QuoteGroup> out = new ArrayList<>();
        List<List<Integer>> kept = new ArrayList<>();
        for (List<Integer> members : components.values()) {
            long articles = members.stream().map(i -> g.nodes.get(i).articleId()).distinct().count();
            if (articles >= 2) {
                members.sort(Comparator.comparing((Integer i) -> g.nodes.get(i).articleId())
                        .thenComparing(i -> g.nodes.get(i).span()).thenComparing(i -> g.nodes.get(i).kind()));
                kept.add(members);
            }
        }
        kept.sort(Comparator.comparing((List<Integer> m) -> g.nodes.get(m.get(0)).articleId())
                .thenComparing(m -> g.nodes.get(m.get(0)).span()));
        int number = 0;
        for (List<Integer> members : kept) {
            number++;
            List<Quote> quotes = members.stream().map(g.nodes::get).toList();
            Set<String> changes = new TreeSet<>();
            for (int i : members) {
                changes.addAll(g.changes.getOrDefault(i, Set.of()));
            }
            out.add(new QuoteGroup(String.format(Locale.ROOT, "q%04d", number), speaker(quotes),
                    quotes, earliest(quotes, byId), outlets(quotes, byId), drift(quotes, changes),
                    List.copyOf(changes)));
        }
        return out;
    }

    private static Optional<String> speaker(List<Quote> quotes) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Quote q : quotes) {
            q.speakerName().ifPresent(n -> counts.merge(n, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    private static String earliest(List<Quote> quotes, Map<String, Article> byId) {
        return quotes.stream().map(Quote::articleId).distinct()
                .min(Comparator.comparing((String id) -> byId.get(id).date().date().orElse(LocalDate.MAX))
                        .thenComparing(id -> id))
                .orElseThrow();
    }

    private static List<String> outlets(List<Quote> quotes, Map<String, Article> byId) {
        TreeSet<String> out = new TreeSet<>();
        for (Quote q : quotes) {
            Article a = byId.get(q.articleId());
            out.add(a.raw().outlet().filter(o -> !o.isBlank()).orElse(a.id()));
        }
        return List.copyOf(out);
    }

    private static List<QuoteDrift> drift(List<Quote> quotes, Set<String> changes) {
        List<QuoteDrift> out = new ArrayList<>();
        boolean reworded = changes.stream().anyMatch(c -> !c.contains("quotation marks dropped"));
        if (reworded) {
            out.add(QuoteDrift.WORDS_CHANGED);
        }
        boolean marked = quotes.stream().anyMatch(q -> q.kind().marked());
        boolean unmarked = quotes.stream().anyMatch(q -> !q.kind().marked());
        if (marked && unmarked) {
            out.add(QuoteDrift.MARKS_DROPPED);
        }
        Set<String> speakers = new TreeSet<>();
        for (Quote q : quotes) {
            q.speakerName().ifPresent(s -> speakers.add(lastWord(s)));
        }
        if (speakers.size() > 1) {
            out.add(QuoteDrift.SPEAKER_CHANGED);
        }
        boolean named = !speakers.isEmpty();
        Set<String> articlesWithSpeaker = new TreeSet<>();
        Set<String> articles = new TreeSet<>();
        for (Quote q : quotes) {
            articles.add(q.articleId());
            if (q.speaker().isPresent()) {
                articlesWithSpeaker.add(q.articleId());
            }
        }
        if (named && articlesWithSpeaker.size() < articles.size()) {
            out.add(QuoteDrift.SPEAKER_DROPPED);
        }
        return out;
    }
}
