package org.stemma.clean;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stemma.model.Article;
import org.stemma.model.Clutter;
import org.stemma.model.ClutterKind;
import org.stemma.model.DateBasis;
import org.stemma.model.PageLayout;
import org.stemma.model.PublicationDate;
import org.stemma.model.RawArticle;
import org.stemma.model.Span;

/**
 * Cleans plain-text articles with line rules: each non-blank line gets features (cue phrases from
 * {@code clutter-cues.txt}, word count, final punctuation, timestamps, repetition, position) and a label from
 * rules applied in order of confidence, then smoothing over neighbours:
 * <ol>
 *   <li>the header (lines above the first body-like line): navigation trails, a breadcrumb that ends with the
 *       headline, datelines and bylines (META), the title, and a dateline prefix of the first paragraph;</li>
 *   <li>cue lines anywhere (widgets, comment-system labels, previous/next links, disclaimers, teaser labels);</li>
 *   <li>a reader-comment thread: from its first label or first "name, timestamp" header below the body's start,
 *       every line not otherwise labelled is a comment;</li>
 *   <li>teasers: a line printed twice, glued; a short unpunctuated headline standing between body paragraphs;</li>
 *   <li>smoothing: a run of short unpunctuated lines between clutter (or clutter and the end) takes the kind of
 *       the clutter before it;</li>
 *   <li>markup debris inside the remaining lines, which splits them into body segments.</li>
 * </ol>
 * Lines are the paragraph unit because flattened pages put one paragraph per line. The publication date is
 * the input's, else one read in the header (stated), else the earliest reader-comment timestamp as an upper
 * bound (bounded), else unknown; dates in comments, teasers and links are never taken as stated. Numeric
 * timestamps are read day-first ({@code 19-12-21} is 19 December 2021; the year-first reading is used only when
 * the day-first one is not a valid date; see {@link DateFinder}). The language
 * is the input's, else the identifier's answer on the body text alone.
 *
 * <p>Immutable and thread-safe; linear in the text's length (lines longer than
 * {@link CleanerConfig#maxScanLineChars()} are only scanned for markup).
 */
public final class RuleCleaner implements Cleaner {

    private final CleanerConfig config;
    private final CueTable cues;
    private final DateFinder dates;
    private final MarkupScanner markup;

