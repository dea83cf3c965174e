package org.stemma.changes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stemma.align.Witness;
import org.stemma.changes.Lexicon.Section;
import org.stemma.fingerprint.Stopwords;
import org.stemma.fingerprint.TokenSequence;
import org.stemma.model.Change;
import org.stemma.model.ChangeKind;
import org.stemma.model.Edit;
import org.stemma.model.EditOp;
import org.stemma.model.Passage;
import org.stemma.model.Span;

/**
 * Types changes with rules over cue words (per-language data files) and the shape of each edit.
 *
 * <ol>
 *   <li><b>Orient.</b> Each passage's edit script is read from source to target (an INSERT of the passage
 *       is a DELETE when the source is its {@code b}).</li>
 *   <li><b>Refine.</b> Inside every non-equal edit, words are paired again with a looser equality: the same
 *       number ("8"/"eight", "100 000"/"100,000"), a listed variant ("US"/"USA"), or a spelling at most one
 *       letter in {@code fuzzyCharsPerEdit} apart ("organisation"/"organization"). Such pairs are
 *       {@code SPELLING_STYLE}; the words left between them are the real changes, so "organisation" →
 *       "military organization" is a spelling change plus an added modifier. A short insertion or deletion
 *       that, joined to the equal word beside it, is a listed variant of that word ("one half" for "half")
 *       is a spelling change of the two. When fewer than half the words of the shorter side pair up and a
 *       side is longer than a modifier, the edit is a rewording kept whole.</li>
 *   <li><b>Edges of a passage.</b> A passage ends on equal words, so the rest of its first and last
 *       paragraph on each side (outside every passage) is read as one more change: a closing denial that a
 *       copy replaced by a question mark is a dropped denial. When the copy ends with its last passage and
 *       the source goes on past that paragraph, the rest of the source is a {@code TRIMMED_TAIL}.</li>
 *   <li><b>Type.</b> Insertions are split at paragraph breaks; each part is editorial commentary (a
 *       comment label and a colon at its start, or at least {@code minOpinionCues} marks of an author's own
 *       voice outside quotation marks, an opening "And"/"But" counting as one and each attribution word
 *       against), clutter, an added attribution (a short part with a credit or attribution cue), an added
 *       modifier (at most {@code modifierMaxWords} lower-case content words) or new reporting. Deletions are
 *       a dropped hedge, denial or attribution when the dropped clause holds such a cue, a removed
 *       modifier, or dropped text. Substitutions are checked for a flipped negation, a changed number,
 *       changed words inside a quotation, a dropped hedge, attribution or denial, a swapped name (different
 *       capitalised words not at a sentence start), an added or removed evaluative word, else rewording.</li>
 *   <li><b>Quotation marks.</b> In equal stretches, a quotation mark the source has between two words and
 *       the copy lacks is {@code QUOTE_MARKS_REMOVED}, spanning the quoted words.</li>
 * </ol>
 *
 * <p>Cost: linear in the passages' words plus an O(g₁·g₂) table per non-equal edit, whose size the aligner
 * bounds; the work on an edit is capped at {@code maxRefineWords} words a side. Immutable and thread-safe.
 */
public final class RuleChangeClassifier implements ChangeClassifier {

