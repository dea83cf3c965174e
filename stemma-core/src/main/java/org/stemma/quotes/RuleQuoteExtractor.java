package org.stemma.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.stemma.model.Article;
import org.stemma.model.Quote;
import org.stemma.model.QuoteKind;
import org.stemma.model.Span;
import org.stemma.model.Speaker;
import org.stemma.quotes.Tokens.Tok;

/**
 * Finds quotations by rules: quotation marks paired by a small state machine, and reported clauses found by
 * reporting verbs and "according to" cues; speakers read from the words around each quotation.
 *
 * <p>Marks: „ ‚ and {@code ``} only open, {@code ''} only closes, and " “ ” « » ‹ › open or close by context,
 * so English, German („…“), French («…»), Swedish (”…”) and tokenised ({@code `` … ''}) styles all pair. Single
 * quotes count only at word boundaries, never inside a double quotation, and never as an elision ('s, 't).
 * Broken forms: a quotation left open at the end of its line continues when the next mark is a closing one or
 * opens the next line (a quotation over several paragraphs); otherwise it ends with its line; a stray closing
 * mark is ignored; an opening mark written where the closing one belongs ({@code , `` he said}) closes.
 *
 * <p>Speakers: a reporting verb after the closing mark ("…," the minister said / said the minister), or before
 * the opening one (the minister said: "…" / insisted that "…"), or "according to X"; a direct quotation with
 * none continues the previous quotation's speaker. Indirect speech: "X said (that) …", "…, X said", "according
 * to X, …". A mention's normalised name is its name without titles (data file), a surname expanded to the
 * full name met earlier in the article, a pronoun or a document ("the statement read") resolved to the last
 * named speaker. Thread-safe; linear in the body's length.
 */
public final class RuleQuoteExtractor implements QuoteExtractor {
    /**
     * A stretch with at least this many tenths of its words capitalised is a headline or a title of a work
     * ("The Big Show", "Gary Ross Will Not Direct Sequel"), not running text; running English prose stays
     * far below (names and sentence starts are about a fifth of its words).
     */
    private static final int TITLE_CASE_TENTHS = 6;
    /** The longest "when, to whom, how" tail after a trailing reporting verb: "told The Canadian Press on Sunday". */
    private static final int PLAIN_TAIL_TOKENS = 6;

    private final QuoteConfig config;

    public RuleQuoteExtractor() {
        this(QuoteConfig.defaults());
    }

