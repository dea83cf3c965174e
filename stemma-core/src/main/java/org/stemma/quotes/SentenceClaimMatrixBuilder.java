package org.stemma.quotes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.stemma.util.DisjointSets;
import org.stemma.util.Sorted;

/**
 * Claims as clusters of sentences: within a storyline, sentences of different articles that share enough
 * content words (Dice over content-word sets) are linked, and linked sentences, closed transitively, make one
 * claim. The reference wording is the sentence of the earliest article (known date first, then id); every
 * other article's cell is verbatim (same words up to case and punctuation), altered (with a word diff against
 * the reference: {@code -dropped}, {@code +added}, {@code old → new}) or absent.
 *
 * <p>Candidate pairs come from an inverted index of content words; words in more sentences than
 * {@link ClaimConfig#maxPostingArticles()} are not used to find pairs. The diff is a longest common
 * subsequence over at most {@link ClaimConfig#maxDiffTokens()} words. Deterministic; thread-safe.
 */
public final class SentenceClaimMatrixBuilder implements ClaimMatrixBuilder {
    private final ClaimConfig config;
    private final Stopwords stopwords = Stopwords.allBundled();

    public SentenceClaimMatrixBuilder() {
        this(ClaimConfig.defaults());
    }

    public SentenceClaimMatrixBuilder(ClaimConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config is null; use ClaimConfig.defaults()");
        }
        this.config = config;
    }

    /**
     * One sentence of one article: its words and its distinct content words (first occurrence order) as ids
     * of the storyline's {@link Words}.
     */
    private record Sentence(String articleId, Span span, int[] words, int[] content) {
    }

    /** The words of one storyline, each spelling numbered once, so comparisons are of ints. */
    private final class Words {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> spellings = new ArrayList<>();
        private final List<Boolean> content = new ArrayList<>();

        int id(String word) {
            Integer known = ids.get(word);
            if (known != null) {
                return known;
            }
            int id = spellings.size();
            ids.put(word, id);
            spellings.add(word);
            content.add(Character.isLetter(word.codePointAt(0)) && !stopwords.contains(word));
            return id;
        }

        boolean content(int id) {
            return content.get(id);
        }

        String spelling(int id) {
            return spellings.get(id);
        }

        int size() {
            return spellings.size();
        }
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
        Words dictionary = new Words();
        List<Sentence> sentences = new ArrayList<>();
        for (String id : members) {
            Article a = byId.get(id);
            for (Span span : sentences(a)) {
                List<Tok> toks = Tokens.of(a.text(), span.start(), span.end());
                int[] words = new int[toks.size()];
                int n = 0;
                Set<Integer> content = new LinkedHashSet<>();
                for (Tok t : toks) {
                    if (t.word()) {
                        int w = dictionary.id(t.lower().replace('\u2019', '\''));
                        words[n++] = w;
                        if (dictionary.content(w)) {
                            content.add(w);
                        }
                    }
                }
                if (content.size() >= config.minSharedWords()) {
                    sentences.add(new Sentence(id, span, Arrays.copyOf(words, n),
                            content.stream().mapToInt(Integer::intValue).toArray()));
                }
            }
        }
        int[] parent = link(sentences, dictionary.size());
        Map<Integer, List<Integer>> components = new TreeMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            components.computeIfAbsent(DisjointSets.find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Claim> out = new ArrayList<>();
        List<Span> referenceSpans = new ArrayList<>();
        int[] inReference = new int[dictionary.size()];
        int longest = sentences.stream().mapToInt(x -> x.words().length).max().orElse(0);
        int diffWords = Math.min(longest, config.maxDiffTokens()) + 1;
        int[][] lcs = new int[diffWords][diffWords];
        for (List<Integer> component : components.values()) {
            // the component's sentences of one article are adjacent, articles in members' order
            Map<String, List<Sentence>> byArticle = new TreeMap<>();
            component.forEach(i -> byArticle.computeIfAbsent(sentences.get(i).articleId(), k -> new ArrayList<>())
                    .add(sentences.get(i)));
            if (byArticle.size() < 2) {
                continue;
            }
            String reference = byArticle.keySet().stream()
                    .min(Comparator.comparing((String id) -> byId.get(id).date().date().orElse(LocalDate.MAX))
                            .thenComparing(id -> id)).orElseThrow();
            Sentence ref = byArticle.get(reference).stream().min(Comparator.comparing(Sentence::span)).orElseThrow();
            int stamp = out.size() + 1;
            for (int w : ref.content()) {
                inReference[w] = stamp;
            }
            List<ClaimCell> cells = new ArrayList<>();
            Span referenceSpan = Span.at(0);
            for (String id : members) {
                List<Sentence> own = byArticle.getOrDefault(id, List.of());
                Sentence best = null;
                int bestOverlap = -1;
                for (Sentence x : own) {
                    int overlap = 0;
                    for (int w : x.content()) {
                        if (inReference[w] == stamp) {
                            overlap++;
                        }
                    }
                    // most words shared with the reference, then the earliest
                    if (overlap > bestOverlap || overlap == bestOverlap && x.span().compareTo(best.span()) < 0) {
                        best = x;
                        bestOverlap = overlap;
                    }
                }
                ClaimCell cell;
                if (best == null) {
                    cell = new ClaimCell(id, ClaimState.ABSENT, Optional.empty(), List.of());
                } else if (Arrays.equals(best.words(), ref.words())) {
                    cell = new ClaimCell(id, ClaimState.VERBATIM, Optional.of(best.span()), List.of());
                } else {
                    cell = new ClaimCell(id, ClaimState.ALTERED, Optional.of(best.span()),
                            diff(ref.words(), best.words(), dictionary, lcs));
                }
                if (id.equals(reference)) {
                    referenceSpan = cell.sentence().orElse(Span.at(0));
                }
                cells.add(cell);
            }
            out.add(new Claim("pending", story, reference, cells));
            referenceSpans.add(referenceSpan);
        }
        Integer[] order = new Integer[out.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> out.get(i).reference())
                .thenComparingInt(i -> referenceSpans.get(i).start()));
        List<Claim> ordered = new ArrayList<>(out.size());
        for (int i : order) {
            ordered.add(out.get(i));
        }
        return ordered;
    }

    /**
     * Links sentences of different articles that share enough content words, counting shared words through
     * the inverted index (a word's sentences, ascending) instead of comparing all pairs: a word in more than
     * {@link ClaimConfig#maxPostingArticles()} sentences is not counted, so the work is at most that cap
     * times the storyline's content words. Returns the union-find forest, each root its component's least
     * sentence.
     */
    private int[] link(List<Sentence> sentences, int words) {
        int n = sentences.size();
        int[] postingSize = new int[words];
        for (Sentence s : sentences) {
            for (int w : s.content()) {
                postingSize[w]++;
            }
        }
        int[][] postings = new int[words][];
        for (int w = 0; w < words; w++) {
            postings[w] = new int[postingSize[w]];
        }
        int[] filled = new int[words];
        // sentences of one article are adjacent: the first sentence of the next article, per sentence
        int[] nextArticle = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            boolean sameAsNext = i + 1 < n && sentences.get(i + 1).articleId().equals(sentences.get(i).articleId());
            nextArticle[i] = sameAsNext ? nextArticle[i + 1] : i + 1;
            for (int w : sentences.get(i).content()) {
                postings[w][postingSize[w] - 1 - filled[w]++] = i;
            }
        }
        int[] parent = DisjointSets.singletons(n);
        int[] shared = new int[n];
        int[] touched = new int[n];
        for (int i = 0; i < n; i++) {
            int[] content = sentences.get(i).content();
            int touchedCount = 0;
            for (int w : content) {
                int[] list = postings[w];
                if (list.length > config.maxPostingArticles()) {
                    continue;
                }
                int k = Sorted.firstAtLeast(list, nextArticle[i]);
                for (; k < list.length; k++) {
                    int j = list[k];
                    if (shared[j]++ == 0) {
                        touched[touchedCount++] = j;
                    }
                }
            }
            for (int t = 0; t < touchedCount; t++) {
                int j = touched[t];
                int common = shared[j];
                shared[j] = 0;
                int total = content.length + sentences.get(j).content().length;
                if (common >= config.minSharedWords() && 2.0 * common / total >= config.minDice()) {
                    DisjointSets.union(parent, i, j);
                }
            }
        }
        return parent;
    }

    /** Word changes that turn {@code a} into {@code b}, by a longest common subsequence. */
    List<String> diff(List<String> a, List<String> b) {
        Words dictionary = new Words();
        return diff(a.stream().mapToInt(dictionary::id).toArray(), b.stream().mapToInt(dictionary::id).toArray(),
                dictionary, new int[Math.min(a.size(), config.maxDiffTokens()) + 1][Math.min(b.size(), config.maxDiffTokens()) + 1]);
    }

    private List<String> diff(int[] a, int[] b, Words dictionary, int[][] lcs) {
        int xs = Math.min(a.length, config.maxDiffTokens());
        int ys = Math.min(b.length, config.maxDiffTokens());
        for (int j = 0; j <= ys; j++) {
            lcs[xs][j] = 0;
        }
        for (int i = xs - 1; i >= 0; i--) {
            lcs[i][ys] = 0;
            for (int j = ys - 1; j >= 0; j--) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < xs || j < ys) {
            if (i < xs && j < ys && a[i] == b[j]) {
                flush(out, dropped, added);
                i++;
                j++;
            } else if (j < ys && (i == xs || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(dictionary.spelling(b[j++]));
            } else {
                dropped.add(dictionary.spelling(a[i++]));
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
}