    public RuleCleaner(CleanerConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config is null");
        }
        this.config = config;
        this.cues = Tables.CUES;
        this.dates = DateFinder.load(config.minYear(), config.maxYear());
        this.markup = new MarkupScanner(config.markupMergeGapChars());
    }

    /** The cue table is parsed once per class loader: it does not depend on the configuration. */
    private static final class Tables {
        static final CueTable CUES = CueTable.load();
    }

    @Override
    public Article clean(RawArticle raw) {
        if (raw == null) {
            throw new IllegalArgumentException("raw article is null");
        }
        if (raw.layout().isPresent()) {
            return cleanLaidOut(raw, raw.layout().get());
        }
        Labelling l = new Labelling(raw.text(), Line.split(raw.text(), config.maxScanLineChars()));
        matchCues(l);
        int firstBody = firstBodyLine(l);
        Optional<DateFinder.Found> headerDate = labelHeader(l, raw, firstBody);
        applyCues(l, firstBody);
        labelCommentThread(l, firstBody);
        labelTeasers(l, firstBody);
        smoothRuns(l);
        labelMarkup(l);
        return l.toArticle(raw, publicationDate(raw, l, headerDate), language(raw, l));
    }

    /** The mutable state of one cleaning: labels per line and sub-line spans. Confined to one call. */
    private final class Labelling {
        final String text;
        final List<Line> lines;
        final ClutterKind[] kind;
        final CueTable.Cue[] cue;
        final List<List<Clutter>> carved;
        int titleLine = -1;
        Span titleSpan;
        String titleText;

        Labelling(String text, List<Line> lines) {
            this.text = text;
            this.lines = lines;
            this.kind = new ClutterKind[lines.size()];
            this.cue = new CueTable.Cue[lines.size()];
            this.carved = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                carved.add(new ArrayList<>());
            }
        }

        int size() {
            return lines.size();
        }

        Line line(int i) {
            return lines.get(i);
        }

        /** Unlabelled so far: neither clutter nor the title line. */
        boolean open(int i) {
            return kind[i] == null && i != titleLine;
        }

        /** Unlabelled and reading like a paragraph. */
        boolean bodyLike(int i) {
            return open(i) && isBodyLike(line(i));
        }

        void carve(int i, ClutterKind k, int start, int end) {
            Span s = trim(start, end);
            if (!s.isEmpty()) {
                carved.get(i).add(new Clutter(k, s));
            }
        }

        Span trim(int start, int end) {
            int s = start;
            int e = end;
            while (s < e && Line.isBlank(text.charAt(s))) {
                s++;
            }
            while (e > s && Line.isBlank(text.charAt(e - 1))) {
                e--;
            }
            return new Span(s, e);
        }

        List<Span> bodySegments() {
            List<Span> body = new ArrayList<>();
            for (int i = 0; i < size(); i++) {
                if (!open(i)) {
                    continue;
                }
                int from = line(i).start();
                List<Clutter> cuts = new ArrayList<>(carved.get(i));
                Collections.sort(cuts);
                for (Clutter c : cuts) {
                    addTrimmed(body, from, c.span().start());
                    from = Math.max(from, c.span().end());
                }
                addTrimmed(body, from, line(i).end());
            }
            return body;
        }

        private void addTrimmed(List<Span> body, int start, int end) {
            if (start < end) {
                Span s = trim(start, end);
                if (!s.isEmpty()) {
                    body.add(s);
                }
            }
        }

        List<Clutter> clutter() {
            List<Clutter> all = new ArrayList<>();
            for (int i = 0; i < size(); i++) {
                if (kind[i] != null) {
                    all.add(new Clutter(kind[i], line(i).span()));
                } else {
                    all.addAll(carved.get(i));
                }
            }
            Collections.sort(all);
            return all;
        }

        String bodyText() {
            StringBuilder sb = new StringBuilder();
            for (Span s : bodySegments()) {
                if (sb.length() >= config.languageSampleChars()) {
                    break;
                }
                sb.append(text, s.start(), s.end()).append('\n');
            }
            return sb.toString();
        }

        Article toArticle(RawArticle raw, PublicationDate date, String lang) {
            Optional<String> title = raw.title().filter(t -> !t.isBlank())
                    .or(() -> Optional.ofNullable(titleText));
            return new Article(raw, bodySegments(), clutter(), title, Optional.ofNullable(titleSpan), lang, date);
        }
    }

    private boolean isBodyLike(Line line) {
        return line.words() >= config.minBodyWords()
                || (line.sentenceFinal() && line.words() >= config.minTeaserWords());
    }

    private void matchCues(Labelling l) {
        for (int i = 0; i < l.size(); i++) {
            Line line = l.line(i);
            if (line.words() <= config.maxCueLineWords()) {
                l.cue[i] = cues.match(line.key()).orElse(null);
            }
        }
    }

    /** The first line that reads like a paragraph and carries no cue; the size when there is none. */
    private int firstBodyLine(Labelling l) {
        for (int i = 0; i < l.size(); i++) {
            if (l.cue[i] == null && isBodyLike(l.line(i))) {
                return i;
            }
        }
        return l.size();
    }

    /** Whether cue {@code c} may label line {@code i}, given where the body starts. */
    private boolean cueApplies(Labelling l, int i, CueTable.Cue c, int firstBody) {
        Line line = l.line(i);
        return switch (c.kind()) {
            // "Home ..." starts sentences too ("Home Secretary ..."): menu words count only above the body,
            // and a trail is never a sentence.
            case NAVIGATION -> !line.endsPunctuated() && line.words() <= config.maxNavigationWords()
                    && (i < firstBody || c.scope() == CueTable.Scope.REGEX || c.scope() == CueTable.Scope.LINE);
            // "By", "Date", "Von" start sentences too: a byline is short, unpunctuated and sits in the header
            // or carries a date.
            case META -> line.words() <= config.maxMetaLineWords() && !line.sentenceFinal()
                    && (i < firstBody || dates.find(line.text(), 0, line.text().length()).isPresent());
            // A teaser label or a widget label is not a sentence, unless a colon or dash follows the label.
            case TEASER, WIDGET -> !line.sentenceFinal() || labelledByPunctuation(line.key(), c.phrase());
            default -> true;
        };
    }

    /** Words a list heading may have after its cue: "Related stories", "More from The Harbour Gazette". */
    private static final int MAX_HEADING_EXTRA_WORDS = 4;

    /**
     * A teaser cue that heads a list rather than labels one teaser: the cue and at most {@link
     * #MAX_HEADING_EXTRA_WORDS} more words, no punctuation after the cue ("Read more: Fire at the mill" is
     * one teaser, its headline after the colon).
     */
    private static boolean isListHeading(Line line, CueTable.Cue cue) {
        String key = line.key();
        if (cue.scope() == CueTable.Scope.REGEX || !key.startsWith(cue.phrase()) || line.endsPunctuated()) {
            return false;
        }
        String rest = key.substring(cue.phrase().length()).strip();
        return rest.isEmpty() || (!labelledByPunctuation(key, cue.phrase()) && Character.isLetter(rest.charAt(0))
                && rest.split(" ").length <= MAX_HEADING_EXTRA_WORDS);
    }

    private static boolean labelledByPunctuation(String key, String phrase) {
        if (!key.startsWith(phrase)) {
            return false;
        }
        String rest = key.substring(phrase.length()).strip();
        return !rest.isEmpty() && ":–—-»|".indexOf(rest.charAt(0)) >= 0;
    }

    /** Title, navigation, datelines and bylines above the body; returns the first date read there. */
    private Optional<DateFinder.Found> labelHeader(Labelling l, RawArticle raw, int firstBody) {
        int headerEnd = Math.min(Math.min(firstBody, config.headerLines()), l.size());
        Optional<DateFinder.Found> headerDate = Optional.empty();
        for (int i = 0; i < headerEnd; i++) {
            Line line = l.line(i);
            boolean navigationCue = l.cue[i] != null && l.cue[i].kind() == ClutterKind.NAVIGATION;
            if (navigationCue && cueApplies(l, i, l.cue[i], firstBody)) {
                l.kind[i] = ClutterKind.NAVIGATION;
            } else if (i + 1 < l.size() && isTrailEndingWith(line, l.line(i + 1))) {
                l.kind[i] = ClutterKind.NAVIGATION;
            } else if (line.words() <= config.maxMetaLineWords()
                    && line.text().length() <= config.maxScanLineChars()) {
                Optional<DateFinder.Found> dateline = wholeDateline(l, line);
                if (dateline.isPresent()) {
                    l.kind[i] = ClutterKind.META;
                    headerDate = headerDate.or(() -> dateline);
                } else if (l.cue[i] != null && l.cue[i].kind() == ClutterKind.META) {
                    l.kind[i] = ClutterKind.META;
                }
            }
        }
        labelTitle(l, raw, headerEnd, firstBody);
        // A dateline printed as the first paragraph's prefix: "date 2021-12-18 In a statement ...".
        int last = Math.min(firstBody, l.size() - 1);
        for (int i = 0; i <= last; i++) {
            if (!l.open(i)) {
                continue;
            }
            Optional<DateFinder.Found> prefix = datePrefix(l, l.line(i));
            if (prefix.isPresent()) {
                l.carve(i, ClutterKind.META, l.line(i).start(), prefix.get().end());
                headerDate = headerDate.or(() -> prefix);
            }
        }
        return headerDate;
    }

    /** A breadcrumb that ends with the headline printed on the next line: "Home NEWS Some headline". */
    private static boolean isTrailEndingWith(Line trail, Line next) {
        return !next.key().isEmpty() && next.words() >= 2 && trail.key().length() > next.key().length()
                && trail.key().endsWith(next.key()) && !trail.endsPunctuated();
    }

    /** The date when {@code line} is nothing but an optional label and a date (with its time). */
    private Optional<DateFinder.Found> wholeDateline(Labelling l, Line line) {
        int label = cues.metaLabelLength(l.text, line.start(), line.end());
        return dates.at(l.text, line.start() + label, line.end())
                .filter(f -> trailingPunctuationOnly(l.text, f.end(), line.end()));
    }

    /** The date printed, with an optional label, at the very start of {@code line} and followed by text. */
    private Optional<DateFinder.Found> datePrefix(Labelling l, Line line) {
        int scanEnd = Math.min(line.end(), line.start() + config.maxScanLineChars());
        int label = cues.metaLabelLength(l.text, line.start(), scanEnd);
        return dates.at(l.text, line.start() + label, scanEnd);
    }

    private static boolean trailingPunctuationOnly(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Line.isBlank(c) && ".,;:|-–—".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private void labelTitle(Labelling l, RawArticle raw, int headerEnd, int firstBody) {
        Optional<String> stated = raw.title().filter(t -> !t.isBlank());
        int candidate = -1;
        for (int i = 0; i < headerEnd; i++) {
            if (l.open(i)) {
                candidate = i;
                break;
            }
        }
        if (stated.isPresent()) {
            // The stated title is used as is; its span only when the text opens with it.
            if (candidate >= 0 && candidate == firstOpenLine(l)
                    && l.line(candidate).key().equals(Line.key(stated.get(), config.maxScanLineChars()))) {
                l.titleLine = candidate;
                l.titleSpan = l.line(candidate).span();
            }
            return;
        }
        if (candidate < 0 || candidate + 1 >= l.size()) {
            return;
        }
        Line line = l.line(candidate);
        boolean shaped = line.words() >= 1 && line.words() <= config.maxTitleWords() && !line.endsPunctuated()
                && line.hasLetter() && line.text().length() <= config.maxScanLineChars();
        boolean followed = line.blankAfter() || candidate + 1 == firstBody;
        if (!shaped || !followed) {
            return;
        }
        l.titleLine = candidate;
        int half = gluedHalf(line);
        if (half > 0) {
            l.titleSpan = l.trim(line.start(), line.start() + half);
            l.carve(candidate, ClutterKind.META, line.start() + half, line.end());
        } else {
            l.titleSpan = line.span();
        }
        l.titleText = l.titleSpan.of(l.text);
        // The same headline printed again right below (page title, then article heading).
        int next = candidate + 1;
        if (next < l.size() && l.open(next) && l.line(next).key().equals(line.key())) {
            l.kind[next] = ClutterKind.META;
        }
    }

    private static int firstOpenLine(Labelling l) {
        for (int i = 0; i < l.size(); i++) {
            if (l.open(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The length of the first half when {@code line} is one string printed twice, glued or with blanks between
     * ("HeadlineHeadline"), else 0. Link text scraped with its title attribute looks like this.
     */
    private int gluedHalf(Line line) {
        String t = line.text();
        if (t.length() > config.maxScanLineChars()) {
            return 0;
        }
        for (int half = t.length() / 2; half >= config.minGluedChars() && half >= t.length() / 2 - 2; half--) {
            String first = t.substring(0, half);
            String rest = t.substring(half).strip();
            if (rest.equals(first.strip()) && !rest.isEmpty()) {
                return half;
            }
        }
        return 0;
    }

    private void applyCues(Labelling l, int firstBody) {
        for (int i = 0; i < l.size(); i++) {
            if (l.open(i) && l.cue[i] != null && l.carved.get(i).isEmpty() && cueApplies(l, i, l.cue[i], firstBody)) {
                l.kind[i] = l.cue[i].kind();
            }
        }
    }

    /**
     * A reader-comment thread starts at a comment-system label, at a commenter header (a short name line,
     * perhaps repeated, perhaps a "reply to" line, then a timestamp), or at a run of one-line comments ("name
     * wrote: ...") that the page ends with, below some body text. From there on every unlabelled line is a
     * comment: threads run to the end of the page. A thread found at a label ("Reply" under the first comment)
     * starts at the commenter header just above it, when there is one, so the first comment goes with the rest.
     */
    private void labelCommentThread(Labelling l, int firstBody) {
        int inlineRun = inlineRunAtEnd(l);
        boolean bodySeen = false;
        int start = -1;
        for (int i = 0; i < l.size() && start < 0; i++) {
            if (l.open(i) && i >= firstBody) {
                if (bodySeen && (i == inlineRun || isCommentHeader(l, i))) {
                    start = i;
                }
                bodySeen = true;
            } else if (l.kind[i] == ClutterKind.COMMENTS && bodySeen) {
                start = headerAbove(l, i, firstBody);
            }
        }
        if (start < 0) {
            return;
        }
        for (int i = start; i < l.size(); i++) {
            if (l.open(i)) {
                l.kind[i] = ClutterKind.COMMENTS;
                l.carved.get(i).clear();
            }
        }
    }

    /**
     * The commenter header of the comment that label line {@code label} closes ("Reply" under a comment's
     * text): an open header line at most {@link CleanerConfig#commentLookaheadLines()} + 2 lines above it with
     * only open lines between, else the label itself. Only a header line above the label counts, never body
     * text: a paragraph is no name line.
     */
    private int headerAbove(Labelling l, int label, int firstBody) {
        int earliest = Math.max(firstBody + 1, label - config.commentLookaheadLines() - 2);
        for (int j = label - 1; j >= earliest && l.open(j); j--) {
            if (isCommentHeader(l, j)) {
                return j;
            }
        }
        return label;
    }

    private boolean isCommentHeader(Labelling l, int i) {
        if (!isNameLike(l.line(i))) {
            return false;
        }
        int j = i + 1;
        int skipped = 0;
        while (j < l.size() && skipped < config.commentLookaheadLines()) {
            Line next = l.line(j);
            if (isTimestamp(l, next)) {
                return true;
            }
            boolean repeatedName = next.key().equals(l.line(i).key());
            boolean commentLabel = l.kind[j] == ClutterKind.COMMENTS;
            if (!repeatedName && !commentLabel) {
                return false;
            }
            j++;
            skipped++;
        }
        return false;
    }

    /**
     * A commenter's name as a comment system prints it: one to {@link CleanerConfig#maxNameWords()} words, or
     * one handle with digits ("jj2000"), perhaps followed by "says:" or "wrote:" (WordPress, forums); no
     * sentence punctuation otherwise. A number alone or a date is no name.
     */
    private boolean isNameLike(Line line) {
        String text = line.text();
        Matcher said = COMMENTER_VERB.matcher(text);
        if (said.find() && said.end() == text.length()) {
            return isCommenterName(text.substring(0, said.start()));
        }
        if (line.words() < 1 || line.words() > config.maxNameWords() || line.endsPunctuated()
                || !line.hasLetter() || line.key().isEmpty()) {
            return false;
        }
        return !line.hasDigit() || (line.words() == 1 && HANDLE.matcher(text).matches());
    }

    /**
     * "says:", "wrote:" after a commenter's name; the colon is what tells it from a sentence's verb. Not "said:",
     * which news text uses for every quotation.
     */
    private static final Pattern COMMENTER_VERB =
            Pattern.compile("\\s+(says|wrote|writes|commented|replied|schrieb|a écrit|escribió|пишет|написал)\\s*:",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A display name or handle: words of letters, digits, dots, apostrophes, hyphens and underscores. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._'’-]+(\\s+[\\p{L}\\p{N}._'’-]+)*");
    /** One handle that holds a letter and digits: "jj2000", "bob_k58". */
    private static final Pattern HANDLE = Pattern.compile("(?=.*\\p{L})[\\p{L}\\p{N}._-]{2,40}");

    /** A name before a commenter's verb: one to {@link CleanerConfig#maxNameWords()} words of {@link #NAME}. */
    private boolean isCommenterName(String before) {
        String name = before.strip();
        return !name.isEmpty() && name.split("\\s+").length <= config.maxNameWords() && NAME.matcher(name).matches();
    }

    /**
     * The first line of a run of one-line comments that the page ends with: a name and "wrote:" (or "says:")
     * and the comment on the same line, at least two of them, and nothing else open from there to the end. A
     * news paragraph may start "Smith wrote:" to quote a letter, but the story goes on after it. -1 when there
     * is no such run. One pass from the end, so a page of many such lines costs no more than their count.
     */
    private int inlineRunAtEnd(Labelling l) {
        int first = -1;
        int count = 0;
        for (int j = l.size() - 1; j >= 0; j--) {
            if (l.open(j)) {
                if (!isInlineComment(l.line(j))) {
                    break;
                }
                first = j;
                count++;
            }
        }
        return count >= 2 ? first : -1;
    }

    /** "name wrote: text" on one line, the name as {@link #isNameLike} reads one. */
    private boolean isInlineComment(Line line) {
        String text = line.text();
        Matcher said = COMMENTER_VERB.matcher(text);
        return said.find() && said.end() < text.length() && isCommenterName(text.substring(0, said.start()));
    }

    /** A line that is only a date and time, or a relative time ("3 hours ago"). */
    private boolean isTimestamp(Labelling l, Line line) {
        if (line.key().isEmpty() || line.words() > config.maxMetaLineWords()) {
            return false;
        }
        if (dates.isRelative(line.key())) {
            return true;
        }
        return dates.at(l.text, line.start(), line.end())
                .filter(f -> trailingPunctuationOnly(l.text, f.end(), line.end())).isPresent();
    }

    /**
     * The headlines under a list heading ("Related stories", "You may also like") below the body's start: a
     * heading that is the cue alone on its line. When nothing but title-sized lines ({@link
     * CleanerConfig#maxTitleWords()} words at most) follows it to the end of the page, all of them are the
     * list, punctuated or not, since a list of other articles is where a page ends; otherwise only the
     * unpunctuated title-sized lines right after it, since the story goes on below.
     */
    private void labelTeaserLists(Labelling l, int firstBody) {
        // The last open line longer than a title; labelling teasers never changes it (they are title-sized).
        int lastLong = -1;
        for (int j = l.size() - 1; j >= 0 && lastLong < 0; j--) {
            if (l.open(j) && l.line(j).words() > config.maxTitleWords()) {
                lastLong = j;
            }
        }
        for (int i = Math.max(firstBody, 0) + 1; i < l.size(); i++) {
            CueTable.Cue cue = l.cue[i];
            if (l.kind[i] != ClutterKind.TEASER || cue == null || !isListHeading(l.line(i), cue)) {
                continue;
            }
            boolean pageEnds = lastLong < i;
            int j = i + 1;
            for (; j < l.size(); j++) {
                if (!l.open(j)) {
                    continue;
                }
                Line line = l.line(j);
                if (line.words() > config.maxTitleWords() || !pageEnds && line.endsPunctuated()) {
                    break;
                }
                l.kind[j] = ClutterKind.TEASER;
            }
            // a heading inside the list just labelled would label the same lines: go on after the list
            i = j;
        }
    }

    /**
     * Headlines of other articles: a line printed twice, glued; or a short unpunctuated line between two body
     * paragraphs, long enough not to be a subheading of the article itself.
     */
    private void labelTeasers(Labelling l, int firstBody) {
        labelTeaserLists(l, firstBody);
        for (int i = Math.max(firstBody, 0); i < l.size(); i++) {
            if (!l.open(i) || !l.carved.get(i).isEmpty()) {
                continue;
            }
            Line line = l.line(i);
            if (line.words() <= config.maxCueLineWords() && gluedHalf(line) > 0) {
                l.kind[i] = ClutterKind.TEASER;
                continue;
            }
            boolean headline = line.words() >= config.minTeaserWords() && line.words() <= config.maxTeaserWords()
                    && !line.endsPunctuated();
            if (headline && i > 0 && i + 1 < l.size() && l.bodyLike(i - 1) && l.bodyLike(i + 1)
                    && l.line(i - 1).sentenceFinal() && !sharesLabelWithBody(l, i)) {
                l.kind[i] = ClutterKind.TEASER;
            }
        }
    }

    /**
     * Whether line {@code i} opens with the same short label ({@code "Update:"}, {@code "Note:"}: one to three
     * words and a colon) as another body paragraph of the article. An outlet that labels its own paragraphs
     * does so repeatedly, so a recurring label marks the article's own voice; a teaser's "Name: headline"
     * label is a one-off.
     */
    private static boolean sharesLabelWithBody(Labelling l, int i) {
        String label = label(l.line(i).text());
        if (label.isEmpty()) {
            return false;
        }
        for (int j = 0; j < l.size(); j++) {
            if (j != i && l.bodyLike(j) && label.equals(label(l.line(j).text()))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern LABEL = Pattern.compile("^\\s*((?:[\\p{L}\\p{N}'’-]+\\s+){0,2}[\\p{L}\\p{N}'’-]+):\\s");

    /** The leading label of a line (before its first colon, up to three words), or "" when it has none. */
    private static String label(String line) {
        Matcher m = LABEL.matcher(line);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /**
     * A run of short unpunctuated lines (labels, names, headlines) bounded by clutter before it and by clutter
     * or the end of the text after it belongs to that clutter: widgets and link lists come in blocks.
     */
    private void smoothRuns(Labelling l) {
        int i = 0;
        while (i < l.size()) {
            if (!isWeak(l, i)) {
                i++;
                continue;
            }
            int end = i;
            while (end < l.size() && isWeak(l, end)) {
                end++;
            }
            boolean clutterBefore = i > 0 && l.kind[i - 1] != null;
            boolean clutterOrEndAfter = end == l.size() || l.kind[end] != null;
            if (clutterBefore && clutterOrEndAfter && l.kind[i - 1] != ClutterKind.META) {
                for (int j = i; j < end; j++) {
                    l.kind[j] = l.kind[i - 1];
                }
            }
            i = end;
        }
    }

    private boolean isWeak(Labelling l, int i) {
        Line line = l.line(i);
        return l.open(i) && l.carved.get(i).isEmpty() && line.words() <= config.maxTeaserWords()
                && !line.endsPunctuated();
    }

    private void labelMarkup(Labelling l) {
        for (int i = 0; i < l.size(); i++) {
            if (!l.open(i)) {
                continue;
            }
            Line line = l.line(i);
            List<Span> debris = markup.scan(l.text, line.start(), line.end());
            if (debris.isEmpty()) {
                continue;
            }
            int covered = 0;
            for (Span s : debris) {
                covered += nonBlank(l.text, s.start(), s.end());
            }
            if (covered >= config.markupLineShare() * nonBlank(l.text, line.start(), line.end())) {
                l.kind[i] = ClutterKind.MARKUP;
                l.carved.get(i).clear();
                continue;
            }
            for (Span s : debris) {
                if (!overlapsCarved(l.carved.get(i), s)) {
                    l.carve(i, ClutterKind.MARKUP, s.start(), s.end());
                }
            }
        }
    }

    private static boolean overlapsCarved(List<Clutter> carved, Span s) {
        for (Clutter c : carved) {
            if (c.span().overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    private static int nonBlank(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!Line.isBlank(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * A page whose structure ingest already read (HTML): its body and clutter blocks are taken as stated, since
     * the markup that told them apart is gone from the flattened text. A first body block that is the title
     * becomes the title span. The date is the page's stated one (the extractor read meta tags, JSON-LD,
     * {@code <time>}, the URL and the visible text); the language is stated or identified on the body.
     */
    private Article cleanLaidOut(RawArticle raw, PageLayout layout) {
        String text = raw.text();
        List<Span> body = new ArrayList<>();
        int previousEnd = 0;
        for (Span block : layout.body().stream().sorted().toList()) {
            int start = Math.max(block.start(), previousEnd);
            int end = block.end();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                body.add(new Span(start, end));
                previousEnd = end;
            }
        }
        Optional<String> title = raw.title();
        Optional<Span> titleSpan = Optional.empty();
        if (!body.isEmpty() && title.isPresent()
                && body.get(0).of(text).strip().equalsIgnoreCase(title.get().strip())) {
            titleSpan = Optional.of(body.remove(0));
        }
        List<Clutter> clutter = layout.clutter().stream().sorted().toList();
        PublicationDate date = statedDate(raw).orElse(PublicationDate.UNKNOWN);
        StringBuilder bodyText = new StringBuilder();
        for (Span s : body) {
            bodyText.append(text, s.start(), s.end()).append('\n');
        }
        String lang = statedLanguage(raw).orElseGet(() -> config.languageIdentifier().identify(bodyText));
        return new Article(raw, body, clutter, title, titleSpan, lang, date);
    }

    /**
     * The date the input's metadata states, when it reads as one. A machine timestamp with a zone (ISO 8601 with
     * an offset, RFC 1123 as in HTTP and RSS) is taken at its instant, in UTC: outlets in different zones stamp
     * the same moment differently, and a copy must not seem to precede its source by the zones' difference.
     * Anything else is read as the text's dates are.
     */
    private Optional<PublicationDate> statedDate(RawArticle raw) {
        Optional<String> stated = raw.date().map(String::strip).filter(s -> !s.isEmpty());
        Optional<OffsetDateTime> instant = stated.flatMap(RuleCleaner::zonedTimestamp);
        Optional<OffsetDateTime> utc = instant.map(t -> t.withOffsetSameInstant(ZoneOffset.UTC))
                .filter(t -> dates.inYears(t.toLocalDate()));
        if (utc.isPresent()) {
            return Optional.of(new PublicationDate(Optional.of(utc.get().toLocalDate()),
                    Optional.of(utc.get().toLocalTime().truncatedTo(ChronoUnit.MINUTES)), DateBasis.STATED,
                    Optional.empty()));
        }
        if (stated.isPresent()) {
            Optional<DateFinder.Found> read = dates.at(stated.get(), 0, stated.get().length());
            if (read.isPresent()) {
                return Optional.of(new PublicationDate(Optional.of(read.get().date()), read.get().time(),
                        DateBasis.STATED, Optional.empty()));
            }
        }
        return Optional.empty();
    }

    private static Optional<OffsetDateTime> zonedTimestamp(String s) {
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME,
                DateTimeFormatter.RFC_1123_DATE_TIME)) {
            try {
                return Optional.of(OffsetDateTime.parse(s, f));
            } catch (DateTimeParseException e) {
                // not this form
            }
        }
        return Optional.empty();
    }

    /** The language the input states, as its primary subtag ({@code de-DE} is {@code de}). */
    private static Optional<String> statedLanguage(RawArticle raw) {
        return raw.lang().map(s -> s.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0])
                .filter(s -> !s.isEmpty());
    }

    private PublicationDate publicationDate(RawArticle raw, Labelling l, Optional<DateFinder.Found> headerDate) {
        Optional<PublicationDate> stated = statedDate(raw);
        if (stated.isPresent()) {
            return stated.get();
        }
        if (headerDate.isPresent()) {
            DateFinder.Found f = headerDate.get();
            return new PublicationDate(Optional.of(f.date()), f.time(), DateBasis.STATED,
                    Optional.of(new Span(f.start(), f.end())));
        }
        DateFinder.Found earliest = null;
        for (int i = 0; i < l.size(); i++) {
            if (l.kind[i] != ClutterKind.COMMENTS || !isTimestamp(l, l.line(i))) {
                continue;
            }
            Optional<DateFinder.Found> f = dates.at(l.text, l.line(i).start(), l.line(i).end());
            if (f.isPresent() && (earliest == null || before(f.get(), earliest))) {
                earliest = f.get();
            }
        }
        if (earliest != null) {
            return PublicationDate.bounded(earliest.date(), Optional.of(new Span(earliest.start(), earliest.end())));
        }
        return PublicationDate.UNKNOWN;
    }

    private static boolean before(DateFinder.Found a, DateFinder.Found b) {
        int c = a.date().compareTo(b.date());
        if (c != 0) {
            return c < 0;
        }
        return a.time().orElse(LocalTime.MIDNIGHT).isBefore(b.time().orElse(LocalTime.MIDNIGHT));
    }

    private String language(RawArticle raw, Labelling l) {
        Optional<String> stated = statedLanguage(raw);
        if (stated.isPresent()) {
            return stated.get();
        }
        String body = l.bodyText();
        return config.languageIdentifier().identify(body);
    }
}
