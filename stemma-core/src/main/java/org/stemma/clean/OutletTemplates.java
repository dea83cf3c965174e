package org.stemma.clean;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.openhft.hashing.LongHashFunction;
import org.stemma.fingerprint.Stopwords;
import org.stemma.model.Article;
import org.stemma.model.Clutter;
import org.stemma.model.ClutterKind;
import org.stemma.model.RawArticle;
import org.stemma.model.Span;

/**
 * The corpus-level part of the clean stage: text an outlet puts on every article (a footer or header: a
 * newsletter plea, a copyright notice, a contact line, "follow us"), found by its repetition across the
 * outlet's unrelated articles and moved from the body to {@link ClutterKind#TEMPLATE} clutter.
 *
 * <p>Why: HTML extraction leaves a site's frame out, but plain-text, JSONL and WARC-converted corpora often keep
 * it. Kept as body, one outlet's footer links every pair of its articles as shared text (two unrelated stories
 * read as copies, their families and storylines join), and each copy's own footer reads as text it added. No
 * per-article rule can tell a site's footer from a story's closing paragraph; the corpus can: the footer
 * recurs, word for word, on stories that share nothing else.
 *
 * <p><b>How.</b> A body segment (a paragraph) votes for its key, per article and outlet, when it stands among
 * the first or last {@link #EDGE_SEGMENTS} segments of the body and is about something else than the rest of
 * the article: under half of its distinct content words occur elsewhere in the body (a story's own paragraph
 * repeats the story's names; a newsletter plea does not). A key at least {@code minArticles} articles of one
 * outlet vote for is a candidate, and a template when at least {@code minArticles} of them tell different
 * stories: no two share a segment besides the outlet's candidates (a sketch of those segments' keys tells the
 * story). An outlet that ran one story twice, or copies of copies of it, repeats the story's short lines at the
 * story's ends, which is no frame. Every body segment with a template's key is then clutter, in any article
 * (a copy that took another site's footer along with its text included), unless that would take more than
 * half of the article's body, which then stays as it was (a stub page, or an outlet's own updates of one
 * story, is not a frame around nothing). The key is the segment's text folded (NFKC, lower case, digits as 0,
 * runs of other characters as one space), so "(c) 2021" and "(C) 2022" are one line.
 *
 * <p>Split in parts so that the same result comes out of one pass over a list ({@link #find}, {@link #apply}),
 * a store that keeps votes as batches arrive, and Spark's map and group: {@link #votes} reads one article,
 * {@link #candidates} counts votes, {@link #context} sketches one article's story, {@link #isTemplate} judges
 * one outlet's key, {@link #apply} rewrites one article. Function words are the fingerprinter's lists
 * ({@link Stopwords}), so that "the" and "und" never make a footer look like the story. Immutable,
 * thread-safe, deterministic.
 */
public final class OutletTemplates {
    /** Default least number of an outlet's articles that must carry a segment for it to be a template. */
    public static final int DEFAULT_MIN_ARTICLES = 3;
    /**
     * A frame stands at the body's ends: a segment votes only among the first or last this many segments.
     * Five: a footer of a few short lines (a plea, a social line, a copyright line), a credit and a tag line.
     */
    static final int EDGE_SEGMENTS = 5;
    /** Under this share of a segment's content words occur elsewhere in the article: about something else. */
    static final double MAX_COHESION = 0.5;

    private static final LongHashFunction HASH = LongHashFunction.xx3();
    private static final Stopwords STOPWORDS = Stopwords.allBundled();

    private final int minArticles;

    /**
     * The story a frame sits on is told by the keys of the article's segments that are no candidate frame of its
     * outlet: the smallest {@value #CONTEXT_KEYS} of them (a bottom-k sketch). Two copies of one story share most
     * of their segments, so their sketches all but surely share a key; two unrelated stories share none.
     */
    static final int CONTEXT_KEYS = 16;

    /** Votes for the same outlet and key compare equal under this order, whatever their article. */
    private static final Comparator<Vote> OUTLET_AND_KEY = Comparator.comparing(Vote::outlet)
            .thenComparingLong(Vote::key);

    /** One article's vote: its outlet (folded), a segment key it carries as a frame, and the article's id. */
    public record Vote(String outlet, long key, String article) {
        public Vote {
            if (outlet == null || article == null) {
                throw new IllegalArgumentException("a vote needs an outlet and an article");
            }
        }
    }

    public OutletTemplates() {
        this(DEFAULT_MIN_ARTICLES);
    }

