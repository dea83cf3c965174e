package org.stemma.provenance;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.stemma.model.DateBasis;
import org.stemma.model.Edit;
import org.stemma.model.EditOp;
import org.stemma.model.Passage;
import org.stemma.model.PublicationDate;
import org.stemma.model.Span;

/** Reads one pair's passages into a {@link PairReading}: coverage, unique material, direction votes. */
final class PairReader {
    private final ProvenanceConfig config;

    PairReader(ProvenanceConfig config) {
        this.config = config;
    }

    /** A reason with its signed vote for "a is the source"; rendered once the direction is known. */
    private record Vote(double towardA, Render render) {
    }

    private interface Render {
        String text(ArticleProfile source, ArticleProfile target);
    }

    /**
     * A passage two articles of one outlet share at an end of both bodies, about something else than the rest of
     * each (under {@link #TEMPLATE_COHESION} of its content words occur elsewhere in the article), is the outlet's
     * template: a footer or header it puts on every article (a newsletter plea, a copyright notice, a contact
     * line), which plain-text and JSONL input carry where HTML extraction would have left it out. Two unrelated
     * stories of one outlet would otherwise read as copies of each other, and join their families. Half: a
     * story's own paragraph shares most of its names and content words with the rest of the story; a footer
     * shares a word or two by chance. Articles of different outlets keep every passage: two sites that carry
     * the same blurb or round-up item share a text one of them may have taken.
     */
    static final double TEMPLATE_COHESION = 0.5;
    /** An end of the body, give or take this many words (a stray closing word, a sign-off). */
    static final int TEMPLATE_SLACK_WORDS = 3;

    /** Whether both articles name the same outlet (compared as credits are: case, spaces, "the", domain ending). */
    private static boolean sameOutlet(ArticleProfile a, ArticleProfile b) {
        Optional<String> x = a.article.raw().outlet().map(CreditLineExtractor::key).filter(k -> !k.isEmpty());
        return x.isPresent() && x.equals(b.article.raw().outlet().map(CreditLineExtractor::key));
    }

    /**
     * The least words of a passage beside a long one ({@link ProvenanceConfig#minPassageWords()}): a copy that
     * moved a sentence or swapped two paragraphs shares them out of order, and the aligner gives each moved piece
     * a passage of its own, often shorter than the floor that keeps chance matches out. Once the pair shares a
     * long passage, a verbatim piece of 16 words is moved text, not chance; dropped, it would read as material
     * each side has and the other lacks (two witnesses of a lost source) or as a tail one side goes on with. Set
     * on reordered copies (docs/BENCHMARKS.md, "Reordered copies"): 16 gains there most, 12 and 8 also admit
     * the shared phrases of unrelated reports of one event on `stemma generate` corpora.
     */
    static final int MOVED_PASSAGE_WORDS = 16;

    /**
     * The least share of an article's words in one passage that makes the passage all of it, a brief taken whole.
     * The passage floor ({@link ProvenanceConfig#minPassageWords()}) keeps out a set phrase or a sentence two
     * reports happen to share; but an article of one or two sentences (a wire flash, a brief) that stands whole in
     * another article, or is republished as it is, is copied text however short it is. A passage still needs
     * {@link #MOVED_PASSAGE_WORDS} words a side, and a shared quotation is still no copy. Set on
     * {@code stemma generate} corpora, whose stories include one-sentence articles: 0.7 to 0.9 gave the same
     * figures (docs/BENCHMARKS.md, "Briefs taken whole; one shared word is chance").
     */
    static final double BRIEF_SHARE = 0.9;

    /**
     * The fewest distinct content words a run one side alone has, of {@link #SHARED_FROM_TYPES} or more, must
     * share with the rest of the pair to be the story's own (see {@link ArticleProfile#foreignRuns}), however
     * low {@link ProvenanceConfig#minCohesion()} puts the share: one shared word is chance (a weekday,
     * "according", a word every news report uses), and let a lead or a comment about another matter pass for a
     * paragraph of the story, and so for a lost original's. A paragraph of the story repeats its names. A
     * shorter run, a clause, may share a single name with its story and is judged by the share alone. Not for a
     * trimmed tail, which is read as the story's cut end unless it shares no content word at all. Set on
     * development data with {@code minCohesion} unchanged (docs/BENCHMARKS.md, "Briefs taken whole; one shared
     * word is chance"): 3 shared words lost more than 2 gained; from 8 types gave what all lengths gave.
     */
    static final int MIN_SHARED_TYPES = 2;
    /** The fewest distinct content words of a run held to {@link #MIN_SHARED_TYPES}: a sentence, not a clause. */
    static final int SHARED_FROM_TYPES = 8;

