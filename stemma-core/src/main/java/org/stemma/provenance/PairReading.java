package org.stemma.provenance;

import java.util.List;
import org.stemma.model.Span;

/**
 * What the passages between two articles say, before the family's graph is drawn.
 *
 * @param a             the article whose id sorts first
 * @param b             the other article
 * @param coveredA      a's text the kept passages cover, sorted and disjoint
 * @param coveredB      b's text the kept passages cover
 * @param explainedA    the part of coveredA that b also has (equal and substituted words; not a's own additions)
 * @param explainedB    the part of coveredB that a also has
 * @param sharedWords   words both sides have (the smaller side's passage words less its own insertions)
 * @param uniqueA       a's material that b lacks and that counts toward a lost source
 * @param uniqueB       b's material that a lacks and that counts toward a lost source
 * @param lost          both sides have enough unique material: a lost common source, not an edge
 * @param sourceIsA     when not lost: a is the source of b
 * @param confidence    the edge's confidence (or, when lost, the lost-source edges')
 * @param evidence      the reasons, most important first
 * @param reverseConfidence how likely the other direction (b's source is a's target) still is: the link times
 *                      the direction floor, less as the votes grow clear; the family's tree may take it when
 *                      the rest of the family outweighs this pair's votes
 * @param reverseEvidence the reasons read in the other direction
 * @param link          how strongly the pair is linked at all, from the shared words alone, in [0, 1]
 * @param votes         the direction votes' sum toward "a is the source", clamped to [-1, 1] (0 when lost)
 * @param cutsFromA     short runs of a's words inside sentences that b lacks (see the cut vote)
 * @param cutsFromB     short runs of b's words inside sentences that a lacks
 * @param equalA        the part of explainedA that b has word for word (not substituted)
 * @param equalB        the part of explainedB that a has word for word
 */
record PairReading(ArticleProfile a, ArticleProfile b, List<Span> coveredA, List<Span> coveredB,
                   List<Span> explainedA, List<Span> explainedB, int sharedWords,
                   int uniqueA, int uniqueB, boolean lost, boolean sourceIsA, double confidence,
                   List<String> evidence, double reverseConfidence, List<String> reverseEvidence,
                   double link, double votes, int cutsFromA, int cutsFromB, List<Span> equalA,
                   List<Span> equalB) {

    /** Short runs of {@code side}'s words inside sentences that the other article lacks. */
    int cutsFrom(ArticleProfile side) {
        return side == a ? cutsFromA : cutsFromB;
    }

    /** The direction votes toward {@code source} being the source, in [-1, 1]. */
    double votesFor(ArticleProfile source) {
        return source == a ? votes : -votes;
    }

    ArticleProfile source() {
        return sourceIsA ? a : b;
    }

    ArticleProfile target() {
        return sourceIsA ? b : a;
    }

    List<Span> coveredIn(ArticleProfile side) {
        return side == a ? coveredA : coveredB;
    }

    /** What of {@code side}'s text the other article also has: how much of it this pair explains. */
    List<Span> explainedIn(ArticleProfile side) {
        return side == a ? explainedA : explainedB;
    }

    /** What of {@code side}'s text the other article has word for word: explained less substitutions. */
    List<Span> equalIn(ArticleProfile side) {
        return side == a ? equalA : equalB;
    }

    /**
     * This pair read as two witnesses of a lost common source after all, for {@code why} (evidence from the
     * rest of the family), with the confidence a lost-source reading of this link has.
     */
    PairReading asWitnesses(double lostConfidence, String why) {
        List<String> because = new java.util.ArrayList<>();
        because.add(String.format(java.util.Locale.ROOT,
                "lost source: each has material the other lacks (%d and %d words)", uniqueA, uniqueB));
        because.add(why);
        because.add(evidence.get(evidence.size() - 1));
        return new PairReading(a, b, coveredA, coveredB, explainedA, explainedB, sharedWords, uniqueA, uniqueB,
                true, true, link * lostConfidence, because, link * lostConfidence, because, link, 0, cutsFromA,
                cutsFromB, equalA, equalB);
    }
}