    public OutletTemplates(int minArticles) {
        if (minArticles < 2) {
            throw new IllegalArgumentException("a template needs at least 2 articles: " + minArticles);
        }
        this.minArticles = minArticles;
    }

    /** The least number of an outlet's articles, telling different stories, that make a frame a template. */
    public int minArticles() {
        return minArticles;
    }

    /**
     * The outlet an article is grouped by: its stated outlet, else its URL's host, folded (lower case, no
     * "www."); empty when it has neither, and then it casts no votes (its segments can still be marked).
     */
    public static Optional<String> outletOf(RawArticle raw) {
        Optional<String> named = raw.outlet().map(OutletTemplates::foldOutlet).filter(s -> !s.isEmpty());
        if (named.isPresent()) {
            return named;
        }
        return raw.url().flatMap(OutletTemplates::host).map(OutletTemplates::foldOutlet).filter(s -> !s.isEmpty());
    }

    /** The distinct votes of one article, sorted by key. */
    public List<Vote> votes(Article article) {
        Optional<String> outlet = outletOf(article.raw());
        List<Span> body = article.body();
        if (outlet.isEmpty() || body.size() < 2) {
            return List.of();
        }
        String text = article.text();
        List<List<String>> words = new ArrayList<>(body.size());
        Map<String, Integer> segmentsWith = new HashMap<>();
        for (Span s : body) {
            List<String> w = contentWords(s.of(text));
            words.add(w);
            for (String t : new HashSet<>(w)) {
                segmentsWith.merge(t, 1, Integer::sum);
            }
        }
        Set<Long> keys = new TreeSet<>();
        for (int i = 0; i < body.size(); i++) {
            if (frame(i, body.size(), words.get(i), segmentsWith)) {
                key(body.get(i).of(text)).ifPresent(keys::add);
            }
        }
        List<Vote> out = new ArrayList<>(keys.size());
        for (long k : keys) {
            out.add(new Vote(outlet.get(), k, article.id()));
        }
        return out;
    }

    /** Whether segment {@code i} of {@code n} stands at an end of the body and is about something else. */
    private static boolean frame(int i, int n, List<String> words, Map<String, Integer> segmentsWith) {
        if (i >= EDGE_SEGMENTS && i < n - EDGE_SEGMENTS) {
            return false;
        }
        Set<String> types = new HashSet<>(words);
        if (types.isEmpty()) {
            return false;
        }
        int cohesive = 0;
        for (String t : types) {
            if (segmentsWith.get(t) > 1) {
                cohesive++;
            }
        }
        return cohesive < MAX_COHESION * types.size();
    }

