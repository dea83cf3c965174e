package org.stemma.provenance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stemma.fingerprint.Stopwords;
import org.stemma.fingerprint.TokenSequence;
import org.stemma.fingerprint.WordTokenizer;
import org.stemma.model.Article;
import org.stemma.model.Clutter;
import org.stemma.model.Span;

/** One article as provenance sees it: its body words' positions and content terms, quotations and credit lines. */
final class ArticleProfile {
    /** Opening double quotation marks and the marks that may close each (German „…“ closes with “). */
    private static final String OPENERS = "\"\u201c\u201e\u00ab\u00bb\u300c";
    private static final String[] CLOSERS = {"\"", "\u201d\u201c", "\u201c\u201d", "\u00bb", "\u00ab", "\u300d"};

    final Article article;
    /** Start offsets of the body's word tokens outside credit lines, increasing. */
    private final int[] wordStarts;
    /**
     * For each of those words, its term's hash when it is a content word (not a stopword, with a letter),
     * else {@link #NO_CONTENT}: what {@link #foreignRuns} compares. A hash, not the term, so that a profile
     * costs four bytes a word; two terms that collide only make a run look a little more cohesive.
     */
    private final int[] contentTerms;
    private static final int NO_CONTENT = 0;
    /**
     * The distinct values of {@link #contentTerms}, sorted: whether the other article of a pair has a term is
     * a binary search here, not a map of the two articles' words built for every pair.
     */
    private final int[] termKeys;
    /**
     * Each word's content term as its index in {@link #termKeys} ({@code -1} for no content word), and for
     * each index its first and last word: whether a run's term occurs elsewhere in the article is then two
     * comparisons (the run is contiguous).
     */
    private final int[] termOrdinals;
    private final int[] firstWord;
    private final int[] lastWord;
    /** Quotations in the original text, sorted and disjoint. */
    private final List<Span> quotes;
    final List<Credit> credits;
    /** The short credit lines ({@link #MAX_CREDIT_LINE_WORDS}) naming a source, as text, in order. */
    private final List<String> creditLineTexts;
    /** Where those lines stand (a dateline credit: the part before the story's first words), in order. */
    private final List<Span> creditLineSpans;
    /** Body words of those lines (they are not among {@link #words()}). */
    private final int creditLineWords;
    /** The lines of the text the cleaner set aside (see {@link #setAsideLines()}), stripped. */
    private final Set<String> setAsideLines;

    /** A set-aside line has at least this many words: a shorter one (a section name, "Update") matches by chance. */
    static final int MIN_SET_ASIDE_WORDS = 3;

    /**
     * A line naming a source ("Source: X", "via X") with at most this many words is a credit line, not text:
     * its words are not counted as the article's own material. Default 15: a credit with a date or a short
     * phrase fits; a paragraph that mentions "via X" in passing does not.
     */
    static final int MAX_CREDIT_LINE_WORDS = 15;

    /** Function words of every bundled language: an article's language is not always known. */
    private static final Stopwords STOPWORDS = Stopwords.allBundled();

