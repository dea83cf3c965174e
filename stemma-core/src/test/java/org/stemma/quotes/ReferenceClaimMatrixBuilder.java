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
import org.stemma.model.Claim;
import org.stemma.model.ClaimCell;
import org.stemma.model.ClaimState;
import org.stemma.model.Event;
import org.stemma.model.Span;
import org.stemma.model.Story;
import org.stemma.quotes.Tokens.Tok;

/**
 * The claim matrix as {@link SentenceClaimMatrixBuilder} made it before it was made fast, comparing every pair
 * of a storyline's sentences: the reference the fast builder must equal. The rest of its contract:
 *
 * <p>Claims as clusters of sentences: within a storyline, sentences of different articles that share enough
 * content words (Dice over content-word sets) are linked, and linked sentences, closed transitively, make one
 * claim. The reference wording is the sentence of the earliest article (known date first, then id); every
 * other article's cell is verbatim (same words up to case and punctuation), altered (with a word diff against
 * the reference: {@code -dropped}, {@code +added}, {@code old → new}) or absent.
 *
 * <p>Candidate pairs come from an inverted index of content words; words in more sentences than
 * {@link ClaimConfig#maxPostingArticles()} are not used to find pairs. The diff is a longest common
 * subsequence over at most {@link ClaimConfig#maxDiffTokens()} words. Deterministic; thread-safe.
 */
final class ReferenceClaimMatrixBuilder implements ClaimMatrixBuilder {
    private final ClaimConfig config;
    private final Stopwords stopwords = Stopwords.allBundled();

    ReferenceClaimMatrixBuilder() {
        this(ClaimConfig.defaults());
    }