    /**
     * @param languages          cue files to read (their union is used: an article's language is not always
     *                           known, and cue words of one language rarely occur in another's text);
     *                           default all bundled
     * @param modifierMaxWords   most words an added or dropped modifier has; default
     *                           {@value #DEFAULT_MODIFIER_MAX_WORDS} ("deeply flawed"); longer is reporting
     * @param clauseMaxWords     most words in a dropped hedge or attribution clause; default
     *                           {@value #DEFAULT_CLAUSE_MAX_WORDS} ("according to preliminary results
     *                           published by the electoral commission")
     * @param denialMaxWords     most words of a dropped stretch that is typed by the denial it holds; default
     *                           {@value #DEFAULT_DENIAL_MAX_WORDS}, about two sentences; a longer dropped
     *                           stretch is dropped text that happens to mention a denial
     * @param creditMaxWords     most words of an inserted part typed as a credit or attribution line; default
     *                           {@value #DEFAULT_CREDIT_MAX_WORDS}: a credit line is a line, not a paragraph
     * @param minCommentaryWords fewest words of an inserted part typed as commentary; default
     *                           {@value #DEFAULT_MIN_COMMENTARY_WORDS}: shorter insertions are modifiers or
     *                           asides
     * @param minOpinionCues     opinion marks an inserted part needs to be commentary without a label;
     *                           default {@value #DEFAULT_MIN_OPINION_CUES}: one evaluative word occurs in plain
     *                           reporting too, two rarely
     * @param fuzzyMinChars      shortest words compared by spelling; default {@value #DEFAULT_FUZZY_MIN_CHARS}:
     *                           shorter words one letter apart are different words ("form"/"from")
     * @param fuzzyCharsPerEdit  one letter may differ per this many letters; default
     *                           {@value #DEFAULT_FUZZY_CHARS_PER_EDIT}
     * @param maxRefineWords     words per side beyond which an edit is not refined; default
     *                           {@value #DEFAULT_MAX_REFINE_WORDS}, above the aligner's largest gap
     * @param substitutionMaxWords most words on either side of a substitution that is typed by its content;
     *                           default {@value #DEFAULT_SUBSTITUTION_MAX_WORDS}, about a clause: a longer one is
     *                           a rewritten stretch whose parts cannot be paired, so it is {@code REWORDED}
     */
    public record Config(List<String> languages, int modifierMaxWords, int clauseMaxWords, int denialMaxWords,
                         int creditMaxWords, int minCommentaryWords, int minOpinionCues, int fuzzyMinChars,
                         int fuzzyCharsPerEdit, int maxRefineWords, int substitutionMaxWords) {
        public static final int DEFAULT_MODIFIER_MAX_WORDS = 2;
        public static final int DEFAULT_CLAUSE_MAX_WORDS = 12;
        public static final int DEFAULT_DENIAL_MAX_WORDS = 40;
        public static final int DEFAULT_CREDIT_MAX_WORDS = 12;
        public static final int DEFAULT_MIN_COMMENTARY_WORDS = 5;
        public static final int DEFAULT_MIN_OPINION_CUES = 2;
        public static final int DEFAULT_FUZZY_MIN_CHARS = 5;
        public static final int DEFAULT_FUZZY_CHARS_PER_EDIT = 5;
        public static final int DEFAULT_MAX_REFINE_WORDS = 400;
        public static final int DEFAULT_SUBSTITUTION_MAX_WORDS = 12;

        public Config {
            if (languages == null || languages.isEmpty()) {
                throw new IllegalArgumentException("at least one language is needed: " + languages);
            }
            languages = List.copyOf(languages);
            if (modifierMaxWords < 1 || clauseMaxWords < 1 || denialMaxWords < 1 || creditMaxWords < 1
                    || minCommentaryWords < 1 || minOpinionCues < 1 || fuzzyMinChars < 1 || fuzzyCharsPerEdit < 1
                    || maxRefineWords < 1 || substitutionMaxWords < 1) {
                throw new IllegalArgumentException("every limit must be positive");
            }
        }

        public static Config defaults() {
            return new Config(Lexicon.LANGUAGES, DEFAULT_MODIFIER_MAX_WORDS, DEFAULT_CLAUSE_MAX_WORDS,
                    DEFAULT_DENIAL_MAX_WORDS, DEFAULT_CREDIT_MAX_WORDS, DEFAULT_MIN_COMMENTARY_WORDS,
                    DEFAULT_MIN_OPINION_CUES, DEFAULT_FUZZY_MIN_CHARS, DEFAULT_FUZZY_CHARS_PER_EDIT,
                    DEFAULT_MAX_REFINE_WORDS, DEFAULT_SUBSTITUTION_MAX_WORDS);
        }
    }

    /** Quotation marks of any script; single quotes count only between words (inside a word they are apostrophes). */
    private static final String QUOTES = "\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d'\u2018\u2019\u201a";
    private static final String DOUBLE_QUOTES = "\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u300c\u300d";
    private static final String SENTENCE_ENDS = ".!?";
    private static final int NO_MARK = 0;
    private static final int OPENING = 1;
    private static final int CLOSING = 2;

    private final Config config;
    private final Lexicon lexicon;
    private final Stopwords stopwords = Stopwords.allBundled();

    public RuleChangeClassifier(Config config) {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        this.config = config;
        this.lexicon = Lexicon.of(config.languages());
    }

    public RuleChangeClassifier() {
        this(Config.defaults());
    }

    public Config config() {
        return config;
    }

    @Override
    public List<Change> classify(Witness source, Witness target, List<Passage> passages) {
        if (source == null || target == null || passages == null) {
            throw new IllegalArgumentException("null argument");
        }
        if (source.id().equals(target.id())) {
            throw new IllegalArgumentException("source and target are one article: " + source.id());
        }
        List<Passage> own = new ArrayList<>();
        for (Passage p : passages) {
            boolean forward = p.a().equals(source.id()) && p.b().equals(target.id());
            boolean backward = p.b().equals(source.id()) && p.a().equals(target.id());
            if (forward || backward) {
                own.add(p);
            }
        }
        List<Change> out = new Run(source, target, own).changes();
        out.sort(Changes.ORDER);
        return out;
    }

    /** A passage read from source to target. */
    private record Oriented(Span inSource, Span inTarget, List<Step> steps) {
    }

    /** An edit read from source to target. */
    private record Step(EditOp op, Span s, Span t) {
    }

    /**
     * A word, or a number written as several tokens ("100 000"): tokens {@code [from, to)} of one side, with
     * its value if it is a number and its {@link Lexicon#variantGroup}, looked up once per unit because
     * {@link Run#refine} compares every unit of one side with every unit of the other.
     */
    private record Unit(int from, int to, String term, Optional<Long> value, int variantGroup) {
    }

    /** The state of typing one pair; not shared between threads. */
    private final class Run {
        private final Witness src;
        private final Witness tgt;
        private final List<Oriented> passages = new ArrayList<>();
        private final List<Change> out = new ArrayList<>();

        Run(Witness src, Witness tgt, List<Passage> own) {
            this.src = src;
            this.tgt = tgt;
            for (Passage p : own) {
                boolean forward = p.a().equals(src.id());
                List<Step> steps = new ArrayList<>();
                for (Edit e : p.edits()) {
                    EditOp op = e.op();
                    if (!forward && op == EditOp.INSERT) {
                        op = EditOp.DELETE;
                    } else if (!forward && op == EditOp.DELETE) {
                        op = EditOp.INSERT;
                    }
                    steps.add(forward ? new Step(op, e.a(), e.b()) : new Step(op, e.b(), e.a()));
                }
                steps = joinAcrossOneWord(steps);
                passages.add(forward ? new Oriented(p.inA(), p.inB(), steps) : new Oriented(p.inB(), p.inA(), steps));
            }
        }

