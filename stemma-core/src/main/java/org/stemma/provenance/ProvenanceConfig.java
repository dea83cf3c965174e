package org.stemma.provenance;

/**
 * Thresholds and weights of {@link EvidenceProvenanceBuilder}; {@link #defaults()} documents each value.
 *
 * @param minPassageWords         a passage with fewer body words than this on either side makes no edge.
 *                                Default 25: about two sentences; shorter overlaps are set phrases, titles,
 *                                or one quoted sentence, and say nothing about copying.
 * @param maxQuotedShare          a passage whose chars lie inside quotation marks at least this much on BOTH
 *                                sides is a shared quotation of one speaker, not a copy. Default 0.6: most of
 *                                the passage is the quote; the attribution and a few framing words may not be.
 *                                A passage that also shares minPassageWords words outside quotations on both
 *                                sides (the reporter's attributions and narration) is a copy all the same: an
 *                                interview republished whole is mostly quotations.
 * @param minUniqueWords          the least material (words) each side must have that the other lacks before a
 *                                lost common source is inferred. Default 30: more than a changed sentence or
 *                                a sign-off; a real paragraph.
 * @param minUniqueShare          ... and at least this share of the reused words. Default 0.05: small edits
 *                                of a long copy are the copier's doing, not evidence of a lost original; but a
 *                                dropped paragraph of a 600-word story is under a tenth of it, and the family's
 *                                tree drops a lost source that explains nothing better than a present parent.
 * @param mostlySharedCoverage    when both articles are at least this share reused text, material before and
 *                                after the shared extent also counts as unique reused-looking content (both
 *                                are then mostly the same original, and what each adds looks like parts of it
 *                                the other dropped). Default 0.25: a quarter of each. Two witnesses of a lost
 *                                original that each dropped a paragraph, one also opening with its own lead and
 *                                the other trimmed, share less than half of each (0.5 missed a quarter of such
 *                                pairs in generated families); one that kept the story's long opening and one
 *                                that cut it share under a third of the first (0.35 missed those; 0.2 to 0.3
 *                                did alike on development data, 0.15 and below cost parents on
 *                                {@code stemma generate}'s corpora: docs/BENCHMARKS.md, "Witnesses that share
 *                                a quarter"). What each side adds is still judged: foreign runs and a trimmed
 *                                tail do not count. A rewrite that quotes a few sentences of a long report
 *                                shares far less of it.
 * @param containedCoverage       a side whose body words are covered at least this much is "contained" in
 *                                the other; used in evidence wording. Default 0.8.
 * @param dateWeight              vote for the earlier side when stated or bounded dates order the pair.
 *                                Default 0.6: dates are the strongest evidence when they are stated and the
 *                                text does not contradict them.
 * @param inferredDateWeight      vote when an inferred date takes part. Default 0.3: half, since inferred
 *                                dates come from other evidence and may be circular. Also what a stated date
 *                                counts when the text's own votes contradict it by at least this much: a
 *                                misread date is off by hours, the scale of a copy's lag.
 * @param containmentWeight       the vote of a clear containment (one side's text is in the other, which has
 *                                more). Default 0.5: nearly as strong as stated dates, since copies add.
 * @param trimWeight              the vote of a trimmed tail: when one side's body goes on after the shared text
 *                                ends and the other's stops there, the longer one is the source, since
 *                                republishers cut the end of a news story (it is written to be cut there) far
 *                                more often than they write a new ending. Default 0.5, as strong as containment.
 * @param minTrimWords            how many body words after the shared text make a trimmed tail; the other side
 *                                may have at most a third of this (a credit line). Default 8: one short sentence.
 * @param containmentMargin       the difference of the two sides' covered shares that makes a containment
 *                                clear; smaller differences vote in proportion. Default 0.2: a copy that adds
 *                                a fifth to what it took is plainly the larger text.
 * @param creditWeight            vote for the side whose outlet the other's credit line names. Default 1.0,
 *                                more than a stated date: a credit line names an ancestor (copies pass their
 *                                parent's credit on), almost never a later copy, while scrapers misread dates
 *                                ("last updated", time zones) often enough that a date alone must not overrule
 *                                a credit.
 * @param directionFloor          the confidence share given to a link whose direction has no evidence at all.
 *                                Default 0.3: the link is real, the direction a guess.
 * @param fullLinkWords           reused words at which a link counts as certain. Default 100: a paragraph or
 *                                two copied is not a coincidence.
 * @param lostSourceConfidence    confidence of a lost-source edge for a certain link. Default 0.7: the
 *                                inference is sound but the source itself is unseen.
 * @param secondParentConfidence  an article takes a second parent only with an edge at least this confident.
 *                                Default 0.9: merges of two sources are rarer than mis-read copy chains.
 * @param secondParentNewCoverage ... and only when that parent explains at least this share of the target's
 *                                body that its first parent does not. Default 0.3.
 * @param maxCreditScanChars      credit lines are searched in at most this many chars of each article (its
 *                                beginning and its end). Default 20000: credits stand near the top or the end;
 *                                this bounds regex work on hostile input.
 * @param closenessWeight         how much a candidate parent loses, in weight, per share of its own words the
 *                                target lacks. Default 0.5: among parents that explain the target equally (a
 *                                chain whose links only cut), the nearest one, with least left out, wins; small
 *                                enough never to beat a parent that explains more of the target.
 * @param minInheritedWords       an article linked to a lost source's witness descends from that witness only
 *                                when it shares at least this many words of the witness's own (words the other
 *                                witnesses lack); otherwise its text is all the lost source's, and the lost source
 *                                is its parent. Default 15, as minSiblingSplitWords: a sentence. A direct copy of
 *                                the lost source shares such words only where the other witnesses cut the same
 *                                lost text; a copy of the witness that kept a sentence of its own is its copy
 *                                (docs/BENCHMARKS.md, "Orphaned additions": 30 hung such copies on the lost source).
 * @param minVariantWords         shared-variant evidence (see {@code SharedVariants}) needs at least this many
 *                                words of edits, both for the middle article's edits and for the far article's
 *                                own, and a split as many words on each side. Default 1: since substituted words
 *                                count as variants, one word a copy changed and its copy kept (or a copy has
 *                                where its supposed source changed it) is the telling variant; set on development
 *                                data (docs/BENCHMARKS.md, "Credits, substituted words and foreign tails"), where
 *                                3, which had guarded against the aligner's boundary noise, and 2 did worse on
 *                                both generators.
 * @param variantTolerance        the share of the middle article's edits the far one may lack and still share
 *                                them all. Default 0: a word of the middle article's edits that the far one
 *                                lacks is a word it has as the near article has it, which no copy of the middle
 *                                one could have restored. 0.1, meant to absorb alignment boundaries that move a
 *                                word or two, did worse on both generators (docs/BENCHMARKS.md, "Twins").
 * @param betweenPenalty          the weight a candidate edge loses when shared variants put another article
 *                                between its ends, and again when a third article splits them. Default 0.5: as strong as a clear containment or trim vote,
 *                                so it overrules noise in confidences but not several agreeing votes.
 * @param maxCutWords             a run of at most this many words one side has inside a passage and the other
 *                                lacks is a cut, read by the cut vote. Default 3: a hedge, a title, a clause's
 *                                adverb; a whole sentence is material added or dropped, not a cut.
 * @param cutWeight               the cut vote's weight (full from two more cuts on one side). Default 0.4: a
 *                                copy cannot restore words its source had cut, so two short runs missing inside
 *                                sentences on one side only weigh nearly as much as containment, and with
 *                                another text vote they contradict a stated date (a misdated copy). Set on
 *                                development data (docs/BENCHMARKS.md, "Credits, substituted words and foreign
 *                                tails"): 0.2 and 0.3 did worse on the tuning generator, alike on the other.
 * @param directionCost           what a candidate edge loses, times the pair's link, as its direction votes
 *                                turn against it: nothing when they are all for it (sum 1), half when they are
 *                                even, all when they are all against it. The edge's weight is otherwise how
 *                                much of the target the source explains, less the closeness term, so a copy
 *                                identical to its parent (no votes either way) still outweighs an older
 *                                ancestor that the votes order clearly: the nearest witness is the parent.
 *                                Default 0.4: a clear direction (1 against -1) is worth 40% of the target's
 *                                text; a smaller cost leaves direction to chance, a larger one lets a clearly
 *                                ordered grandparent beat the parent.
 * @param minSiblingSplitWords    three linked articles of which each lacks at least this many words that the
 *                                other two share are siblings (see {@code SharedVariants#findMutualSplit}), so
 *                                each pair of them is read as two witnesses of a common source even when its
 *                                own unique material is under {@code minUniqueWords}. Default 15: a sentence
 *                                or more, so that a credit line two copies add alike ("Via X", 3–5 words) or
 *                                a phrase the aligner splits differently does not count; half of
 *                                minUniqueWords, since three articles agree on it rather than two. Also the
 *                                least opening one side alone has that, against a paragraph of at least
 *                                minUniqueWords the other alone has inside the shared text, reads the pair as
 *                                two witnesses of a lost source (see {@code PairReader}).
 * @param minCohesion             a run of one side's text that the other lacks is foreign (inserted by a
 *                                copier, about something else) when less than this share of its distinct
 *                                content words (stopwords and numbers aside) occur anywhere else in the two
 *                                articles; foreign runs do not count toward {@code minUniqueWords} (see
 *                                {@code ArticleProfile#foreignRuns}). Default 0.05: at most one content word
 *                                in twenty. Set on development data (issue #6, docs/BENCHMARKS.md "Insertions
 *                                are not lost material"): of the runs one copy of a story has and the other
 *                                lacks, those of the story itself fall under 0.05 about once in a hundred
 *                                (background paragraphs of short stories), insertions from other texts about
 *                                a third of the time (families from real pool text, some on the same topic)
 *                                to two times in three ({@code stemma generate}); 0.1 and 0.15 lost more true
 *                                lost originals than they gained. A run of eight content words or more also
 *                                needs two of them shared ({@code PairReader.MIN_SHARED_TYPES}): one is chance.
 * @param minCohesionTypes        fewest distinct content words of a run judged by {@code minCohesion}. Default
 *                                5: a changed clause or a credit has too few words to tell its topic.
 * @param insertionWeight         vote against the side that alone has foreign runs (at least
 *                                {@code minSiblingSplitWords} words of them, a sentence; a foreign tail counts
 *                                here, not as a trimmed end): it inserted them, so it is the copy.
 *                                Default 0.5, as strong as containment: copiers add commentary and leads about
 *                                other things, while what they cut is the story's own text; but an original's
 *                                unremoved clutter that a copier left out would vote the wrong way, so it must
 *                                not outweigh a stated date (0.6) or a credit.
 */