    ReferenceClaimMatrixBuilder(ClaimConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config is null; use ClaimConfig.defaults()");
        }
        this.config = config;
    }

    /** One sentence of one article. */
    private record Sentence(String articleId, Span span, List<String> words, Set<String> content) {
    }

    @Override
    public List<Claim> build(List<Article> articles, List<Event> events, List<Story> stories) {
        Map<String, Article> byId = new TreeMap<>();
        for (Article a : articles) {
            byId.put(a.id(), a);
        }
        Map<String, Event> eventById = new HashMap<>();
        for (Event e : events) {
            eventById.put(e.id(), e);
        }
        List<Claim> out = new ArrayList<>();
        List<Story> sorted = new ArrayList<>(stories);
        sorted.sort(Comparator.comparing(Story::id));
        for (Story s : sorted) {
            TreeSet<String> members = new TreeSet<>();
            for (String e : s.events()) {
                Event event = eventById.get(e);
                if (event != null) {
                    event.articles().stream().filter(byId::containsKey).forEach(members::add);
                }
            }
            if (members.size() >= 2) {
                out.addAll(claims(s.id(), new ArrayList<>(members), byId));
            }
        }
        List<Claim> numbered = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Claim c = out.get(i);
            numbered.add(new Claim(String.format(Locale.ROOT, "c%04d", i + 1), c.story(), c.reference(), c.cells()));
        }
        return numbered;
    }

    private List<Claim> claims(String story, List<String> members, Map<String, Article> byId) {
        List<Sentence> sentences = new ArrayList<>();
        for (String id : members) {
            Article a = byId.get(id);
            for (Span span : sentences(a)) {
                List<String> words = new ArrayList<>();
                Set<String> content = new LinkedHashSet<>();
                for (Tok t : Tokens.of(a.text(), span.start(), span.end())) {
                    if (t.word()) {
                        String w = t.lower().replace('\u2019', '\'');
                        words.add(w);
                        if (Character.isLetter(w.codePointAt(0)) && !stopwords.contains(w)) {
                            content.add(w);
                        }
                    }
                }
                if (content.size() >= config.minSharedWords()) {
                    sentences.add(new Sentence(id, span, words, content));
                }
            }
        }
        int[] parent = new int[sentences.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, List<Integer>> postings = new TreeMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            for (String w : sentences.get(i).content()) {
                postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        // every pair, no index: a word in more sentences than the cap is not counted
        for (int i = 0; i < sentences.size(); i++) {
            for (int j = i + 1; j < sentences.size(); j++) {
                if (sentences.get(j).articleId().equals(sentences.get(i).articleId())) {
                    continue;
                }
                int n = 0;
                for (String w : sentences.get(i).content()) {
                    if (sentences.get(j).content().contains(w) && postings.get(w).size() <= config.maxPostingArticles()) {
                        n++;
                    }
                }
                int total = sentences.get(i).content().size() + sentences.get(j).content().size();
                if (n >= config.minSharedWords() && 2.0 * n / total >= config.minDice()) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Integer>> components = new TreeMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Claim> out = new ArrayList<>();
        for (List<Integer> component : components.values()) {
            Set<String> articles = new TreeSet<>();
            component.forEach(i -> articles.add(sentences.get(i).articleId()));
            if (articles.size() < 2) {
                continue;
            }
            String reference = articles.stream()
                    .min(Comparator.comparing((String id) -> byId.get(id).date().date().orElse(LocalDate.MAX))
                            .thenComparing(id -> id)).orElseThrow();
            Sentence ref = component.stream().map(sentences::get).filter(x -> x.articleId().equals(reference))
                    .min(Comparator.comparing(Sentence::span)).orElseThrow();
            List<ClaimCell> cells = new ArrayList<>();
            for (String id : members) {
                Optional<Sentence> best = component.stream().map(sentences::get).filter(x -> x.articleId().equals(id))
                        .max(Comparator.comparingInt((Sentence x) -> overlap(x, ref))
                                .thenComparing(Sentence::span, Comparator.reverseOrder()));
                if (best.isEmpty()) {
                    cells.add(new ClaimCell(id, ClaimState.ABSENT, Optional.empty(), List.of()));
                } else if (best.get().words().equals(ref.words())) {
                    cells.add(new ClaimCell(id, ClaimState.VERBATIM, Optional.of(best.get().span()), List.of()));
                } else {
                    cells.add(new ClaimCell(id, ClaimState.ALTERED, Optional.of(best.get().span()),
                            diff(ref.words(), best.get().words())));
                }
            }
            out.add(new Claim("pending", story, reference, cells));
        }
        out.sort(Comparator.comparing(Claim::reference).thenComparing(c -> referenceSpan(c).start()));
        return out;
    }

    private static Span referenceSpan(Claim c) {
        return c.cells().stream().filter(x -> x.articleId().equals(c.reference())).findFirst()
                .flatMap(ClaimCell::sentence).orElse(Span.at(0));
    }

    private static int overlap(Sentence a, Sentence b) {
        int n = 0;
        for (String w : a.content()) {
            if (b.content().contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** Word changes that turn {@code a} into {@code b}, by a longest common subsequence. */
    List<String> diff(List<String> a, List<String> b) {
        List<String> x = a.subList(0, Math.min(a.size(), config.maxDiffTokens()));
        List<String> y = b.subList(0, Math.min(b.size(), config.maxDiffTokens()));
        int[][] lcs = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < x.size() || j < y.size()) {
            if (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
                flush(out, dropped, added);
                i++;
                j++;
            } else if (j < y.size() && (i == x.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(y.get(j++));
            } else {
                dropped.add(x.get(i++));
            }
        }
        flush(out, dropped, added);
        return out;
    }

    private static void flush(List<String> out, List<String> dropped, List<String> added) {
        if (!dropped.isEmpty() && !added.isEmpty()) {
            out.add(String.join(" ", dropped) + " \u2192 " + String.join(" ", added));
        } else if (!dropped.isEmpty()) {
            out.add("-" + String.join(" ", dropped));
        } else if (!added.isEmpty()) {
            out.add("+" + String.join(" ", added));
        }
        dropped.clear();
        added.clear();
    }

    /** The body's sentences: lines split after . ! ? before a capital, a digit or a quotation mark. */
    private static List<Span> sentences(Article a) {
        String text = a.text();
        List<Span> out = new ArrayList<>();
        for (Span line : RuleQuoteExtractor.lines(text, a.body())) {
            int start = line.start();
            for (int i = line.start(); i + 1 < line.end(); i++) {
                char c = text.charAt(i);
                if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                    int k = i + 1;
                    while (k < line.end() && Character.isWhitespace(text.charAt(k))) {
                        k++;
                    }
                    if (k < line.end() && (Character.isUpperCase(text.charAt(k)) || "\"\u201C\u201E\u00AB`".indexOf(text.charAt(k)) >= 0)
                            && !shortWordBefore(text, i)) {
                        out.add(new Span(start, i + 1));
                        start = k;
                    }
                }
            }
            out.add(new Span(start, line.end()));
        }
        return out;
    }

    /** "Mr." "U.S." "J.": a dot after one or two letters rarely ends a sentence. */
    private static boolean shortWordBefore(String text, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return dot - s <= 2 && dot - s > 0 && Character.isUpperCase(text.charAt(s));
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int i, int j) {
        int a = find(parent, i);
        int b = find(parent, j);
        if (a != b) {
            parent[Math.max(a, b)] = Math.min(a, b);
        }
    }
}