    /** The distinct keys of an article's body segments, sorted. */
    public static long[] segmentKeys(Article article) {
        Set<Long> keys = new TreeSet<>();
        for (Span s : article.body()) {
            key(s.of(article.text())).ifPresent(keys::add);
        }
        return keys.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * The sketch of an article's story ({@value #CONTEXT_KEYS} smallest of its {@code segmentKeys}, sorted) that
     * are no candidate frame of its outlet ({@code candidates}: the keys enough of the outlet's articles vote for).
     */
    public static long[] context(long[] segmentKeys, Set<Long> candidates) {
        return Arrays.stream(segmentKeys).filter(k -> !candidates.contains(k)).limit(CONTEXT_KEYS).toArray();
    }

    /**
     * Whether the articles voting for one outlet's key, each with its {@link #context}, make the key a
     * template: at least {@code minArticles} of them tell different stories (no two contexts share a key). An
     * outlet that ran one story several times (updates, or copies of copies) repeats the story's short lines at
     * the story's ends, which is no frame. Read greedily in article order, so the order given does not matter;
     * an article with an empty context (nothing but candidate frames) tells no story and is not counted.
     */
    public boolean isTemplate(Map<String, long[]> contextByArticle) {
        List<long[]> apart = new ArrayList<>();
        for (long[] context : new TreeMap<>(contextByArticle).values()) {
            if (context.length > 0 && apart.stream().noneMatch(other -> shareAKey(context, other))) {
                apart.add(context);
                if (apart.size() >= minArticles) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean shareAKey(long[] x, long[] y) {
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            int c = Long.compare(x[i], y[j]);
            if (c == 0) {
                return true;
            }
            if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /**
     * The candidate frames among votes: per outlet, the keys at least {@code minArticles} articles vote for.
     */
    public Map<String, Set<Long>> candidates(Collection<Vote> votes) {
        Map<String, Map<Long, Integer>> counts = new TreeMap<>();
        for (Vote v : votes) {
            counts.computeIfAbsent(v.outlet(), o -> new TreeMap<>()).merge(v.key(), 1, Integer::sum);
        }
        Map<String, Set<Long>> out = new TreeMap<>();
        counts.forEach((outlet, byKey) -> byKey.forEach((key, n) -> {
            if (n >= minArticles) {
                out.computeIfAbsent(outlet, o -> new TreeSet<>()).add(key);
            }
        }));
        return out;
    }

    /** The template keys of a whole corpus: {@link #votes}, then {@link #templates}. */
    public Set<Long> find(Collection<Article> articles) {
        List<Vote> votes = new ArrayList<>();
        Map<String, Article> byId = new HashMap<>();
        for (Article a : articles) {
            votes.addAll(votes(a));
            byId.put(a.id(), a);
        }
        return templates(votes, byId);
    }

    /**
     * The template keys among the corpus's {@code votes}: {@link #candidates}, then {@link #isTemplate} over the
     * voting articles' {@link #context}s ({@code byId} holds every voting article).
     */
    public Set<Long> templates(Collection<Vote> votes, Map<String, Article> byId) {
        Map<String, Set<Long>> candidates = candidates(votes);
        Map<Vote, Map<String, long[]>> contexts = new TreeMap<>(OUTLET_AND_KEY);
        Map<String, long[]> sketches = new HashMap<>();
        for (Vote v : votes) {
            Set<Long> ofOutlet = candidates.getOrDefault(v.outlet(), Set.of());
            if (ofOutlet.contains(v.key())) {
                long[] sketch = sketches.computeIfAbsent(v.article(),
                        id -> context(segmentKeys(byId.get(id)), ofOutlet));
                contexts.computeIfAbsent(v, k -> new TreeMap<>()).put(v.article(), sketch);
            }
        }
        Set<Long> out = new TreeSet<>();
        contexts.forEach((vote, byArticle) -> {
            if (isTemplate(byArticle)) {
                out.add(vote.key());
            }
        });
        return out;
    }

    /**
     * The article with every body segment whose key is in {@code templates} moved to template clutter; the
     * same article when there is none, or when they hold more than half of the body's characters.
     */
    public Article apply(Article article, Set<Long> templates) {
        if (templates.isEmpty()) {
            return article;
        }
        String text = article.text();
        List<Span> kept = new ArrayList<>();
        List<Clutter> clutter = new ArrayList<>(article.clutter());
        int bodyChars = 0;
        int marked = 0;
        for (Span s : article.body()) {
            bodyChars += s.length();
            Optional<Long> k = key(s.of(text));
            if (k.isPresent() && templates.contains(k.get())) {
                clutter.add(new Clutter(ClutterKind.TEMPLATE, s));
                marked += s.length();
            } else {
                kept.add(s);
            }
        }
        if (marked == 0 || 2L * marked > bodyChars) {
            return article;
        }
        clutter.sort(null);
        return new Article(article.raw(), kept, clutter, article.title(), article.titleSpan(), article.lang(),
                article.date());
    }

    /** The corpus with its templates marked: {@link #find} then {@link #apply} on each article, in order. */
    public List<Article> markAll(List<Article> articles) {
        Set<Long> templates = find(articles);
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            out.add(apply(a, templates));
        }
        return out;
    }

    /** A segment's key: its folded text hashed; empty for a segment with no letter or digit. */
    static Optional<Long> key(String segment) {
        String folded = fold(segment);
        return folded.isEmpty() ? Optional.empty()
                : Optional.of(HASH.hashBytes(folded.getBytes(StandardCharsets.UTF_8)));
    }

    static String fold(String segment) {
        String s = Normalizer.normalize(segment, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.appendCodePoint(cp);
            } else if (Character.isDigit(cp)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append('0');
            } else {
                space = true;
            }
        }
        return sb.toString();
    }

    /** Lower-cased letter runs of a segment that are no function word of a bundled language. */
    private static List<String> contentWords(String segment) {
        List<String> out = new ArrayList<>();
        String s = segment.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < s.length() && Character.isLetter(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            String w = s.substring(start, i);
            if (w.length() > 1 && !STOPWORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String foldOutlet(String outlet) {
        String s = outlet.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("www.") ? s.substring(4) : s;
    }

    private static Optional<String> host(String url) {
        int scheme = url.indexOf("://");
        String rest = scheme < 0 ? url : url.substring(scheme + 3);
        int end = rest.length();
        for (char c : new char[] {'/', '?', '#', ':'}) {
            int at = rest.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String h = rest.substring(0, end).strip();
        return h.isEmpty() ? Optional.empty() : Optional.of(h);
    }
}