public record ProvenanceConfig(int minPassageWords, double maxQuotedShare, int minUniqueWords,
                               double minUniqueShare, double mostlySharedCoverage, double containedCoverage,
                               double dateWeight, double inferredDateWeight, double containmentWeight,
                               double trimWeight, int minTrimWords, double containmentMargin,
                               double creditWeight, double directionFloor, int fullLinkWords,
                               double lostSourceConfidence, double secondParentConfidence,
                               double secondParentNewCoverage, int maxCreditScanChars, double closenessWeight,
                               int minInheritedWords, int minVariantWords, double variantTolerance,
                               double betweenPenalty, int maxCutWords, double cutWeight, double directionCost,
                               int minSiblingSplitWords, double minCohesion, int minCohesionTypes,
                               double insertionWeight) {

    public ProvenanceConfig {
        requireNonNegative("minPassageWords", minPassageWords);
        requireNonNegative("minUniqueWords", minUniqueWords);
        requireNonNegative("minTrimWords", minTrimWords);
        requireUnit("trimWeight", trimWeight);
        if (fullLinkWords < 1) {
            throw new IllegalArgumentException("fullLinkWords must be positive: " + fullLinkWords);
        }
        if (maxCreditScanChars < 1) {
            throw new IllegalArgumentException("maxCreditScanChars must be positive: " + maxCreditScanChars);
        }
        requireUnit("maxQuotedShare", maxQuotedShare);
        requireUnit("minUniqueShare", minUniqueShare);
        requireUnit("mostlySharedCoverage", mostlySharedCoverage);
        requireUnit("containedCoverage", containedCoverage);
        requireUnit("dateWeight", dateWeight);
        requireUnit("inferredDateWeight", inferredDateWeight);
        requireUnit("containmentWeight", containmentWeight);
        requireUnit("creditWeight", creditWeight);
        if (!(containmentMargin > 0 && containmentMargin <= 1)) {
            throw new IllegalArgumentException("containmentMargin must be in (0, 1]: " + containmentMargin);
        }
        requireUnit("directionFloor", directionFloor);
        requireUnit("lostSourceConfidence", lostSourceConfidence);
        requireUnit("secondParentConfidence", secondParentConfidence);
        requireUnit("secondParentNewCoverage", secondParentNewCoverage);
        requireUnit("closenessWeight", closenessWeight);
        requireNonNegative("minInheritedWords", minInheritedWords);
        requireNonNegative("minVariantWords", minVariantWords);
        requireUnit("variantTolerance", variantTolerance);
        requireUnit("betweenPenalty", betweenPenalty);
        requireNonNegative("maxCutWords", maxCutWords);
        requireUnit("cutWeight", cutWeight);
        requireUnit("directionCost", directionCost);
        requireNonNegative("minSiblingSplitWords", minSiblingSplitWords);
        requireUnit("minCohesion", minCohesion);
        requireNonNegative("minCohesionTypes", minCohesionTypes);
        requireUnit("insertionWeight", insertionWeight);
    }

    public static ProvenanceConfig defaults() {
        return new ProvenanceConfig(25, 0.6, 30, 0.05, 0.25, 0.8, 0.6, 0.3, 0.5, 0.5, 8, 0.2, 1.0, 0.3, 100, 0.7, 0.9, 0.3,
                20_000, 0.5, 15, 1, 0.0, 0.5, 3, 0.4, 0.4, 15,
                0.05, 5, 0.5);
    }

    /** This configuration with {@code minSiblingSplitWords} changed (0 turns the mutual-split rule off). */
    public ProvenanceConfig withMinSiblingSplitWords(int words) {
        return with(words, insertionWeight);
    }

    /** This configuration with {@code insertionWeight} changed (0 turns the insertion vote off). */
    public ProvenanceConfig withInsertionWeight(double weight) {
        return with(minSiblingSplitWords, weight);
    }

    /** This configuration with the two settings the withers change. */
    private ProvenanceConfig with(int siblingSplitWords, double insertion) {
        return new ProvenanceConfig(minPassageWords, maxQuotedShare, minUniqueWords, minUniqueShare,
                mostlySharedCoverage, containedCoverage, dateWeight, inferredDateWeight, containmentWeight,
                trimWeight, minTrimWords, containmentMargin, creditWeight, directionFloor, fullLinkWords,
                lostSourceConfidence, secondParentConfidence, secondParentNewCoverage, maxCreditScanChars,
                closenessWeight, minInheritedWords, minVariantWords, variantTolerance, betweenPenalty, maxCutWords,
                cutWeight, directionCost, siblingSplitWords, minCohesion, minCohesionTypes, insertion);
    }

    private static void requireNonNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }

    private static void requireUnit(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
        }
    }
}