        /**
         * Joins a substitution and the change beside it when a single equal word separates them: they are one
         * rewritten phrase that kept a word, and {@link #refine} splits them again unless too few words pair.
         */
        private List<Step> joinAcrossOneWord(List<Step> steps) {
            List<Step> out = new ArrayList<>();
            for (Step step : steps) {
                int k = out.size();
                if (k >= 2 && step.op() != EditOp.EQUAL && out.get(k - 2).op() != EditOp.EQUAL
                        && (step.op() == EditOp.SUBSTITUTE || out.get(k - 2).op() == EditOp.SUBSTITUTE)
                        && out.get(k - 1).op() == EditOp.EQUAL && oneWord(src, out.get(k - 1).s())
                        && oneWord(tgt, out.get(k - 1).t())) {
                    Step first = out.get(k - 2);
                    out.remove(k - 1);
                    out.set(k - 2, new Step(EditOp.SUBSTITUTE, hull(first.s(), step.s()), hull(first.t(), step.t())));
                } else {
                    out.add(step);
                }
            }
            return out;
        }

        private static boolean oneWord(Witness w, Span span) {
            int[] r = range(w.tokens(), span);
            return r[1] - r[0] == 1;
        }

        private static Span hull(Span x, Span y) {
            return new Span(Math.min(x.start(), y.start()), Math.max(x.end(), y.end()));
        }

        List<Change> changes() {
            for (Oriented p : passages) {
                for (Step step : p.steps()) {
                    int[] rs = range(src.tokens(), step.s());
                    int[] rt = range(tgt.tokens(), step.t());
                    if (step.op() == EditOp.EQUAL) {
                        quoteMarks(rs[0], rs[1], rt[0], rt[1]);
                    } else if (variantWithNeighbour(rs[0], rs[1], rt[0], rt[1])) {
                        continue;
                    } else {
                        refine(rs[0], rs[1], rt[0], rt[1], step.s(), step.t());
                    }
                }
                edges(p);
            }
            trimmedTail();
            outerParagraphs();
            return out;
        }

        // ---- refining an edit into pieces --------------------------------------------------------------

        /**
         * Whether a short insertion or deletion joined to the equal word beside it is a listed variant of that
         * word alone ("one half" for "half"); if so, records the pair as one {@code SPELLING_STYLE} change.
         */
        private boolean variantWithNeighbour(int s0, int s1, int t0, int t1) {
            boolean insertion = s0 == s1 && t0 < t1;
            if (!insertion && !(t0 == t1 && s0 < s1)) {
                return false;
            }
            Witness longer = insertion ? tgt : src;
            Witness shorter = insertion ? src : tgt;
            int l0 = insertion ? t0 : s0;
            int l1 = insertion ? t1 : s1;
            int at = insertion ? s0 : t0;
            if (l1 - l0 > config.modifierMaxWords()) {
                return false;
            }
            TokenSequence lt = longer.tokens();
            TokenSequence st = shorter.tokens();
            // the word after the inserted words, then the word before them
            if (l1 < lt.size() && at < st.size() && lt.term(l1).equals(st.term(at))
                    && lexicon.variants(joinedTerms(lt, l0, l1 + 1), st.term(at))) {
                addOriented(insertion, st.span(at, at + 1), lt.span(l0, l1 + 1));
                return true;
            }
            if (l0 > 0 && at > 0 && lt.term(l0 - 1).equals(st.term(at - 1))
                    && lexicon.variants(joinedTerms(lt, l0 - 1, l1), st.term(at - 1))) {
                addOriented(insertion, st.span(at - 1, at), lt.span(l0 - 1, l1));
                return true;
            }
            return false;
        }

        /** Records a spelling change given as (shorter side, longer side). */
        private void addOriented(boolean insertion, Span inShorter, Span inLonger) {
            if (insertion) {
                add(ChangeKind.SPELLING_STYLE, inShorter, inLonger);
            } else {
                add(ChangeKind.SPELLING_STYLE, inLonger, inShorter);
            }
        }

        private static String joinedTerms(TokenSequence tokens, int from, int to) {
            StringBuilder sb = new StringBuilder();
            for (int t = from; t < to; t++) {
                sb.append(t > from ? " " : "").append(tokens.term(t));
            }
            return sb.toString();
        }