    ArticleProfile(Article article, WordTokenizer tokenizer, CreditLineExtractor credits) {
        this.article = article;
        this.credits = credits.findAll(article);
        TokenSequence tokens = tokenizer.tokenize(article.text(), article.body());
        List<Span> creditLines = creditLines(article.text(), this.credits, tokens);
        int[] starts = new int[tokens.size()];
        int[] content = new int[tokens.size()];
        int n = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!inside(creditLines, tokens.start(i))) {
                content[n] = contentTerm(tokens.term(i), STOPWORDS);
                starts[n++] = tokens.start(i);
            }
        }
        this.wordStarts = Arrays.copyOf(starts, n);
        this.contentTerms = Arrays.copyOf(content, n);
        this.termKeys = Arrays.stream(this.contentTerms).filter(t -> t != NO_CONTENT).sorted().distinct().toArray();
        this.termOrdinals = new int[n];
        this.firstWord = new int[termKeys.length];
        this.lastWord = new int[termKeys.length];
        Arrays.fill(firstWord, -1);
        for (int i = 0; i < n; i++) {
            int o = this.contentTerms[i] == NO_CONTENT ? -1 : Arrays.binarySearch(termKeys, this.contentTerms[i]);
            termOrdinals[i] = o;
            if (o >= 0) {
                if (firstWord[o] < 0) {
                    firstWord[o] = i;
                }
                lastWord[o] = i;
            }
        }
        this.creditLineWords = tokens.size() - n;
        List<String> lineTexts = new ArrayList<>();
        for (Span line : creditLines) {
            lineTexts.add(normalizedLine(line.of(article.text())));
        }
        this.creditLineTexts = List.copyOf(lineTexts);
        this.creditLineSpans = List.copyOf(creditLines);
        this.quotes = quotations(article.text());
        this.setAsideLines = setAside(article, tokenizer);
    }

    /**
     * The stripped lines of the headline read from the text and of the clutter, of a few words or more (words as
     * the aligner counts them).
     */
    private static Set<String> setAside(Article article, WordTokenizer tokenizer) {
        List<Span> aside = new ArrayList<>();
        article.titleSpan().ifPresent(aside::add);
        for (Clutter c : article.clutter()) {
            aside.add(c.span());
        }
        String text = article.text();
        Set<String> lines = new HashSet<>();
        for (Span span : aside) {
            int start = span.start();
            while (start < span.end()) {
                int end = text.indexOf('\n', start);
                end = end < 0 || end > span.end() ? span.end() : end;
                Span line = Span.of(start, end);
                if (tokenizer.tokenize(text, List.of(line)).size() >= MIN_SET_ASIDE_WORDS) {
                    lines.add(line.of(text).strip());
                }
                start = end + 1;
            }
        }
        return Set.copyOf(lines);
    }

    /**
     * The lines of this article's text that its cleaner set aside from the body, which the aligner reads: the
     * headline read from the text (not a title the input gave) and the clutter (a byline, a caption, a notice),
     * each stripped, of {@link #MIN_SET_ASIDE_WORDS} words or more.
     */
    Set<String> setAsideLines() {
        return setAsideLines;
    }

    /** The lines that are short credit lines: a source credit and few words. */
    private static List<Span> creditLines(String text, List<Credit> credits, TokenSequence tokens) {
        List<Span> out = new ArrayList<>();
        for (Credit c : credits) {
            if (!c.namesSource()) {
                continue;
            }
            int start = text.lastIndexOf('\n', Math.max(0, c.span().start() - 1)) + 1;
            int end = text.indexOf('\n', c.span().end());
            Span line = Span.of(start, end < 0 ? text.length() : end);
            int words = words(tokens, line);
            if (words <= MAX_CREDIT_LINE_WORDS) {
                out.add(line);
                continue;
            }
            // A text flattened into long lines runs the credit on after the story's last sentence ("... in the
            // eye. Via Harbour Gazette"): the sentence it stands in is the credit line when that sentence ends
            // the line and is short.
            int sentence = sentenceStart(text, start, c.span().start());
            if (sentence > start && words(tokens, Span.of(sentence, line.end())) <= MAX_CREDIT_LINE_WORDS) {
                out.add(Span.of(sentence, line.end()));
                continue;
            }
            // A dateline credit opens the first paragraph ("ELDEN, March 3 (Wire) - The plant..."): what stands
            // before the text is the credit line, written by each copier its own way, and no part of the story.
            Matcher dash = DATELINE_END.matcher(text).region(c.span().end(), line.end());
            if (c.span().start() - start <= MAX_DATELINE_CHARS && dash.lookingAt()) {
                out.add(Span.of(start, dash.end()));
            }
        }
        return union(out);
    }

    /** How many of {@code tokens} start inside {@code span}. */
    private static int words(TokenSequence tokens, Span span) {
        int n = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (span.contains(tokens.start(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * The start of the sentence that holds offset {@code at}: just past the last sentence-final mark (. ! ? …,
     * then closing quotes or brackets) followed by white space in {@code text[lineStart, at)}; {@code lineStart}
     * when there is none.
     */
    static int sentenceStart(String text, int lineStart, int at) {
        for (int i = at - 1; i > lineStart; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                int j = i - 1;
                while (j > lineStart && "\"'”’)]»".indexOf(text.charAt(j)) >= 0) {
                    j--;
                }
                if (".!?…".indexOf(text.charAt(j)) >= 0) {
                    int k = i;
                    while (k < at && Character.isWhitespace(text.charAt(k))) {
                        k++;
                    }
                    return k;
                }
            }
        }
        return lineStart;
    }

    /** The close of a dateline credit: the parenthesis after the name, and a dash. */
    private static final Pattern DATELINE_END = Pattern.compile("\\)\\s*[-\u2013\u2014]");
    /** A dateline (a place and a date) before the credited name is short. */
    private static final int MAX_DATELINE_CHARS = 50;

    /** The term's hash when it is a content word: no stopword, and at least one letter (not a bare number). */
    private static int contentTerm(String term, Stopwords stopwords) {
        if (stopwords.contains(term) || term.codePoints().noneMatch(Character::isLetter)) {
            return NO_CONTENT;
        }
        int h = term.hashCode();
        return h == NO_CONTENT ? 1 : h;
    }

    /**
     * The runs of this article's body outside {@code explained} (what the other article of a pair also has)
     * that are about something else: of their distinct content words (at least {@code minTypes}), less than
     * {@code minCohesion} occur anywhere else in the pair, that is in this article or {@code other} more often
     * than in the run itself, or, in a run of at least {@code sharedFromTypes} of them, fewer than
     * {@code minShared}. Sorted, disjoint.
     *
     * <p>Why: the paragraphs of one story repeat its names and content words (lexical cohesion, Halliday and
     * Hasan 1976; Hearst's TextTiling, 1997, finds topic shifts by the same measure), so a paragraph that one
     * copy of a story has and the other lacks, when it is the story's own, shares some of its content words
     * with the rest of the two texts, even when it digresses into background; commentary on another matter,
     * a related-story blurb, an advertisement or a lead taken from another report shares almost none. Both
     * articles are compared, not only the text they share, because a story's own digression often names what
     * the other copy's own paragraphs name. Short runs (under {@code minTypes} types) are not judged: a
     * changed clause has too few words to measure.
     */
    List<Span> foreignRuns(List<Span> explained, ArticleProfile other, int minTypes, double minCohesion,
                           int minShared, int sharedFromTypes) {
        List<Span> out = new ArrayList<>();
        int w = 0;
        for (Span s : explained) {
            int from = lowerBound(s.start());
            if (from > w) {
                judge(w, from, other, minTypes, minCohesion, minShared, sharedFromTypes, out);
            }
            w = Math.max(w, lowerBound(s.end()));
        }
        if (wordStarts.length > w) {
            judge(w, wordStarts.length, other, minTypes, minCohesion, minShared, sharedFromTypes, out);
        }
        return out;
    }

    private void judge(int from, int to, ArticleProfile other, int minTypes, double minCohesion, int minShared,
                       int sharedFromTypes, List<Span> out) {
        if (to - from < minTypes) {
            return; // fewer words than the types needed
        }
        boolean[] seen = new boolean[termKeys.length];
        int[] types = new int[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            int o = termOrdinals[i];
            if (o >= 0 && !seen[o]) {
                seen[o] = true;
                types[n++] = o;
            }
        }
        if (n < minTypes) {
            return;
        }
        // A type is cohesive when it occurs elsewhere in the pair: in this article outside the run, or in the
        // other. Counting stops once enough are: a story's own run is told after a few of its words.
        double needed = Math.max(n >= sharedFromTypes ? minShared : 0, minCohesion * n);
        int cohesive = 0;
        for (int k = 0; k < n && cohesive < needed; k++) {
            int o = types[k];
            if (firstWord[o] < from || lastWord[o] >= to || other.has(termKeys[o])) {
                cohesive++;
            }
        }
        if (cohesive < needed) {
            int end = to < wordStarts.length ? wordStarts[to] : Math.max(bodyEnd(), wordStarts[to - 1] + 1);
            out.add(Span.of(wordStarts[from], end));
        }
    }

    /**
     * Whether {@code span} lies at an end of the body (within {@code slack} words of its first or last word), holds
     * at most half of its words, and is about something else than the rest of this article: of its distinct content words (at least
     * {@code minTypes}), under {@code maxCohesion} occur in the article outside it. A site's footer or header
     * (a newsletter plea, a copyright notice, a contact line) has both marks; a story's closing paragraph shares
     * its names with the story.
     */
    boolean edgeMatter(Span span, int slack, int minTypes, double maxCohesion) {
        int from = lowerBound(span.start());
        int to = lowerBound(span.end());
        if (to <= from || from > slack && to < wordStarts.length - slack || 2 * (to - from) > wordStarts.length) {
            return false; // not at an end, or most of the article: then it is the story, not what frames it
        }
        boolean[] seen = new boolean[termKeys.length];
        int types = 0;
        int cohesive = 0;
        for (int i = from; i < to; i++) {
            int o = termOrdinals[i];
            if (o >= 0 && !seen[o]) {
                seen[o] = true;
                types++;
                if (firstWord[o] < from || lastWord[o] >= to) {
                    cohesive++;
                }
            }
        }
        return types >= minTypes && cohesive < maxCohesion * types;
    }

    /** Whether one of this article's words has the content term with this hash. */
    boolean has(int term) {
        return Arrays.binarySearch(termKeys, term) >= 0;
    }

    private static boolean inside(List<Span> spans, int offset) {
        for (Span s : spans) {
            if (s.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    String id() {
        return article.id();
    }

    /** Whether this article has a short credit line worded as {@code other}'s line for {@code credit}. */
    boolean hasCreditLineOf(ArticleProfile other, Credit credit) {
        String line = other.creditLineText(credit);
        return !line.isEmpty() && creditLineTexts.contains(line);
    }

    /**
     * The text of the short credit line that holds {@code credit} (one of this article's), normalised (case,
     * white space); empty when the credit does not stand on a short line of its own.
     */
    String creditLineText(Credit credit) {
        for (int i = 0; i < creditLineSpans.size(); i++) {
            if (creditLineSpans.get(i).contains(credit.span().start())) {
                return creditLineTexts.get(i);
            }
        }
        return "";
    }

    /** This article's short credit lines that the other article does not have, word for word. */
    int creditLineWordsLackedBy(ArticleProfile other) {
        if (creditLineTexts.isEmpty()) {
            return 0;
        }
        int lacked = 0;
        for (String line : creditLineTexts) {
            if (!other.creditLineTexts.contains(line)) {
                lacked += line.split(" ").length;
            }
        }
        return Math.min(lacked, creditLineWords);
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String normalizedLine(String line) {
        return SPACES.matcher(line.strip()).replaceAll(" ").toLowerCase(java.util.Locale.ROOT);
    }

    /** Where the article's body ends in the original text (0 when it has no body). */
    int bodyEnd() {
        List<Span> body = article.body();
        return body.isEmpty() ? 0 : body.get(body.size() - 1).end();
    }

    int words() {
        return wordStarts.length;
    }

    /** Body words that start inside {@code span}. */
    int words(Span span) {
        return lowerBound(span.end()) - lowerBound(span.start());
    }

    /** Body words that start inside any of the sorted, disjoint {@code spans}. */
    int words(List<Span> spans) {
        int n = 0;
        for (Span s : spans) {
            n += words(s);
        }
        return n;
    }

    /**
     * The body words that start inside any of {@code spans}, as a bit set over word indices ({@code
     * words() / 64 + 1} longs, the same length for every call on this article): {@link SharedVariants} counts
     * unions and intersections of these by popcount.
     */
    long[] wordBits(List<Span> spans) {
        long[] bits = new long[wordStarts.length / 64 + 1];
        for (Span s : spans) {
            int to = lowerBound(s.end());
            for (int i = lowerBound(s.start()); i < to; i++) {
                bits[i >>> 6] |= 1L << i;
            }
        }
        return bits;
    }

    /** Body chars inside any of the sorted, disjoint {@code spans}. */
    int bodyChars(List<Span> spans) {
        // Both lists are sorted and disjoint: one merge-like pass, not every span against every segment.
        List<Span> body = article.body();
        int n = 0;
        int j = 0;
        for (Span s : spans) {
            while (j < body.size() && body.get(j).end() <= s.start()) {
                j++;
            }
            for (int k = j; k < body.size() && body.get(k).start() < s.end(); k++) {
                n += s.overlap(body.get(k));
            }
        }
        return n;
    }

    /** The share of {@code span}'s chars that lie inside quotation marks; 0 for an empty span. */
    double quotedShare(Span span) {
        if (span.isEmpty()) {
            return 0;
        }
        int inside = 0;
        for (Span q : quotes) {
            inside += q.overlap(span);
        }
        return (double) inside / span.length();
    }

    /** The distinct content terms (hashes) of the body words that start inside {@code span}, sorted. */
    int[] contentTermsIn(Span span) {
        return Arrays.stream(contentTerms, lowerBound(span.start()), lowerBound(span.end()))
                .filter(t -> t != NO_CONTENT).sorted().distinct().toArray();
    }

    /** Body words that start inside {@code span} and outside every quotation. */
    int unquotedWords(Span span) {
        return words(span) - words(intersect(List.of(span), quotes));
    }

    private int lowerBound(int offset) {
        int i = Arrays.binarySearch(wordStarts, offset);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * Quotations: from an opening mark to a mark that closes it, not across a blank line (a quotation left
     * open is a typo, and must not swallow the rest of the article). Linear in the text.
     */
    static List<Span> quotations(String text) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        String closers = "";
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open < 0) {
                int k = OPENERS.indexOf(c);
                if (k >= 0) {
                    open = i;
                    closers = CLOSERS[k];
                }
            } else if (closers.indexOf(c) >= 0) {
                out.add(Span.of(open, i + 1));
                open = -1;
            } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                open = -1;
            }
        }
        return out;
    }

    /** The union of spans, sorted and disjoint. */
    static List<Span> union(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (!out.isEmpty() && s.start() <= out.get(out.size() - 1).end()) {
                Span last = out.remove(out.size() - 1);
                out.add(Span.of(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** The parts both sorted, disjoint span lists cover, sorted and disjoint. */
    static List<Span> intersect(List<Span> x, List<Span> y) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < x.size() && j < y.size()) {
            int start = Math.max(x.get(i).start(), y.get(j).start());
            int end = Math.min(x.get(i).end(), y.get(j).end());
            if (start < end) {
                out.add(Span.of(start, end));
            }
            if (x.get(i).end() < y.get(j).end()) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }

    /** The parts of {@code within} that none of the sorted, disjoint {@code covered} spans cover. */
    static List<Span> gaps(Span within, List<Span> covered) {
        List<Span> out = new ArrayList<>();
        int at = within.start();
        for (Span s : covered) {
            if (s.end() <= at || s.start() >= within.end()) {
                continue;
            }
            if (s.start() > at) {
                out.add(Span.of(at, s.start()));
            }
            at = Math.max(at, s.end());
        }
        if (at < within.end()) {
            out.add(Span.of(at, within.end()));
        }
        return out;
    }
}