    public RuleQuoteExtractor(QuoteConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config is null; use QuoteConfig.defaults()");
        }
        this.config = config;
    }

    @Override
    public List<Quote> extract(Article article) {
        return new Run(article, config).extract();
    }

    /** The state of one extraction. */
    private static final class Run {
        private final String text;
        private final String id;
        private final Lexicon lex;
        private final QuoteConfig config;
        private final List<Span> lines;
        private final List<Span> marked = new ArrayList<>();
        private final List<Span> sentences = new ArrayList<>();
        private final List<int[]> usedVerbs = new ArrayList<>();
        /** The marked quotations' starts, ascending, and the furthest end up to each: set once marks are paired. */
        private int[] markedStarts;
        private int[] markedReach;

        /** A quotation before its speaker's name is resolved. */
        private record Found(Span span, QuoteKind kind, Optional<Span> mention, boolean continuation) {
        }

        Run(Article article, QuoteConfig config) {
            this.text = article.text();
            this.id = article.id();
            this.lex = Lexicon.of(article.lang());
            this.config = config;
            this.lines = lines(text, readable(article));
        }

        List<Quote> extract() {
            pairMarks();
            pairSingleMarks();
            indexMarked();
            splitSentences();
            List<Found> found = new ArrayList<>();
            for (Span q : marked) {
                markedQuote(q).ifPresent(found::add);
            }
            for (Span s : sentences) {
                indirect(s).ifPresent(found::add);
            }
            found.sort(Comparator.comparing(Found::span));
            return resolve(found);
        }

        // ---- marks

        private enum Role { OPEN, CLOSE, FLEX }

        private record Mark(int pos, int len, Role role) {
            int end() {
                return pos + len;
            }
        }

        /** The double-quote mark at {@code i}, if any. */
        private Optional<Mark> markAt(int i) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '`' && next == '`') {
                return Optional.of(new Mark(i, 2, Role.OPEN));
            }
            if (c == '\'' && next == '\'') {
                return Optional.of(new Mark(i, 2, Role.CLOSE));
            }
            return switch (c) {
                case '\u201E' -> Optional.of(new Mark(i, 1, Role.OPEN));
                case '"', '\u201C', '\u201D', '\u00AB', '\u00BB' -> Optional.of(new Mark(i, 1, Role.FLEX));
                default -> Optional.empty();
            };
        }

        private boolean spaceOrEnd(int i) {
            return i >= text.length() || Character.isWhitespace(text.charAt(i));
        }

        /** Whether a mark at this place reads as closing: after text, before a space or punctuation. */
        private boolean closesHere(Mark m) {
            int after = m.end();
            boolean followedByBreak = after >= text.length() || Character.isWhitespace(text.charAt(after))
                    || ",.;:!?)]}".indexOf(text.charAt(after)) >= 0;
            boolean precededByText = m.pos() > 0 && !Character.isWhitespace(text.charAt(m.pos() - 1));
            return followedByBreak && (precededByText || m.role() != Role.OPEN);
        }

        /** {@code , `` police said}: an opening mark after a comma or stop, before a lower-case word. */
        private boolean openerUsedAsCloser(Mark m) {
            int before = m.pos() - 1;
            while (before >= 0 && text.charAt(before) == ' ') {
                before--;
            }
            if (before < 0 || ",.!?".indexOf(text.charAt(before)) < 0) {
                return false;
            }
            int after = m.end();
            while (after < text.length() && text.charAt(after) == ' ') {
                after++;
            }
            return after < text.length() && Character.isLowerCase(text.charAt(after));
        }

        private void pairMarks() {
            int open = -1;
            int openLine = -1;
            for (int li = 0; li < lines.size(); li++) {
                Span line = lines.get(li);
                for (int i = line.start(); i < line.end(); i++) {
                    Optional<Mark> found = markAt(i);
                    if (found.isEmpty()) {
                        continue;
                    }
                    Mark m = found.get();
                    if (open < 0) {
                        boolean precededByText = m.pos() > line.start()
                                && !Character.isWhitespace(text.charAt(m.pos() - 1));
                        boolean stray = m.role() == Role.CLOSE
                                || (m.role() == Role.FLEX && precededByText && closesHere(m));
                        if (!stray) {
                            open = m.end();
                            openLine = li;
                        }
                    } else if (m.role() == Role.CLOSE || (m.role() == Role.FLEX && (closesHere(m) || spaceOrEnd(m.end())))
                            || (m.role() == Role.OPEN && openerUsedAsCloser(m))) {
                        add(open, m.pos());
                        open = -1;
                    } else {
                        add(open, m.pos());
                        open = m.end();
                        openLine = li;
                    }
                    i = m.end() - 1;
                }
                if (open >= 0 && !continuesAfter(li, open)) {
                    add(open, line.end());
                    open = -1;
                }
            }
            if (open >= 0 && openLine >= 0) {
                add(open, lines.get(lines.size() - 1).end());
            }
            marked.sort(Comparator.naturalOrder());
        }

        /**
         * Single quotation marks (' ‘ ’ ‹ ›), paired within one line and outside double quotes. An apostrophe
         * ({@code Russia’s}, {@code don't}) is never a mark: an opener stands after a space, a bracket or the line
         * start and before a letter or digit; a closer stands after a letter, digit or stop and before a space, a
         * stop or the line end. Whichever way a language turns its marks (‹…› or ›…‹), position decides.
         */
        private void pairSingleMarks() {
            List<Span> doubles = List.copyOf(marked);
            for (Span line : lines) {
                int open = -1;
                for (int i = line.start(); i < line.end(); i++) {
                    char c = text.charAt(i);
                    if (SINGLE_MARKS.indexOf(c) < 0) {
                        continue;
                    }
                    char prev = i > line.start() ? text.charAt(i - 1) : ' ';
                    char next = i + 1 < line.end() ? text.charAt(i + 1) : ' ';
                    boolean opens = c != '\u2019' && (Character.isWhitespace(prev) || prev == '(' || i == line.start())
                            && Character.isLetterOrDigit(next);
                    boolean closes = (Character.isLetterOrDigit(prev) || ".,!?".indexOf(prev) >= 0)
                            && (Character.isWhitespace(next) || ",.;:!?)".indexOf(next) >= 0);
                    if (open < 0 && opens) {
                        open = i + 1;
                    } else if (open >= 0 && closes) {
                        Span quoted = new Span(open, i);
                        if (doubles.stream().noneMatch(d -> d.overlaps(quoted))) {
                            add(open, i);
                        }
                        open = -1;
                    }
                }
            }
            marked.sort(Comparator.naturalOrder());
        }

        /** Whether a quotation open at the end of line {@code li} goes on into the next lines. */
        private boolean continuesAfter(int li, int open) {
            for (int lj = li + 1; lj < lines.size(); lj++) {
                Span line = lines.get(lj);
                if (line.start() - open > config.maxQuoteChars()) {
                    return false;
                }
                for (int i = line.start(); i < line.end(); i++) {
                    Optional<Mark> found = markAt(i);
                    if (found.isEmpty()) {
                        continue;
                    }
                    Mark m = found.get();
                    if (i == line.start()) {
                        return m.role() != Role.CLOSE;
                    }
                    return m.role() == Role.CLOSE || (m.role() == Role.FLEX && closesHere(m))
                            || (m.role() == Role.OPEN && openerUsedAsCloser(m));
                }
            }
            return false;
        }

        /** Adds the trimmed inside of a quotation. */
        private void add(int from, int to) {
            int s = from;
            int e = to;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
                e--;
            }
            if (e > s) {
                marked.add(new Span(s, e));
            }
        }

        // ---- sentences

        private void splitSentences() {
            for (Span line : lines) {
                int start = line.start();
                for (int i = line.start(); i < line.end(); i++) {
                    char c = text.charAt(i);
                    if ((c == '.' || c == '!' || c == '?') && i + 1 < line.end()
                            && Character.isWhitespace(text.charAt(i + 1)) && !insideMarked(i)
                            && !abbreviationBefore(i) && sentenceStartsAfter(i + 1, line.end())) {
                        addSentence(start, i + 1);
                        start = i + 1;
                    }
                }
                addSentence(start, line.end());
            }
        }

        private boolean sentenceStartsAfter(int i, int end) {
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= end) {
                return true;
            }
            char c = text.charAt(i);
            return Character.isUpperCase(c) || Character.isDigit(c) || markAt(i).isPresent();
        }

        /** "Mr." "Const." "U.S." "J.": a title or an initial, not a sentence end. */
        private boolean abbreviationBefore(int dot) {
            int s = dot;
            while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
                s--;
            }
            String word = text.substring(s, dot).toLowerCase(java.util.Locale.ROOT);
            return word.length() == 1 || lex.titles.contains(word);
        }

        private void addSentence(int from, int to) {
            int s = from;
            int e = to;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                sentences.add(new Span(s, e));
            }
        }

        private void indexMarked() {
            markedStarts = new int[marked.size()];
            markedReach = new int[marked.size()];
            int reach = Integer.MIN_VALUE;
            for (int k = 0; k < marked.size(); k++) {
                markedStarts[k] = marked.get(k).start();
                reach = Math.max(reach, marked.get(k).end());
                markedReach[k] = reach;
            }
        }

        /** Whether a marked quotation covers {@code offset}: one starting at or before it ends after it. */
        private boolean insideMarked(int offset) {
            int lo = 0;
            int hi = markedStarts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (markedStarts[mid] <= offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo > 0 && markedReach[lo - 1] > offset;
        }

        private Span sentenceOf(int offset) {
            for (Span s : sentences) {
                if (s.contains(offset) || s.end() == offset) {
                    return s;
                }
            }
            return lineOf(offset);
        }

        private Span lineOf(int offset) {
            for (Span l : lines) {
                if (l.start() <= offset && offset <= l.end()) {
                    return l;
                }
            }
            return new Span(offset, offset);
        }

        // ---- marked quotations

        private Optional<Found> markedQuote(Span q) {
            int words = Tokens.words(text, q.start(), q.end());
            if (words < config.minQuoteWords() || titleCase(q.start(), q.end()) && !endsSentence(q)) {
                return Optional.empty();
            }
            Optional<Span> mention = speakerAfter(q);
            if (mention.isEmpty()) {
                mention = speakerBefore(q);
            }
            QuoteKind kind = kindOf(q);
            boolean continuation = mention.isEmpty() && kind == QuoteKind.DIRECT;
            if (mention.isEmpty() && !continuation && words < config.minUnattributedWords()) {
                return Optional.empty();
            }
            return Optional.of(new Found(q, kind, mention, continuation));
        }

        private boolean endsSentence(Span q) {
            char last = text.charAt(q.end() - 1);
            return last == '.' || last == '!' || last == '?';
        }

        private QuoteKind kindOf(Span q) {
            Span line = lineOf(q.start());
            int i = q.start() - 1;
            while (i >= line.start() && (Character.isWhitespace(text.charAt(i)) || markAt(i).isPresent()
                    || text.charAt(i) == '`' || SINGLE_MARKS.indexOf(text.charAt(i)) >= 0)) {
                i--;
            }
            boolean startsClause = i < line.start() || ":,.!?".indexOf(text.charAt(i)) >= 0;
            boolean capital = Character.isUpperCase(text.charAt(q.start())) || !Character.isLetter(text.charAt(q.start()));
            return startsClause && capital ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
        }

        /** The speaker named after the closing mark: {@code ," X said} or {@code ," said X}. */
        private Optional<Span> speakerAfter(Span q) {
            Span line = lineOf(q.end());
            int from = q.end();
            int limit = line.end();
            for (Span other : marked) {
                if (other.start() > q.end()) {
                    limit = Math.min(limit, other.start());
                    break;
                }
            }
            List<Tok> toks = Tokens.of(text, from, limit);
            int i = 0;
            while (i < toks.size() && !toks.get(i).word() && !toks.get(i).is(".")) {
                i++;
            }
            if (i < toks.size() && (toks.get(i).is(".") || toks.get(i).is("!") || toks.get(i).is("?"))) {
                return Optional.empty();
            }
            List<Tok> rest = toks.subList(i, toks.size());
            return attributionIn(rest, true);
        }

        /**
         * The speaker in a short attribution clause: a reporting verb within reach, and the noun phrase before it
         * (up to the clause's start) or right after it.
         */
        private Optional<Span> attributionIn(List<Tok> toks, boolean mustStart) {
            int reach = Math.min(toks.size(), config.maxSpeakerTokens() + 1);
            for (int v = 0; v < reach; v++) {
                Tok t = toks.get(v);
                if (!t.word() && (t.is(".") || t.is("!") || t.is("?") || t.is(";"))) {
                    return Optional.empty();
                }
                if (t.word() && lex.verbs.containsKey(t.lower())) {
                    usedVerbs.add(new int[] {t.start(), t.end()});
                    if (v == 0 || v == 1 && lex.auxiliaries.contains(toks.get(0).lower())) {
                        return phrase(toks, v + 1, true);
                    }
                    return phraseBefore(toks, v);
                }
            }
            return Optional.empty();
        }

        /** The noun phrase starting at {@code from}: up to a comma, stop, or a lower-case verb-like break. */
        private Optional<Span> phrase(List<Tok> toks, int from, boolean stopAtPreposition) {
            int i = from;
            while (i < toks.size() && toks.get(i).word() && lex.times.contains(toks.get(i).lower())
                    && !toks.get(i).capitalised()) {
                i++;
            }
            int start = i;
            int end = i;
            while (end < toks.size() && end - start < config.maxSpeakerTokens()) {
                Tok t = toks.get(end);
                if (!t.word() && !t.is("-") && !t.is("'") && !t.is("\u2019") && !t.is(".")) {
                    break;
                }
                if (t.is(".") && !(end > start && abbreviationToken(toks.get(end - 1)))) {
                    break;
                }
                if (stopAtPreposition && end > start && lex.prepositions.contains(t.lower()) && !t.capitalised()
                        && !t.is("of")) {
                    break;
                }
                if (end > start && lex.verbs.containsKey(t.lower())) {
                    break;
                }
                end++;
            }
            if (end == start) {
                return Optional.empty();
            }
            return Optional.of(new Span(toks.get(start).start(), toks.get(end - 1).end()));
        }

        private boolean abbreviationToken(Tok t) {
            return t.text().length() == 1 || lex.titles.contains(t.lower());
        }

        /**
         * The noun phrase ending just before the verb at {@code v}, back to the clause's start; across an
         * apposition ("Makaeo Williams , 18 , said") to the name it describes. Empty when the verb is blocked
         * ("declined to say") or the phrase is too long to be a mention.
         */
        private Optional<Span> phraseBefore(List<Tok> toks, int v) {
            if (v > 0 && lex.blockers.contains(toks.get(v - 1).lower())) {
                return Optional.empty();
            }
            int e = v;
            if (e > 0 && toks.get(e - 1).is(",")) {
                int q = e - 2;
                while (q >= 0 && !boundary(toks.get(q))) {
                    q--;
                }
                if (q <= 0 || !toks.get(q).is(",")) {
                    return Optional.empty();
                }
                e = q;
            }
            int s = e;
            while (s > 0 && !boundary(toks.get(s - 1))) {
                s--;
            }
            while (e > s && !toks.get(e - 1).word()) {
                e--;
            }
            while (s < e && (!toks.get(s).word() || lex.conjunctions().contains(toks.get(s).lower()))) {
                s++;
            }
            if (e == s || e - s > config.maxSpeakerTokens()) {
                return Optional.empty();
            }
            return Optional.of(new Span(toks.get(s).start(), toks.get(e - 1).end()));
        }

        private boolean boundary(Tok t) {
            return !t.word() && (t.is(",") || t.is(";") || t.is(":") || t.is("(") || t.is("`")
                    || markAt(t.start()).isPresent());
        }

        /** The speaker named before the opening mark, in the quotation's sentence. */
        private Optional<Span> speakerBefore(Span q) {
            Span sentence = sentenceOf(q.start());
            int from = Math.min(sentence.start(), q.start());
            Span line = lineOf(q.start());
            from = Math.max(from, line.start());
            List<Tok> toks = new ArrayList<>();
            for (Tok t : Tokens.of(text, from, q.start())) {
                if (!insideMarked(t.start())) {
                    toks.add(t);
                }
            }
            Optional<Span> according = according(toks);
            if (according.isPresent()) {
                return according;
            }
            for (int v = toks.size() - 1; v >= 1; v--) {
                Tok t = toks.get(v);
                if (t.word() && lex.verbs.containsKey(t.lower())) {
                    Optional<Span> np = phraseBefore(toks, v);
                    if (np.isPresent()) {
                        return np;
                    }
                }
            }
            return Optional.empty();
        }

        /** "according to X": the phrase after the cue. */
        private Optional<Span> according(List<Tok> toks) {
            for (int i = 0; i < toks.size(); i++) {
                for (List<String> cue : lex.according) {
                    if (matches(toks, i, cue)) {
                        return phrase(toks, i + cue.size(), false);
                    }
                }
            }
            return Optional.empty();
        }

        private static boolean matches(List<Tok> toks, int i, List<String> cue) {
            if (i + cue.size() > toks.size()) {
                return false;
            }
            for (int k = 0; k < cue.size(); k++) {
                if (!toks.get(i + k).is(cue.get(k))) {
                    return false;
                }
            }
            return true;
        }

        // ---- indirect speech

        private Optional<Found> indirect(Span sentence) {
            List<Tok> all = Tokens.of(text, sentence.start(), sentence.end());
            List<Tok> toks = new ArrayList<>();
            for (Tok t : all) {
                if (!insideMarked(t.start()) && markAt(t.start()).isEmpty() && !t.is("`") && !t.is("'")) {
                    toks.add(t);
                }
            }
            if (toks.isEmpty() || titleCase(sentence.start(), sentence.end())) {
                return Optional.empty();
            }
            int endOffset = contentEnd(sentence);
            Optional<Found> f = accordingClause(toks, sentence, endOffset);
            if (f.isEmpty()) {
                f = trailingAttribution(toks, sentence);
            }
            if (f.isEmpty()) {
                f = leadingVerb(toks, endOffset);
            }
            return f.filter(this::worthKeeping);
        }

        private int contentEnd(Span sentence) {
            int e = sentence.end();
            while (e > sentence.start() && ".!?:; ".indexOf(text.charAt(e - 1)) >= 0) {
                e--;
            }
            return e;
        }

        private boolean worthKeeping(Found f) {
            if (Tokens.words(text, f.span().start(), f.span().end()) < config.minIndirectWords()) {
                return false;
            }
            int covered = 0;
            for (Span q : marked) {
                covered += q.overlap(f.span());
            }
            return covered * 5 < f.span().length() * 4;
        }

        private Optional<Found> accordingClause(List<Tok> toks, Span sentence, int endOffset) {
            for (int i = 0; i < toks.size(); i++) {
                for (List<String> cue : lex.according) {
                    if (!matches(toks, i, cue)) {
                        continue;
                    }
                    Optional<Span> np = phrase(toks, i + cue.size(), false);
                    if (np.isEmpty()) {
                        return Optional.empty();
                    }
                    int afterNp = indexAfter(toks, np.get().end());
                    Span content;
                    if (i == 0 && afterNp < toks.size() && toks.get(afterNp).is(",")) {
                        if (afterNp + 1 >= toks.size()) {
                            return Optional.empty();
                        }
                        content = span(toks.get(afterNp + 1).start(), endOffset);
                    } else if (i == 0) {
                        return Optional.empty();
                    } else if (toks.get(i - 1).is(",") && afterNp >= toks.size()) {
                        content = span(sentence.start(), toks.get(i - 1).start());
                    } else {
                        content = span(sentence.start(), endOffset);
                    }
                    return Optional.of(new Found(content, QuoteKind.INDIRECT, np, false));
                }
            }
            return Optional.empty();
        }

        private static int indexAfter(List<Tok> toks, int offset) {
            int i = 0;
            while (i < toks.size() && toks.get(i).start() < offset) {
                i++;
            }
            return i;
        }

        private Span span(int from, int to) {
            int s = from;
            int e = Math.max(from, to);
            while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
                e--;
            }
            return new Span(s, Math.max(s, e));
        }

        /** "…, X said." or "…, said X.": content before a comma, a short attribution after it. */
        private Optional<Found> trailingAttribution(List<Tok> all, Span sentence) {
            int n = all.size();
            while (n > 0 && !all.get(n - 1).word() && !all.get(n - 1).is(",")) {
                n--;
            }
            List<Tok> toks = all.subList(0, n);
            int commas = 0;
            for (int c = toks.size() - 1; c > 0 && commas < 3; c--) {
                if (!toks.get(c).is(",")) {
                    continue;
                }
                commas++;
                List<Tok> rest = toks.subList(c + 1, toks.size());
                int segment = 0;
                while (segment < rest.size() && !rest.get(segment).is(",")) {
                    segment++;
                }
                if (segment == 0 || segment > config.maxSpeakerTokens() + 2) {
                    continue;
                }
                List<Tok> attribution = rest.subList(0, segment);
                boolean hasComplementiser = attribution.stream().anyMatch(t -> lex.complementisers.contains(t.lower()));
                int verb = -1;
                for (int k = 0; k < attribution.size(); k++) {
                    if (attribution.get(k).word() && lex.verbs.containsKey(attribution.get(k).lower())) {
                        verb = k;
                        break;
                    }
                }
                if (verb < 0 || hasComplementiser || usedVerb(attribution.get(verb))) {
                    continue;
                }
                boolean verbLast = verb > 0 && plainTail(attribution.subList(verb + 1, attribution.size()));
                boolean lastSegment = segment == rest.size();
                boolean apposition = !lastSegment && segment + 1 < rest.size()
                        && !rest.get(segment + 1).capitalised();
                Optional<Span> np = Optional.empty();
                if (verbLast) {
                    np = phraseBefore(attribution, verb);
                } else if (verb == 0 && (lastSegment || apposition)) {
                    np = phrase(attribution, 1, true).filter(this::namesSomeone);
                }
                if (np.isEmpty()) {
                    continue;
                }
                Span content = span(sentence.start(), toks.get(c).start());
                return Optional.of(new Found(content, QuoteKind.INDIRECT, np, false));
            }
            return Optional.empty();
        }

        /**
         * Whether words after a trailing reporting verb only say when, to whom or how ("told People on
         * Sunday", "said in a statement"), so the verb ends the attribution.
         */
        private boolean plainTail(List<Tok> tail) {
            if (tail.isEmpty()) {
                return true;
            }
            Tok first = tail.get(0);
            return tail.size() <= PLAIN_TAIL_TOKENS && (lex.times.contains(first.lower()) || first.capitalised()
                    || lex.prepositions.contains(first.lower()) || lex.determiners.contains(first.lower()));
        }

        /** Whether a phrase after a verb can be a speaker: it has a name or a title in it. */
        private boolean namesSomeone(Span np) {
            for (Tok t : Tokens.of(text, np.start(), np.end())) {
                if (t.capitalised() || lex.titles.contains(t.lower())) {
                    return true;
                }
            }
            return false;
        }

        /** A headline or a title of a work: most of its words capitalised. */
        private boolean titleCase(int from, int to) {
            int words = 0;
            int capitals = 0;
            for (Tok t : Tokens.of(text, from, to)) {
                if (t.word() && Character.isLetter(t.text().codePointAt(0))) {
                    words++;
                    if (t.capitalised()) {
                        capitals++;
                    }
                }
            }
            return words >= 2 && capitals * 10 >= words * TITLE_CASE_TENTHS;
        }

        private boolean usedVerb(Tok t) {
            for (int[] u : usedVerbs) {
                if (u[0] == t.start()) {
                    return true;
                }
            }
            return false;
        }

        /** "X said (that) …", "X told Y (that) …", "X announced that …". */
        private Optional<Found> leadingVerb(List<Tok> toks, int endOffset) {
            for (int v = 1; v < toks.size(); v++) {
                Tok t = toks.get(v);
                Lexicon.Frame frame = t.word() ? lex.verbs.get(t.lower()) : null;
                if (frame == null || frame == Lexicon.Frame.QUOTE || usedVerb(t)) {
                    continue;
                }
                Optional<Span> np = phraseBefore(toks, v);
                if (np.isEmpty()) {
                    continue;
                }
                int c = v + 1;
                int complementiser = -1;
                for (int k = v + 1; k < Math.min(toks.size(), v + 9); k++) {
                    if (toks.get(k).is(",") || toks.get(k).is(":")) {
                        break;
                    }
                    if (lex.complementisers.contains(toks.get(k).lower())) {
                        complementiser = k;
                        break;
                    }
                }
                if (complementiser >= 0 && frame == Lexicon.Frame.THAT && !onlyTimeWordsBetween(toks, v, complementiser)) {
                    continue;
                }
                if (complementiser >= 0) {
                    c = complementiser + 1;
                } else if (frame == Lexicon.Frame.THAT) {
                    continue;
                } else {
                    while (c < toks.size() && toks.get(c).word() && lex.times.contains(toks.get(c).lower())) {
                        c++;
                    }
                    if (frame == Lexicon.Frame.TELL) {
                        c = skipAddressee(toks, c);
                    }
                    while (c < toks.size() && toks.get(c).word() && lex.times.contains(toks.get(c).lower())) {
                        c++;
                    }
                }
                if (c >= toks.size() || !toks.get(c).word() || lex.prepositions.contains(toks.get(c).lower())) {
                    continue;
                }
                Span content = span(toks.get(c).start(), endOffset);
                if (content.isEmpty()) {
                    continue;
                }
                usedVerbs.add(new int[] {t.start(), t.end()});
                return Optional.of(new Found(content, QuoteKind.INDIRECT, np, false));
            }
            return Optional.empty();
        }

        private boolean onlyTimeWordsBetween(List<Tok> toks, int from, int to) {
            for (int k = from + 1; k < to; k++) {
                if (!lex.times.contains(toks.get(k).lower())) {
                    return false;
                }
            }
            return true;
        }

        /** Past "reporters", "the magazine", "People", "The Canadian Press". */
        private int skipAddressee(List<Tok> toks, int c) {
            if (c >= toks.size()) {
                return c;
            }
            if (toks.get(c).capitalised()) {
                while (c < toks.size() && toks.get(c).capitalised()) {
                    c++;
                }
                return c;
            }
            if (lex.determiners.contains(toks.get(c).lower())) {
                c++;
                while (c < toks.size() && toks.get(c).capitalised()) {
                    c++;
                }
                return c < toks.size() && toks.get(c).word() && toks.get(c - 1).word()
                        && !toks.get(c - 1).capitalised() ? c + 1 : c;
            }
            return toks.get(c).word() ? c + 1 : c;
        }

        // ---- speaker names

        private List<Quote> resolve(List<Found> found) {
            Names names = new Names(text, lines, lex);
            List<Quote> out = new ArrayList<>();
            Optional<Speaker> last = Optional.empty();
            Optional<Speaker> lastNamed = Optional.empty();
            int lastEnd = -1;
            for (Found f : found) {
                Optional<Speaker> speaker;
                if (f.mention().isPresent()) {
                    Span m = f.mention().get();
                    Names.Resolved r = names.resolve(m, lastNamed.map(Speaker::name));
                    speaker = Optional.of(new Speaker(m, r.name()));
                    if (r.named()) {
                        lastNamed = speaker;
                    }
                } else if (f.continuation() && last.isPresent() && sentencesBetween(lastEnd, f.span().start())
                        <= config.continuationSentences()) {
                    speaker = last;
                } else {
                    speaker = Optional.empty();
                }
                if (speaker.isEmpty() && Tokens.words(text, f.span().start(), f.span().end())
                        < config.minUnattributedWords()) {
                    continue;
                }
                out.add(new Quote(id, f.span(), f.kind(), speaker));
                if (f.kind().marked() && speaker.isPresent()) {
                    last = speaker;
                    lastEnd = f.span().end();
                }
            }
            return out;
        }

        private int sentencesBetween(int from, int to) {
            int n = 0;
            for (Span s : sentences) {
                if (s.start() >= from && s.start() < to && !insideMarked(s.start())) {
                    n++;
                }
            }
            return n;
        }
    }

    /**
     * The body segments, and the lines the cleaner took for teasers that sit between two body segments and
     * open with a quotation mark: a short quoted paragraph inside an article is the quotation's continuation
     * ("It's dangerous." after "…," he said.), which a teaser rule cannot tell from a pull quote.
     */
    static List<Span> readable(Article article) {
        List<Span> out = new ArrayList<>(article.body());
        if (article.body().isEmpty()) {
            return out;
        }
        int first = article.body().get(0).start();
        int last = article.body().get(article.body().size() - 1).end();
        String text = article.text();
        for (org.stemma.model.Clutter c : article.clutter()) {
            Span s = c.span();
            if (c.kind() != org.stemma.model.ClutterKind.TEASER || s.start() < first || s.end() > last) {
                continue;
            }
            int i = s.start();
            while (i < s.end() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i < s.end() && QUOTE_OPENERS.indexOf(text.charAt(i)) >= 0) {
                out.add(s);
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static final String SINGLE_MARKS = "'\u2018\u2019\u2039\u203A";
    private static final String QUOTE_OPENERS = "\"\u201C\u201D\u201E\u00AB\u00BB`";

    /** The body's lines: each body segment split at line breaks, trimmed, empty ones dropped. */
    static List<Span> lines(String text, List<Span> body) {
        List<Span> out = new ArrayList<>();
        for (Span seg : body) {
            int start = seg.start();
            for (int i = seg.start(); i <= seg.end(); i++) {
                if (i == seg.end() || text.charAt(i) == '\n') {
                    int s = start;
                    int e = i;
                    while (s < e && Character.isWhitespace(text.charAt(s))) {
                        s++;
                    }
                    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                        e--;
                    }
                    if (e > s) {
                        out.add(new Span(s, e));
                    }
                    start = i + 1;
                }
            }
        }
        return out;
    }
}