        private void refine(int s0, int s1, int t0, int t1, Span spanS, Span spanT) {
            // units only up to the cap: a long edit (a dropped paragraph) is not refined, so reading all of it
            // into units first was wasted work
            List<Unit> us = units(src, s0, s1, config.maxRefineWords() + 1);
            List<Unit> ut = units(tgt, t0, t1, config.maxRefineWords() + 1);
            if (us.size() > config.maxRefineWords() || ut.size() > config.maxRefineWords()
                    || us.isEmpty() || ut.isEmpty()) {
                piece(s0, s1, t0, t1, spanS.start(), spanT.start());
                return;
            }
            if (sameThing(us, ut)) {
                add(ChangeKind.SPELLING_STYLE, src.tokens().span(s0, s1), tgt.tokens().span(t0, t1));
                return;
            }
            int n = us.size();
            int m = ut.size();
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = alike(us.get(i), ut.get(j)) ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            // a rewritten phrase that happens to keep one of its words ("compared hospital admissions" ->
            // "looked at how many people ended up in hospital") is one rewording, not a rewording plus a
            // dropped or added modifier around the kept word
            if (2 * lcs[0][0] < Math.min(n, m) && Math.max(n, m) > config.modifierMaxWords()) {
                piece(s0, s1, t0, t1, spanS.start(), spanT.start());
                return;
            }
            int i = 0;
            int j = 0;
            int pi = 0;
            int pj = 0;
            while (i < n || j < m) {
                if (i < n && j < m && alike(us.get(i), ut.get(j))) {
                    flush(us, ut, pi, i, pj, j, s0, s1, t0, t1);
                    int fi = i;
                    int fj = j;
                    while (i < n && j < m && alike(us.get(i), ut.get(j)) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
                        i++;
                        j++;
                    }
                    boolean identical = true;
                    for (int k = 0; k < i - fi; k++) {
                        Unit x = us.get(fi + k);
                        Unit y = ut.get(fj + k);
                        // "4,000" and "4 000" are one term but written differently
                        identical &= x.term().equals(y.term()) && x.to() - x.from() == y.to() - y.from();
                    }
                    if (!identical) {
                        add(ChangeKind.SPELLING_STYLE, src.tokens().span(us.get(fi).from(), us.get(i - 1).to()),
                                tgt.tokens().span(ut.get(fj).from(), ut.get(j - 1).to()));
                    }
                    pi = i;
                    pj = j;
                } else if (j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                    i++;
                } else {
                    j++;
                }
            }
            flush(us, ut, pi, n, pj, m, s0, s1, t0, t1);
        }

        private void flush(List<Unit> us, List<Unit> ut, int i0, int i1, int j0, int j1, int s0, int s1, int t0,
                           int t1) {
            if (i0 == i1 && j0 == j1) {
                return;
            }
            int a0 = i0 < us.size() ? us.get(i0).from() : s1;
            int a1 = i1 > i0 ? us.get(i1 - 1).to() : a0;
            int b0 = j0 < ut.size() ? ut.get(j0).from() : t1;
            int b1 = j1 > j0 ? ut.get(j1 - 1).to() : b0;
            piece(a0, a1, b0, b1, position(src, a0), position(tgt, b0));
        }

        /** Where an empty range at token {@code t} falls: its start, or the end of the token before. */
        private int position(Witness w, int t) {
            TokenSequence tokens = w.tokens();
            if (t < tokens.size()) {
                return tokens.start(t);
            }
            return tokens.isEmpty() ? 0 : tokens.end(tokens.size() - 1);
        }

        private boolean sameThing(List<Unit> us, List<Unit> ut) {
            // a spelling longer than every listed one has no variants: no need to build it
            if (joinedChars(us) > lexicon.longestVariantChars() || joinedChars(ut) > lexicon.longestVariantChars()) {
                return false;
            }
            return lexicon.variants(joined(us), joined(ut));
        }

        /** The length of {@link #joined}'s result. */
        private static int joinedChars(List<Unit> units) {
            int chars = 0;
            for (Unit u : units) {
                chars += (chars > 0 ? 1 : 0) + u.term().length();
            }
            return chars;
        }

        private String joined(List<Unit> units) {
            StringBuilder sb = new StringBuilder();
            for (Unit u : units) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(u.term());
            }
            return sb.toString();
        }

        private boolean alike(Unit x, Unit y) {
            if (x.term().equals(y.term())) {
                return true;
            }
            if (x.value().isPresent() && y.value().isPresent()) {
                return x.value().get().equals(y.value().get());
            }
            if (x.variantGroup() != Lexicon.NO_VARIANTS && x.variantGroup() == y.variantGroup()) {
                return true;
            }
            return spellingVariants(x.term(), y.term());
        }

        private boolean spellingVariants(String x, String y) {
            int shorter = Math.min(x.length(), y.length());
            if (shorter < config.fuzzyMinChars() || x.charAt(0) != y.charAt(0)
                    || Character.isDigit(x.charAt(0)) || Character.isDigit(y.charAt(0))) {
                return false;
            }
            int allowed = Math.max(1, shorter / config.fuzzyCharsPerEdit());
            return Math.abs(x.length() - y.length()) <= allowed && distance(x, y, allowed) <= allowed;
        }

        // ---- typing one piece --------------------------------------------------------------------------

        /** Types source tokens {@code [s0, s1)} against target tokens {@code [t0, t1)}. */
        private void piece(int s0, int s1, int t0, int t1, int atS, int atT) {
            if (s0 == s1 && t0 == t1) {
                return;
            }
            if (s0 == s1) {
                for (int[] part : paragraphs(tgt, t0, t1)) {
                    add(insertion(part[0], part[1]), Span.at(atS), tgt.tokens().span(part[0], part[1]));
                }
                return;
            }
            if (t0 == t1) {
                for (int[] part : paragraphs(src, s0, s1)) {
                    add(deletion(part[0], part[1]), src.tokens().span(part[0], part[1]), Span.at(atT));
                }
                return;
            }
            add(substitution(s0, s1, t0, t1), src.tokens().span(s0, s1), tgt.tokens().span(t0, t1));
        }