    private static boolean isBrief(ArticleProfile side, Span passage) {
        return side.words(passage) >= BRIEF_SHARE * side.words();
    }

    /**
     * The passages of at least {@link #MOVED_PASSAGE_WORDS} words a side that are neither a shared quotation nor,
     * between two articles of one outlet, the outlet's template; in the given order.
     */
    private List<Passage> readable(ArticleProfile a, ArticleProfile b, List<Passage> passages) {
        boolean sameOutlet = sameOutlet(a, b);
        List<Passage> kept = new ArrayList<>();
        for (Passage p : passages) {
            if (sameOutlet && a.edgeMatter(p.inA(), TEMPLATE_SLACK_WORDS, config.minCohesionTypes(), TEMPLATE_COHESION)
                    && b.edgeMatter(p.inB(), TEMPLATE_SLACK_WORDS, config.minCohesionTypes(), TEMPLATE_COHESION)) {
                continue; // the outlet's own template, not a story one article took from the other
            }
            boolean longEnough = a.words(p.inA()) >= MOVED_PASSAGE_WORDS && b.words(p.inB()) >= MOVED_PASSAGE_WORDS;
            // A long quotation both report is no copy; but where the passage also shares a stretch of the
            // reporter's own words (attributions, narration between quotes: as much as a passage needs), one
            // took the other's article, as when an interview is republished whole.
            boolean quotation = a.quotedShare(p.inA()) >= config.maxQuotedShare()
                    && b.quotedShare(p.inB()) >= config.maxQuotedShare()
                    && Math.min(a.unquotedWords(p.inA()), b.unquotedWords(p.inB())) < config.minPassageWords();
            if (longEnough && !quotation) {
                kept.add(p);
            }
        }
        return kept;
    }