        private ChangeKind insertion(int t0, int t1) {
            List<String> terms = terms(tgt, t0, t1);
            int words = t1 - t0;
            if (words <= config.modifierMaxWords() && lexicon.contains(Section.NEGATION, terms)) {
                return ChangeKind.NEGATION_FLIPPED;
            }
            if (words >= config.minCommentaryWords() && isCommentary(t0, t1)) {
                return ChangeKind.EDITORIAL_COMMENTARY;
            }
            if (startsParagraph(tgt, t0) && lexicon.matchesAt(Section.CLUTTER, terms, 0) > 0
                    && words <= config.creditMaxWords()) {
                return ChangeKind.CLUTTER;
            }
            boolean line = startsParagraph(tgt, t0) && (t1 == tgt.tokens().size() || startsParagraph(tgt, t1));
            if (words <= config.creditMaxWords() && ((line && lexicon.contains(Section.CREDIT, terms))
                    || lexicon.contains(Section.ATTRIBUTION, terms))) {
                return ChangeKind.ATTRIBUTION_ADDED;
            }
            if (isModifier(tgt, t0, t1)) {
                return ChangeKind.MODIFIER_ADDED;
            }
            return ChangeKind.NEW_REPORTING;
        }

        private ChangeKind deletion(int s0, int s1) {
            List<String> terms = terms(src, s0, s1);
            int words = s1 - s0;
            if (words <= config.modifierMaxWords() && lexicon.contains(Section.NEGATION, terms)) {
                return ChangeKind.NEGATION_FLIPPED;
            }
            if (words <= config.clauseMaxWords() && lexicon.contains(Section.HEDGE, terms)) {
                return ChangeKind.DROPPED_HEDGE;
            }
            if (words <= config.denialMaxWords() && lexicon.contains(Section.DENIAL, terms)) {
                return ChangeKind.DROPPED_DENIAL;
            }
            if (lexicon.contains(Section.ATTRIBUTION, clause(src, s0, s1))) {
                return ChangeKind.DROPPED_ATTRIBUTION;
            }
            if (isModifier(src, s0, s1)) {
                return ChangeKind.MODIFIER_REMOVED;
            }
            return ChangeKind.DROPPED_TEXT;
        }

        private ChangeKind substitution(int s0, int s1, int t0, int t1) {
            if (Math.max(s1 - s0, t1 - t0) > config.substitutionMaxWords()) {
                return ChangeKind.REWORDED;
            }
            List<String> before = terms(src, s0, s1);
            List<String> after = terms(tgt, t0, t1);
            if (!negations(before).equals(negations(after))) {
                return ChangeKind.NEGATION_FLIPPED;
            }
            List<Long> nb = values(src, s0, s1);
            List<Long> na = values(tgt, t0, t1);
            if (!nb.isEmpty() && !na.isEmpty() && !nb.equals(na)) {
                return ChangeKind.NUMBER_CHANGED;
            }
            if (insideQuote(src, s0) && insideQuote(tgt, t0)) {
                return ChangeKind.QUOTE_CHANGED;
            }
            if (s1 - s0 <= config.clauseMaxWords() + (t1 - t0) && lexicon.contains(Section.HEDGE, before)
                    && !lexicon.contains(Section.HEDGE, after)) {
                return ChangeKind.DROPPED_HEDGE;
            }
            if (lexicon.contains(Section.DENIAL, before) && !lexicon.contains(Section.DENIAL, after)
                    && s1 - s0 <= config.denialMaxWords()) {
                return ChangeKind.DROPPED_DENIAL;
            }
            if (lexicon.contains(Section.ATTRIBUTION, clause(src, s0, s1))
                    && !lexicon.contains(Section.ATTRIBUTION, after)) {
                return ChangeKind.DROPPED_ATTRIBUTION;
            }
            Set<String> namesBefore = names(src, s0, s1);
            Set<String> namesAfter = names(tgt, t0, t1);
            boolean bothNamed = !namesBefore.isEmpty() && !namesAfter.isEmpty();
            // a short unnamed phrase replaced by a name ("the regional council" by "the United Nations")
            boolean oneNamedForShort = (namesBefore.isEmpty() && !namesAfter.isEmpty()
                    && s1 - s0 <= config.modifierMaxWords())
                    || (namesAfter.isEmpty() && !namesBefore.isEmpty() && t1 - t0 <= config.modifierMaxWords());
            if ((bothNamed || oneNamedForShort) && !namesBefore.equals(namesAfter)) {
                return ChangeKind.ENTITY_SWAPPED;
            }
            boolean evalBefore = anyWord(Section.EVALUATIVE, before);
            boolean evalAfter = anyWord(Section.EVALUATIVE, after);
            if (evalAfter && !evalBefore) {
                return ChangeKind.MODIFIER_ADDED;
            }
            if (evalBefore && !evalAfter) {
                return ChangeKind.MODIFIER_REMOVED;
            }
            return ChangeKind.REWORDED;
        }

        /** Label-and-colon start, or enough marks of an author's own voice outside quotation marks. */
        private boolean isCommentary(int t0, int t1) {
            List<String> terms = terms(tgt, t0, t1);
            int label = lexicon.matchesAt(Section.LABEL, terms, 0);
            if (label > 0 && label < terms.size() && gapHas(tgt, t0 + label - 1, ":")) {
                return true;
            }
            List<String> own = new ArrayList<>();
            boolean quoted = false;
            String text = tgt.text();
            int lineStart = text.lastIndexOf('\n', tgt.tokens().start(t0)) + 1;
            for (int t = t0; t < t1; t++) {
                int from = t == t0 ? lineStart : tgt.tokens().end(t - 1);
                for (int c = from; c < tgt.tokens().start(t); c++) {
                    if (DOUBLE_QUOTES.indexOf(text.charAt(c)) >= 0) {
                        quoted = !quoted;
                    }
                }
                if (!quoted) {
                    own.add(tgt.tokens().term(t));
                }
            }
            int score = lexicon.count(Section.OPINION, own) - lexicon.count(Section.ATTRIBUTION, own)
                    + rhetoricalMarks(t0, t1);
            if (!own.isEmpty() && lexicon.isWord(Section.OPENER, own.get(0))) {
                score++;
            }
            return score >= config.minOpinionCues();
        }

        /** Question and exclamation marks outside quotation marks: a reporter states, a commentator asks. */
        private int rhetoricalMarks(int t0, int t1) {
            String text = tgt.text();
            int lineStart = text.lastIndexOf('\n', tgt.tokens().start(t0)) + 1;
            int end = t1 < tgt.tokens().size() ? tgt.tokens().start(t1) : text.length();
            int marks = 0;
            boolean quoted = false;
            for (int c = lineStart; c < end; c++) {
                char ch = text.charAt(c);
                if (DOUBLE_QUOTES.indexOf(ch) >= 0) {
                    quoted = !quoted;
                } else if (!quoted && (ch == '?' || ch == '!')) {
                    marks++;
                }
            }
            return marks;
        }

        /** At most {@code modifierMaxWords} lower-case words inside a sentence, not only function words. */
        private boolean isModifier(Witness w, int t0, int t1) {
            if (t1 - t0 > config.modifierMaxWords()) {
                return false;
            }
            boolean content = false;
            for (int t = t0; t < t1; t++) {
                String original = w.tokens().span(t, t + 1).of(w.text());
                if (!Character.isLowerCase(original.codePointAt(0))) {
                    return false;
                }
                String term = w.tokens().term(t);
                content |= !stopwords.contains(term) || lexicon.isWord(Section.EVALUATIVE, term);
            }
            return content;
        }

        private boolean anyWord(Section section, List<String> terms) {
            for (String t : terms) {
                if (lexicon.isWord(section, t)) {
                    return true;
                }
            }
            return false;
        }

        private List<String> negations(List<String> terms) {
            List<String> out = new ArrayList<>();
            for (String t : terms) {
                if (lexicon.isWord(Section.NEGATION, t)) {
                    out.add(t);
                }
            }
            return out;
        }

        /** The words of the last clause of {@code [s0, s1)} (after its last sentence end), or all if short. */
        private List<String> clause(Witness w, int s0, int s1) {
            int from = s0;
            for (int t = s1 - 1; t > s0; t--) {
                if (sentenceStart(w, t)) {
                    from = t;
                    break;
                }
            }
            if (s1 - from > config.clauseMaxWords()) {
                return List.of();
            }
            return terms(w, from, s1);
        }

        /** Capitalised words not at a sentence start (names, as far as spelling tells), and titles. */
        private Set<String> names(Witness w, int t0, int t1) {
            Set<String> out = new HashSet<>();
            List<String> terms = terms(w, t0, t1);
            for (int t = t0; t < t1; t++) {
                String original = w.tokens().span(t, t + 1).of(w.text());
                boolean capital = Character.isUpperCase(original.codePointAt(0)) && !sentenceStart(w, t);
                if (capital || lexicon.matchesAt(Section.TITLE, terms, t - t0) > 0) {
                    out.add(w.tokens().term(t));
                }
            }
            return out;
        }

        private List<Long> values(Witness w, int t0, int t1) {
            List<Long> out = new ArrayList<>();
            for (Unit u : units(w, t0, t1)) {
                u.value().ifPresent(out::add);
            }
            out.sort(null);
            return out;
        }

        // ---- the edges of a passage and the tail of the copy --------------------------------------------

        private void edges(Oriented p) {
            TokenSequence ss = src.tokens();
            TokenSequence ts = tgt.tokens();
            int[] rs = range(ss, p.inSource());
            int[] rt = range(ts, p.inTarget());
            int sFirst = rs[0];
            int sEnd = rs[1];
            int tFirst = rt[0];
            int tEnd = rt[1];
            int sHead = paragraphStart(src, sFirst);
            int tHead = paragraphStart(tgt, tFirst);
            if (free(true, sHead, sFirst) && free(false, tHead, tFirst)) {
                piece(sHead, sFirst, tHead, tFirst, ss.start(sFirst), ts.start(tFirst));
            }
            int sTail = paragraphEnd(src, sEnd);
            int tTail = paragraphEnd(tgt, tEnd);
            if (free(true, sEnd, sTail) && free(false, tEnd, tTail)) {
                int atS = p.inSource().end();
                int atT = p.inTarget().end();
                if (tEnd == tTail && tTail == ts.size() && sTail > sEnd) {
                    boolean typed = sTail - sEnd <= config.denialMaxWords()
                            && deletion(sEnd, sTail) != ChangeKind.DROPPED_TEXT;
                    add(typed ? deletion(sEnd, sTail) : ChangeKind.TRIMMED_TAIL, ss.span(sEnd, sTail),
                            Span.at(atT));
                } else {
                    piece(sEnd, sTail, tEnd, tTail, sEnd < ss.size() ? ss.start(sEnd) : atS,
                            tEnd < ts.size() ? ts.start(tEnd) : atT);
                }
            }
        }