    /**
     * The lines of {@code in}'s body that {@code other}'s cleaner set aside from {@code other}'s own text: its
     * headline read from the text, its clutter (a byline, a caption, a notice); empty when there are none. Where
     * a line stands decides how the cleaner reads it, and a copier moves lines: one that opens with a lead of
     * its own pushes the source's headline down into its body, where the aligner, which reads bodies, cannot
     * match it. It would read as words the copy has and its source lacks, and as a variant that two such copies
     * share against their source, which puts them on one branch. It is text both have. A title the input gives
     * (metadata) is not read this way: a copy inherits it whether or not it keeps the text it headed.
     */
    private static List<Span> setAsideIn(ArticleProfile in, ArticleProfile other) {
        Set<String> lines = other.setAsideLines();
        if (lines.isEmpty()) {
            return List.of();
        }
        String text = in.article.text();
        List<Span> out = new ArrayList<>();
        for (Span segment : in.article.body()) {
            // Strip by offsets: the line is copied out only when a set-aside line could equal it.
            int start = segment.start();
            int end = segment.end();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start && lines.contains(text.substring(start, end))) {
                out.add(Span.of(start, end));
                continue;
            }
            // A text flattened into one paragraph runs its headline (and dateline) into the story's first
            // sentence: set-aside lines that open the segment. (Lines that close it were tried too: no gain on
            // flattened families, and on ECB+ a date line another report set aside cost a pair its reading.)
            int from = start;
            for (String line = opening(text, from, end, lines); line != null; line = opening(text, from, end, lines)) {
                out.add(Span.of(from, from + line.length()));
                from += line.length();
                while (from < end && Character.isWhitespace(text.charAt(from))) {
                    from++;
                }
            }
        }
        return ArticleProfile.union(out);
    }

    /**
     * The longest set-aside line that {@code text[from, end)} opens with, followed by white space; null when
     * none. The longest, so that the answer does not hang on the set's order.
     */
    private static String opening(String text, int from, int end, Set<String> lines) {
        String best = null;
        for (String line : lines) {
            int after = from + line.length();
            if (after < end && Character.isWhitespace(text.charAt(after)) && text.startsWith(line, from)
                    && (best == null || line.length() > best.length())) {
                best = line;
            }
        }
        return best;
    }

    /** The words of {@code span} less those of set-aside lines, which are text both sides have all the same. */
    private static int ownWords(ArticleProfile p, Span span, List<Span> setAside) {
        int words = p.words(span);
        return setAside.isEmpty() ? words : words - p.words(ArticleProfile.intersect(List.of(span), setAside));
    }

    private static List<Span> concat(List<Span> x, List<Span> y) {
        if (y.isEmpty()) {
            return x;
        }
        List<Span> all = new ArrayList<>(x);
        all.addAll(y);
        return all;
    }

    /** Empty when no passage is long enough and more than a shared quotation. */
    Optional<PairReading> read(ArticleProfile a, ArticleProfile b, List<Passage> passages) {
        List<Passage> kept = readable(a, b, passages);
        // Shorter pieces count only beside a long passage, then they are moved text, not chance; or when one is
        // all of an article: a brief taken whole.
        if (kept.stream().noneMatch(p -> a.words(p.inA()) >= config.minPassageWords()
                && b.words(p.inB()) >= config.minPassageWords() || isBrief(a, p.inA()) || isBrief(b, p.inB()))) {
            return Optional.empty();
        }
        // A line the other side's cleaner set aside that stands in this side's body is text both have.
        List<Span> setAsideA = setAsideIn(a, b);
        List<Span> setAsideB = setAsideIn(b, a);
        List<Span> coveredA = ArticleProfile.union(concat(kept.stream().map(Passage::inA).toList(), setAsideA));
        List<Span> coveredB = ArticleProfile.union(concat(kept.stream().map(Passage::inB).toList(), setAsideB));
        int onlyA = 0;
        int onlyB = 0;
        List<Span> bothA = new ArrayList<>(setAsideA);
        List<Span> bothB = new ArrayList<>(setAsideB);
        List<Span> equalA = new ArrayList<>(setAsideA);
        List<Span> equalB = new ArrayList<>(setAsideB);
        for (Passage p : kept) {
            for (Edit e : p.edits()) {
                if (e.op() == EditOp.DELETE) {
                    onlyA += ownWords(a, e.a(), setAsideA);
                } else if (e.op() == EditOp.INSERT) {
                    onlyB += ownWords(b, e.b(), setAsideB);
                } else {
                    bothA.add(e.a());
                    bothB.add(e.b());
                    if (e.op() == EditOp.EQUAL) {
                        equalA.add(e.a());
                        equalB.add(e.b());
                    }
                }
            }
        }
        List<Span> explainedA = ArticleProfile.union(bothA);
        List<Span> explainedB = ArticleProfile.union(bothB);
        Side sa = side(a, coveredA, onlyA);
        Side sb = side(b, coveredB, onlyB);
        int shared = Math.min(sa.shared, sb.shared);
        boolean mostlyShared = sa.sharedShare() >= config.mostlySharedCoverage()
                && sb.sharedShare() >= config.mostlySharedCoverage();
        // A trimmed tail is what a copy cut, not material a lost source would explain. Nor is material about
        // something else (commentary on another matter, a lead from another report): a copier inserted it; it
        // is no part of the story that the other copy lacks.
        List<Span> foreignA = a.foreignRuns(explainedA, b, config.minCohesionTypes(), config.minCohesion(),
                MIN_SHARED_TYPES, SHARED_FROM_TYPES);
        List<Span> foreignB = b.foreignRuns(explainedB, a, config.minCohesionTypes(), config.minCohesion(),
                MIN_SHARED_TYPES, SHARED_FROM_TYPES);
        // Unique material inside the shared extent (a stretch between shared passages that the other side has
        // alone) and before it (this side's own opening; a trimmed tail is the trim vote's, not a lost text's).
        // A stretch each side words its own way between the same two passages is one paragraph reworded, not
        // material one side has and the other lacks.
        int reworded = rewordedWords(a, b, kept, foreignA, foreignB);
        int insideA = Math.max(0, sa.inside - reworded - foreignWithin(a, foreignA, sa.extent));
        int insideB = Math.max(0, sb.inside - reworded - foreignWithin(b, foreignB, sb.extent));
        int openingA = mostlyShared ? Math.max(0, sa.around - sa.tail - foreignBefore(a, foreignA, sa.extent)) : 0;
        int openingB = mostlyShared ? Math.max(0, sb.around - sb.tail - foreignBefore(b, foreignB, sb.extent)) : 0;
        int uniqueA = insideA + openingA;
        int uniqueB = insideB + openingB;
        double needed = Math.max(config.minUniqueWords(), config.minUniqueShare() * shared);
        // A stretch one side has between passages the two share is a paragraph the other dropped from the
        // middle of the story, the plainest sign of a cut. Against it, an opening of a sentence or more that only
        // the other side has (minSiblingSplitWords) is enough: each then lacks what the other kept, one a
        // paragraph from the middle, the other the opening. A cut opening is often short (a headline and a
        // dateline, a first sentence) where a dropped paragraph is not, which is why it needs less.
        boolean eachLacks = (uniqueA >= needed && uniqueB >= needed)
                || (insideA >= needed && openingB >= config.minSiblingSplitWords())
                || (insideB >= needed && openingA >= config.minSiblingSplitWords());
        // ... unless one side's credit names the other's outlet as where its text came from: a copy that says
        // whose text it took is that article's copy, whatever it cut and added, not its sibling.
        // ... and only between copies: where a large share of the aligned words differ, one rewrote the other (or
        // both rewrote a third text), and a common text rebuilt from what they agree on would be guesswork.
        List<Span> alikeA = ArticleProfile.union(equalA);
        List<Span> alikeB = ArticleProfile.union(equalB);
        boolean copies = copies(a, alikeA, explainedA);
        boolean lost = eachLacks && copies && sourceCredit(a, b).isPresent() == sourceCredit(b, a).isPresent();
        int cutsFromA = shortRuns(a, kept, true);
        int cutsFromB = shortRuns(b, kept, false);
        double link = Math.min(1.0, (double) shared / config.fullLinkWords());
        String reuse = String.format(Locale.ROOT, "reuse: %d shared words in %d passage%s (%d and %d body chars)",
                shared, kept.size(), kept.size() == 1 ? "" : "s", a.bodyChars(coveredA), b.bodyChars(coveredB));
        if (lost) {
            List<String> evidence = List.of(String.format(Locale.ROOT,
                    "lost source: each has material the other lacks (%d and %d words)", uniqueA, uniqueB), reuse);
            return Optional.of(new PairReading(a, b, coveredA, coveredB, explainedA, explainedB, shared, uniqueA, uniqueB, true, true,
                    link * config.lostSourceConfidence(), evidence, link * config.lostSourceConfidence(), evidence,
                    link, 0, cutsFromA, cutsFromB, alikeA, alikeB));
        }

        List<Vote> votes = new ArrayList<>();
        votes.add(containmentVote(sa, sb));
        // A tail is the story's end that the other side cut unless none of its content words occurs anywhere
        // else in the pair: a story's closing paragraph often brings new words, but rarely only new ones.
        votes.add(trimVote(sa, sb, storyTail(a, b, sa, explainedA), storyTail(b, a, sb, explainedB)));
        votes.add(creditVote(a, b));
        votes.add(cutVote(a, cutsFromA, cutsFromB));
        votes.add(insertionVote(a, b, a.words(foreignA), b.words(foreignB)));
        votes.add(0, dateVote(a, b, votes.stream().mapToDouble(Vote::towardA).sum()));
        double sum = votes.stream().mapToDouble(Vote::towardA).sum();
        boolean sourceIsA = sum >= 0;
        double direction = Math.min(1.0, Math.abs(sum));
        double confidence = link * (config.directionFloor() + (1 - config.directionFloor()) * direction);
        ArticleProfile source = sourceIsA ? a : b;
        ArticleProfile target = sourceIsA ? b : a;
        List<String> evidence = render(votes, sum, source, target, reuse);
        // The other direction keeps the floor's share while the votes are unclear, none once they are clear.
        double reverse = link * config.directionFloor() * (1 - direction);
        List<String> reverseEvidence = render(votes, sum, target, source, reuse);
        return Optional.of(new PairReading(a, b, coveredA, coveredB, explainedA, explainedB, shared, uniqueA,
                uniqueB, false, sourceIsA, confidence, evidence, reverse, reverseEvidence, link,
                Math.max(-1.0, Math.min(1.0, sum)), cutsFromA, cutsFromB, alikeA, alikeB));
    }

    private static List<String> render(List<Vote> votes, double sum, ArticleProfile source, ArticleProfile target,
                                       String reuse) {
        List<Vote> ordered = new ArrayList<>(votes);
        ordered.sort(Comparator.comparingDouble((Vote v) -> -Math.abs(v.towardA())));
        List<String> evidence = new ArrayList<>();
        if (sum == 0) {
            evidence.add("direction: no evidence orders the pair; the family's tree decides it");
        }
        for (Vote v : ordered) {
            String text = v.render().text(source, target);
            if (!text.isEmpty()) {
                evidence.add(text);
            }
        }
        evidence.add(reuse);
        return evidence;
    }

    /**
     * The least share of a pair's aligned words that must be equal words (not substituted) for the pair to be read
     * as two witnesses of a lost source. Default 0.7: witnesses copy their source's text, changing a word here
     * and there; a pair with more than three aligned words in ten changed is a rewrite or a paraphrase. Set on
     * development data (docs/BENCHMARKS.md, "Witnesses copy"): 0.7 and 0.85 alike.
     */
    private static final double MIN_WITNESS_EQUAL_SHARE = 0.7;

    /** Whether {@code equal} (words alike) makes {@link #MIN_WITNESS_EQUAL_SHARE} of {@code aligned} in {@code p}. */
    static boolean copies(ArticleProfile p, List<Span> equal, List<Span> aligned) {
        return p.words(equal) >= MIN_WITNESS_EQUAL_SHARE * p.words(aligned);
    }

    /**
     * The least share of content words (of the smaller side's) that two stretches between the same two passages
     * must have in common to be one paragraph reworded. Default 0.2: a rewording, a paraphrase or a translation
     * round trip keeps a paragraph's names and many of its nouns, while two different paragraphs of one story
     * (each side dropped its neighbour: witnesses of a lost source) share a name or two. Set on development
     * data (docs/BENCHMARKS.md, "Reworded stretches"): 0.15 and 0.2 alike, 0.3 fewer rewordings found, 0 (any
     * two stretches) lost true lost originals.
     */
    private static final double REWORDED_SHARE = 0.2;

    /**
     * Words, on the smaller side, of the stretches that both sides have between the same two passages (in order
     * on both sides) and that share at least {@link #REWORDED_SHARE} of their content words: one paragraph
     * that one copy reworded (the aligner gives up on a heavily changed stretch and splits the passage there),
     * not a paragraph each has and the other lacks. Foreign runs (commentary) are left out of both stretches:
     * commentary where the other has the story's paragraph is an insertion, judged as such.
     */
    private static int rewordedWords(ArticleProfile a, ArticleProfile b, List<Passage> kept, List<Span> foreignA,
                                     List<Span> foreignB) {
        List<Passage> inOrder = new ArrayList<>(kept);
        inOrder.sort(Comparator.comparing(Passage::inA).thenComparing(Passage::inB));
        int reworded = 0;
        for (int k = 0; k + 1 < inOrder.size(); k++) {
            Passage p = inOrder.get(k);
            Passage q = inOrder.get(k + 1);
            if (q.inA().start() < p.inA().end() || q.inB().start() < p.inB().end()) {
                continue;
            }
            Span ga = Span.of(p.inA().end(), q.inA().start());
            Span gb = Span.of(p.inB().end(), q.inB().start());
            int[] ta = a.contentTermsIn(ga);
            int[] tb = b.contentTermsIn(gb);
            if (ta.length == 0 || tb.length == 0) {
                continue;
            }
            int common = 0;
            for (int t : ta) {
                if (Arrays.binarySearch(tb, t) >= 0) {
                    common++;
                }
            }
            if (common >= REWORDED_SHARE * Math.min(ta.length, tb.length)) {
                int gapA = a.words(ga) - foreignWithin(a, foreignA, ga);
                int gapB = b.words(gb) - foreignWithin(b, foreignB, gb);
                reworded += Math.min(gapA, gapB);
            }
        }
        return reworded;
    }

    /** The words of the foreign runs that lie inside the shared extent. */
    private static int foreignWithin(ArticleProfile p, List<Span> foreign, Span extent) {
        return p.words(ArticleProfile.intersect(foreign, List.of(extent)));
    }

    /**
     * The words of {@code side}'s tail less its runs that share no content word with the pair. Only a tail long
     * enough for the trim vote is read: a shorter one cannot vote either way, so its runs are not judged.
     */
    private int storyTail(ArticleProfile p, ArticleProfile other, Side side, List<Span> explained) {
        if (side.tail() < config.minTrimWords()) {
            return side.tail();
        }
        // No share, and one shared content word from any length on: a run is foreign only when it shares none.
        return side.tail() - foreignAfter(p,
                p.foreignRuns(explained, other, config.minCohesionTypes(), 0, 1, 0), side.extent());
    }

    /**
     * The words of the foreign runs after the shared extent (in the tail). A tail about something else is what
     * this side added after the story (commentary, a blurb), or another story (a round-up), not the story's end
     * that the other side cut.
     */
    private static int foreignAfter(ArticleProfile p, List<Span> foreign, Span extent) {
        return p.words(ArticleProfile.intersect(foreign,
                List.of(new Span(extent.end(), Math.max(extent.end(), p.bodyEnd())))));
    }

    /** The words of the foreign runs before the shared extent (at the head). */
    private static int foreignBefore(ArticleProfile p, List<Span> foreign, Span extent) {
        return p.words(ArticleProfile.intersect(foreign, List.of(Span.of(0, extent.start()))));
    }

    /** One side's measure: shared words, unique words inside the shared extent and around it. */
    private record Side(ArticleProfile profile, Span extent, int shared, int inside, int around, int tail) {
        double sharedShare() {
            return profile.words() == 0 ? 0 : (double) shared / profile.words();
        }

        /** The shared share leaving out a trimmed tail, which the trim vote reads instead. */
        double sharedShareBeforeTail() {
            int words = profile.words() - tail;
            return words <= 0 ? 0 : (double) shared / words;
        }

        int unique() {
            return inside + around;
        }
    }

    private static Side side(ArticleProfile p, List<Span> covered, int onlyHere) {
        Span extent = Span.of(covered.get(0).start(), covered.get(covered.size() - 1).end());
        int inPassages = p.words(covered);
        int gaps = p.words(ArticleProfile.gaps(extent, covered));
        int shared = Math.max(0, inPassages - onlyHere);
        int inside = Math.min(onlyHere, inPassages) + gaps;
        int around = Math.max(0, p.words() - inPassages - gaps);
        int tail = p.words(new Span(extent.end(), Math.max(extent.end(), p.bodyEnd())));
        return new Side(p, extent, shared, inside, around, tail);
    }

    /**
     * How far apart, in days, two stated dates may be and still be doubted when the text orders the pair the
     * other way: a misread date is off by hours (a time zone, a "last updated" stamp), a day or two at most,
     * not by weeks. Dates further apart keep their full weight.
     */
    private static final int MISREAD_DAYS = 2;

    /**
     * The dates' vote. A stated date that the text's own votes ({@code textTowardA}: containment, trim, credit,
     * cuts) contradict by at least {@link ProvenanceConfig#inferredDateWeight()} counts only that much, as an
     * inferred date would, when the two dates are at most {@link #MISREAD_DAYS} apart: scrapers misread stated
     * dates (a time zone, a "last updated" stamp) by hours, the scale of a copy's lag, so such a date decides
     * pairs the text leaves open or barely orders, but does not turn a copy that plainly added to its source
     * above it. Two reports months apart are ordered by their dates whatever short cuts or additions their
     * alignment shows.
     */
    private Vote dateVote(ArticleProfile a, ArticleProfile b, double textTowardA) {
        PublicationDate da = a.article.date();
        PublicationDate db = b.article.date();
        if (da.basis() == DateBasis.UNKNOWN || db.basis() == DateBasis.UNKNOWN) {
            return new Vote(0, (s, t) -> "dates: unknown for " + String.join(" and ",
                    unknownIds(s, t)) + ", so they do not order the pair");
        }
        boolean inferred = da.basis() == DateBasis.INFERRED || db.basis() == DateBasis.INFERRED;
        double weight = inferred ? config.inferredDateWeight() : config.dateWeight();
        double toward;
        if (da.isBefore(db)) {
            toward = weight;
        } else if (db.isBefore(da)) {
            toward = -weight;
        } else {
            toward = 0;
        }
        boolean contradicted = toward * textTowardA < 0 && Math.abs(textTowardA) >= config.inferredDateWeight()
                && Math.abs(ChronoUnit.DAYS.between(da.date().get(), db.date().get())) <= MISREAD_DAYS;
        if (contradicted) {
            toward = Math.signum(toward) * Math.min(weight, config.inferredDateWeight());
        }
        if (toward == 0) {
            return new Vote(0, (s, t) -> "dates: " + describe(s.article.date()) + " and "
                    + describe(t.article.date()) + " do not order the pair");
        }
        String doubt = contradicted ? " (the text orders the pair the other way: weighed as an inferred date)" : "";
        return new Vote(toward, (s, t) -> {
            boolean agrees = s.article.date().isBefore(t.article.date());
            return (agrees
                    ? "dates: " + describe(s.article.date()) + " before " + describe(t.article.date())
                    : "dates: target " + describe(t.article.date()) + " before source "
                            + describe(s.article.date()) + ", against this direction") + doubt;
        });
    }

    private static List<String> unknownIds(ArticleProfile s, ArticleProfile t) {
        List<String> ids = new ArrayList<>();
        for (ArticleProfile p : List.of(s, t)) {
            if (p.article.date().basis() == DateBasis.UNKNOWN) {
                ids.add(p.id());
            }
        }
        return ids;
    }

    private static String describe(PublicationDate d) {
        return d.iso().orElse("unknown") + " (" + d.basis().label() + ")";
    }

    /** The side whose text the other has more completely is the source: the copy adds to what it took. */
    private Vote containmentVote(Side sa, Side sb) {
        // Containment speaks only when one side is (nearly) all in the other: two partial overlaps, as when
        // an outlet rewrites a few sentences of a longer report, say nothing about who came first.
        if (Math.max(sa.sharedShareBeforeTail(), sb.sharedShareBeforeTail()) < config.containedCoverage()) {
            return new Vote(0, (s, t) -> "");
        }
        double difference = sa.sharedShareBeforeTail() - sb.sharedShareBeforeTail();
        double toward = config.containmentWeight()
                * Math.max(-1.0, Math.min(1.0, difference / config.containmentMargin()));
        return new Vote(toward, (s, t) -> {
            Side src = s == sa.profile() ? sa : sb;
            Side tgt = s == sa.profile() ? sb : sa;
            if (src.sharedShare() >= tgt.sharedShare()) {
                String verb = src.sharedShare() >= config.containedCoverage() ? "has" : "has only";
                return String.format(Locale.ROOT,
                        "containment: target %s %d%% of source's text plus %d more words",
                        verb, Math.round(100 * src.sharedShare()), tgt.unique());
            }
            return String.format(Locale.ROOT,
                    "containment: source has %d%% of target's text plus %d more words, against this direction",
                    Math.round(100 * tgt.sharedShare()), src.unique());
        });
    }

    /**
     * Material about something else that only one side has was inserted by that side: a copier adds
     * commentary, a lead from another report or a related-story blurb to what it took, while what a copy
     * cuts of its source is the story's own text. Speaks only when one side has at least
     * {@link ProvenanceConfig#minSiblingSplitWords()} foreign words (a sentence) and the other none.
     */
    private Vote insertionVote(ArticleProfile a, ArticleProfile b, int foreignA, int foreignB) {
        double toward;
        if (foreignB >= config.minSiblingSplitWords() && foreignA == 0) {
            toward = config.insertionWeight();
        } else if (foreignA >= config.minSiblingSplitWords() && foreignB == 0) {
            toward = -config.insertionWeight();
        } else {
            return new Vote(0, (s, t) -> "");
        }
        return new Vote(toward, (s, t) -> {
            int inTarget = t == a ? foreignA : foreignB;
            int inSource = s == a ? foreignA : foreignB;
            return inTarget > 0
                    ? String.format(Locale.ROOT, "insertion: target has %d words about something else that "
                            + "source lacks", inTarget)
                    : String.format(Locale.ROOT, "insertion: source has %d words about something else that "
                            + "target lacks, against this direction", inSource);
        });
    }

    /**
     * The side whose body goes on after the shared text, where the other's stops, is the uncut source. A tail
     * run that shares no content word with the rest of the pair is no cut story but an addition, and only the
     * rest of the tail counts ({@code tailA}, {@code tailB}).
     */
    private Vote trimVote(Side sa, Side sb, int tailA, int tailB) {
        int shortTail = config.minTrimWords() / 3;
        double toward;
        // Goes on with the story (tailX) where the other stops (its whole tail, foreign runs too, is short).
        if (tailA >= config.minTrimWords() && sb.tail() <= shortTail) {
            toward = config.trimWeight();
        } else if (tailB >= config.minTrimWords() && sa.tail() <= shortTail) {
            toward = -config.trimWeight();
        } else {
            return new Vote(0, (s, t) -> "");
        }
        return new Vote(toward, (s, t) -> {
            int src = s == sa.profile() ? tailA : tailB;
            int tgt = s == sa.profile() ? tailB : tailA;
            return src >= tgt
                    ? String.format(Locale.ROOT, "trimmed: target stops where the shared text ends; source goes on "
                            + "for %d more words", src)
                    : String.format(Locale.ROOT, "trimmed: source stops where the shared text ends; target goes on "
                            + "for %d more words, against this direction", tgt);
        });
    }

    /**
     * How many runs of at most {@link ProvenanceConfig#maxCutWords()} words inside the passages {@code side}
     * has and the other lacks: {@code fromA} picks a's deleted runs, else b's inserted ones.
     */
    private int shortRuns(ArticleProfile side, List<Passage> kept, boolean fromA) {
        int runs = 0;
        for (Passage p : kept) {
            for (Edit e : p.edits()) {
                if (e.op() == (fromA ? EditOp.DELETE : EditOp.INSERT)) {
                    int w = side.words(fromA ? e.a() : e.b());
                    if (w > 0 && w <= config.maxCutWords()) {
                        runs++;
                    }
                }
            }
        }
        return runs;
    }

    /**
     * Words cut inside sentences: a run of at most {@link ProvenanceConfig#maxCutWords()} words that one side
     * has inside a passage and the other lacks was more likely cut by the copy than added by it. Republished
     * news text shortens as it travels (Leskovec, Backstrom and Kleinberg 2009 found quoted phrases mutate
     * mostly by losing words), while what copies add comes in whole sentences, which the containment vote reads.
     */
    private Vote cutVote(ArticleProfile a, int cutFromA, int cutFromB) {
        int difference = cutFromA - cutFromB;
        if (difference == 0) {
            return new Vote(0, (s, t) -> "");
        }
        double toward = config.cutWeight() * Math.signum(difference) * Math.min(1.0, Math.abs(difference) / 2.0);
        int fromA = cutFromA;
        int fromB = cutFromB;
        return new Vote(toward, (s, t) -> {
            int fromSource = s == a ? fromA : fromB;
            int fromTarget = s == a ? fromB : fromA;
            return fromSource >= fromTarget
                    ? String.format(Locale.ROOT, "cuts: target lacks %d short run%s of source's words inside "
                            + "sentences (source lacks %d of target's)", fromSource, fromSource == 1 ? "" : "s",
                            fromTarget)
                    : String.format(Locale.ROOT, "cuts: source lacks %d short run%s of target's words inside "
                            + "sentences (target lacks %d of source's), against this direction", fromTarget,
                            fromTarget == 1 ? "" : "s", fromSource);
        });
    }

    private Vote creditVote(ArticleProfile a, ArticleProfile b) {
        Optional<Credit> bCreditsA = credits(b, a);
        Optional<Credit> aCreditsB = credits(a, b);
        double toward = (bCreditsA.isPresent() ? config.creditWeight() : 0)
                - (aCreditsB.isPresent() ? config.creditWeight() : 0);
        return new Vote(toward, (s, t) -> {
            Optional<Credit> tCreditsS = s == a ? bCreditsA : aCreditsB;
            Optional<Credit> sCreditsT = s == a ? aCreditsB : bCreditsA;
            List<String> parts = new ArrayList<>();
            tCreditsS.ifPresent(c -> parts.add("credit: target credits '" + c.name() + "'"));
            sCreditsT.ifPresent(c -> parts.add("credit: source credits '" + c.name() + "', against this direction"));
            return String.join("; ", parts);
        });
    }

    /** The first credit in {@code by} that names {@code named}'s outlet as the source of its text. */
    private static Optional<Credit> sourceCredit(ArticleProfile by, ArticleProfile named) {
        return credits(by, named, Credit::namesSource);
    }

    /** The first credit in {@code by} that names {@code named}'s outlet. */
    static Optional<Credit> credits(ArticleProfile by, ArticleProfile named) {
        return credits(by, named, c -> true);
    }

    private static Optional<Credit> credits(ArticleProfile by, ArticleProfile named, Predicate<Credit> kind) {
        Optional<String> outlet = named.article.raw().outlet().map(CreditLineExtractor::key).filter(k -> !k.isEmpty());
        if (outlet.isEmpty()) {
            return Optional.empty();
        }
        for (Credit c : by.credits) {
            if (kind.test(c) && CreditLineExtractor.key(c.name()).equals(outlet.get())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