        /** The source after the copy's last passage, when the copy ends there and the source goes on. */
        private void trimmedTail() {
            Oriented last = null;
            for (Oriented p : passages) {
                if (last == null || p.inTarget().end() > last.inTarget().end()) {
                    last = p;
                }
            }
            if (last == null) {
                return;
            }
            int tEnd = range(tgt.tokens(), last.inTarget())[1];
            int sEnd = range(src.tokens(), last.inSource())[1];
            int from = paragraphEnd(src, sEnd);
            int to = src.tokens().size();
            if (tEnd < tgt.tokens().size() || from >= to || !free(true, from, to)) {
                return;
            }
            // a dropped closing denial is worth naming on its own; the rest is the trimmed tail
            Span at = Span.at(last.inTarget().end());
            int trimmedFrom = -1;
            for (int[] part : paragraphs(src, from, to)) {
                boolean denial = part[1] - part[0] <= config.denialMaxWords()
                        && lexicon.contains(Section.DENIAL, terms(src, part[0], part[1]));
                if (denial) {
                    if (trimmedFrom >= 0) {
                        add(ChangeKind.TRIMMED_TAIL, src.tokens().span(trimmedFrom, part[0]), at);
                        trimmedFrom = -1;
                    }
                    add(ChangeKind.DROPPED_DENIAL, src.tokens().span(part[0], part[1]), at);
                } else if (trimmedFrom < 0) {
                    trimmedFrom = part[0];
                }
            }
            if (trimmedFrom >= 0) {
                add(ChangeKind.TRIMMED_TAIL, src.tokens().span(trimmedFrom, to), at);
            }
        }

        /**
         * Whole paragraphs before the first passage and after the last one, on either side and outside every
         * passage: a lead or credit line the copy added, or paragraphs it dropped. Both ends of the source
         * after the last passage are left to {@link #trimmedTail()} when the copy ends there.
         */
        private void outerParagraphs() {
            Oriented first = null;
            Oriented last = null;
            for (Oriented p : passages) {
                if (first == null || p.inTarget().start() < first.inTarget().start()) {
                    first = p;
                }
                if (last == null || p.inTarget().end() > last.inTarget().end()) {
                    last = p;
                }
            }
            if (first == null) {
                return;
            }
            TokenSequence ss = src.tokens();
            TokenSequence ts = tgt.tokens();
            int tHead = paragraphStart(tgt, range(ts, first.inTarget())[0]);
            int sHead = paragraphStart(src, range(ss, first.inSource())[0]);
            if (free(false, 0, tHead)) {
                piece(0, 0, 0, tHead, ss.isEmpty() ? 0 : ss.start(sHead), 0);
            }
            if (free(true, 0, sHead)) {
                piece(0, sHead, 0, 0, 0, ts.start(tHead));
            }
            int tTail = paragraphEnd(tgt, range(ts, last.inTarget())[1]);
            int sTail = paragraphEnd(src, range(ss, last.inSource())[1]);
            if (tTail < ts.size() && free(false, tTail, ts.size())) {
                piece(sTail, sTail, tTail, ts.size(), sTail < ss.size() ? ss.start(sTail) : last.inSource().end(), 0);
            }
        }

        /** Whether tokens {@code [from, to)} of one side lie outside every passage on that side. */
        private boolean free(boolean sourceSide, int from, int to) {
            if (from >= to) {
                return true;
            }
            TokenSequence tokens = sourceSide ? src.tokens() : tgt.tokens();
            Span span = tokens.span(from, to);
            for (Oriented p : passages) {
                if ((sourceSide ? p.inSource() : p.inTarget()).overlaps(span)) {
                    return false;
                }
            }
            return true;
        }

        // ---- quotation marks ---------------------------------------------------------------------------

        /**
         * Quotation marks between the words of an equal stretch that the source has and the copy lacks. The
         * source's marks are paired in order, an opening one (touching the word after it) with the next
         * closing one; a quoted stretch is reported when the copy lacks either of its marks.
         */
        private void quoteMarks(int s0, int s1, int t0, int t1) {
            int n = s1 - s0;
            if (n != t1 - t0 || n < 2) {
                return;
            }
            int open = -1;
            boolean missing = false;
            for (int k = 1; k < n; k++) {
                int mark = quoteIn(src, s0 + k - 1, s0 + k);
                if (mark == NO_MARK) {
                    continue;
                }
                boolean lacking = quoteIn(tgt, t0 + k - 1, t0 + k) == NO_MARK;
                if (mark == OPENING) {
                    open = k;
                    missing = lacking;
                } else {
                    if ((open >= 0 && (missing || lacking)) || (open < 0 && lacking)) {
                        int from = Math.max(open, 0);
                        add(ChangeKind.QUOTE_MARKS_REMOVED, src.tokens().span(s0 + from, s0 + k),
                                tgt.tokens().span(t0 + from, t0 + k));
                    }
                    open = -1;
                    missing = false;
                }
            }
            if (open >= 0 && missing) {
                add(ChangeKind.QUOTE_MARKS_REMOVED, src.tokens().span(s0 + open, s1),
                        tgt.tokens().span(t0 + open, t1));
            }
        }

        /**
         * The quotation mark between token {@code t} and the next token {@code u}: {@link #OPENING} when it
         * touches {@code u} (or a character before it other than a space), {@link #CLOSING} otherwise, or
         * {@link #NO_MARK}.
         */
        private int quoteIn(Witness w, int t, int u) {
            String text = w.text();
            int end = w.tokens().start(u);
            for (int c = w.tokens().end(t); c < end; c++) {
                if (QUOTES.indexOf(text.charAt(c)) >= 0) {
                    boolean touchesNext = c + 1 == end || !Character.isWhitespace(text.charAt(c + 1));
                    boolean touchesPrevious = c == w.tokens().end(t);
                    return touchesNext && !touchesPrevious ? OPENING : CLOSING;
                }
            }
            return NO_MARK;
        }

        /** Whether token {@code t} lies between double quotation marks within its paragraph. */
        private boolean insideQuote(Witness w, int t) {
            int from = w.tokens().start(paragraphStart(w, t));
            boolean inside = false;
            String text = w.text();
            for (int c = from; c < w.tokens().start(t); c++) {
                if (DOUBLE_QUOTES.indexOf(text.charAt(c)) >= 0) {
                    inside = !inside;
                }
            }
            return inside;
        }

        // ---- text helpers ------------------------------------------------------------------------------

        private void add(ChangeKind kind, Span s, Span t) {
            out.add(Change.of(src.id(), tgt.id(), kind, s, t, src.text(), tgt.text(),
                    kind.meaningChanging()));
        }

        private List<Unit> units(Witness w, int t0, int t1) {
            return units(w, t0, t1, Integer.MAX_VALUE);
        }

        /** The units of tokens {@code [t0, t1)}, or only the first {@code limit} of them. */
        private List<Unit> units(Witness w, int t0, int t1, int limit) {
            TokenSequence tokens = w.tokens();
            List<Unit> units = new ArrayList<>();
            int t = t0;
            while (t < t1 && units.size() < limit) {
                String term = tokens.term(t);
                int end = t + 1;
                if (digits(term)) {
                    StringBuilder number = new StringBuilder(term);
                    while (end < t1 && digits(tokens.term(end)) && tokens.term(end).length() == 3
                            && blank(w.text(), tokens.end(end - 1), tokens.start(end))) {
                        number.append(tokens.term(end));
                        end++;
                    }
                    term = number.toString();
                }
                units.add(new Unit(t, end, term, value(term), lexicon.variantGroup(term)));
                t = end;
            }
            return units;
        }

        private Optional<Long> value(String term) {
            if (digits(term) && term.length() <= 18) {
                return Optional.of(Long.parseLong(term));
            }
            return lexicon.numberWord(term);
        }

        private List<String> terms(Witness w, int t0, int t1) {
            List<String> out = new ArrayList<>(Math.max(0, t1 - t0));
            for (int t = t0; t < t1; t++) {
                out.add(w.tokens().term(t));
            }
            return out;
        }

        /** Tokens {@code [t0, t1)} split where a line break separates two of them. */
        private List<int[]> paragraphs(Witness w, int t0, int t1) {
            List<int[]> parts = new ArrayList<>();
            int from = t0;
            for (int t = t0 + 1; t < t1; t++) {
                if (breakBefore(w, t)) {
                    parts.add(new int[] {from, t});
                    from = t;
                }
            }
            parts.add(new int[] {from, t1});
            return parts;
        }

        private boolean gapHas(Witness w, int t, String chars) {
            int end = t + 1 < w.tokens().size() ? w.tokens().start(t + 1) : w.text().length();
            for (int c = w.tokens().end(t); c < end; c++) {
                if (chars.indexOf(w.text().charAt(c)) >= 0) {
                    return true;
                }
            }
            return false;
        }

        private boolean startsParagraph(Witness w, int t) {
            return breakBefore(w, t);
        }

        private boolean breakBefore(Witness w, int t) {
            if (t == 0) {
                return true;
            }
            String text = w.text();
            for (int c = w.tokens().end(t - 1); c < w.tokens().start(t); c++) {
                char ch = text.charAt(c);
                if (ch == '\n' || ch == '\r') {
                    return true;
                }
            }
            return false;
        }

        private boolean sentenceStart(Witness w, int t) {
            if (breakBefore(w, t)) {
                return true;
            }
            String text = w.text();
            for (int c = w.tokens().end(t - 1); c < w.tokens().start(t); c++) {
                if (SENTENCE_ENDS.indexOf(text.charAt(c)) >= 0 || text.charAt(c) == ':') {
                    return true;
                }
            }
            return false;
        }

        /** The first token of the paragraph holding token {@code t}. */
        private int paragraphStart(Witness w, int t) {
            int s = t;
            while (s > 0 && !breakBefore(w, s)) {
                s--;
            }
            return s;
        }

        /** The end of the paragraph that token {@code t - 1} is in: {@code t} itself when a new one starts there. */
        private int paragraphEnd(Witness w, int t) {
            int e = t;
            while (e < w.tokens().size() && !breakBefore(w, e)) {
                e++;
            }
            return e;
        }
    }

    /** Tokens {@code [from, to)} whose starts lie in the span (an empty span gives an empty range there). */
    private static int[] range(TokenSequence tokens, Span span) {
        int from = tokens.indexAtOrAfter(span.start());
        int to = span.isEmpty() ? from : tokens.indexAtOrAfter(span.end() - 1);
        while (to < tokens.size() && tokens.start(to) < span.end()) {
            to++;
        }
        return new int[] {from, Math.max(from, to)};
    }

    private static boolean digits(String term) {
        if (term.isEmpty()) {
            return false;
        }
        for (int i = 0; i < term.length(); i++) {
            if (!Character.isDigit(term.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(String text, int from, int to) {
        for (int c = from; c < to; c++) {
            if (!Character.isWhitespace(text.charAt(c)) && text.charAt(c) != '\u00a0' && text.charAt(c) != '\u202f') {
                return false;
            }
        }
        return to > from;
    }

    /** Levenshtein distance of two strings, or a value above {@code limit} once it exceeds it. */
    static int distance(String x, String y, int limit) {
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[y.length()];
    }
}
