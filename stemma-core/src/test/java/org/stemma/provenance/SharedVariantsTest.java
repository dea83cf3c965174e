package org.stemma.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stemma.provenance.Fixtures.align;
import static org.stemma.provenance.Fixtures.article;
import static org.stemma.provenance.Fixtures.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stemma.fingerprint.WordTokenizer;
import org.stemma.model.Article;
import org.stemma.model.PublicationDate;

class SharedVariantsTest {
    private static final ProvenanceConfig CONFIG = ProvenanceConfig.defaults();
    private static final String BASE = resource("bridge-base.txt");
    private static final String EXTRA = resource("bridge-extra1.txt");
    /** Two clauses of the base text, each long enough to be a variant, one in each body paragraph. */
    private static final String FIRST_CUT = " and ferries added four extra crossings a day to carry people who work"
            + " on the island";
    private static final String SECOND_CUT = ", adding that the town would ask the regional government for emergency"
            + " funds to cover the cost of the work";

    private static String without(String text, String clause) {
        if (!text.contains(clause)) {
            throw new IllegalArgumentException("fixture lacks the clause: " + clause);
        }
        return text.replace(clause, "");
    }

    private static String withExtra(String text) {
        int end = text.indexOf("\n\n");
        return text.substring(0, end) + "\n\n" + EXTRA + text.substring(end);
    }

    private static SharedVariants variants(Article... articles) {
        WordTokenizer tokenizer = new WordTokenizer();
        CreditLineExtractor credits = new CreditLineExtractor(CONFIG.maxCreditScanChars());
        List<ArticleProfile> profiles = new ArrayList<>();
        for (Article a : articles) {
            profiles.add(new ArticleProfile(a, tokenizer, credits));
        }
        PairReader reader = new PairReader(CONFIG);
        List<PairReading> readings = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            for (int j = i + 1; j < profiles.size(); j++) {
                ArticleProfile x = profiles.get(i);
                ArticleProfile y = profiles.get(j);
                reader.read(x, y, List.of(align(x.article, y.article))).ifPresent(readings::add);
            }
        }
        return new SharedVariants(readings, CONFIG.minVariantWords(), CONFIG.variantTolerance());
    }

    private static Article undated(String id, String text) {
        return article(id, text, PublicationDate.UNKNOWN);
    }

    @Test
    void wordsAMiddleCopyChangedAndTheFarCopyKeptPutTheMiddleCopyBetween() {
        // b changed three words of a ("Tuesday" to "Monday", "deep" to "wide", "three" to "four"); c took b's
        // text, changes and all, and cut a clause. A copy does not change the same words to the same words by
        // chance, so b lies between a and c, although c lacks no word b has.
        String changed = BASE.replace("Tuesday", "Monday").replace("deep cracks", "wide cracks")
                .replace("least three months", "least four months");
        SharedVariants v = variants(undated("a", BASE), undated("b", changed),
                undated("c", without(changed, FIRST_CUT)));
        Optional<SharedVariants.Between> between = v.findBetween("a", "c");
        assertTrue(between.isPresent(), "substituted words are variants");
        assertEquals("b", between.get().x(), between.get().describe());
        assertFalse(v.findBetween("a", "b").isPresent());
        assertFalse(v.findBetween("b", "c").isPresent());
    }

    @Test
    void copiesThatMadeTheSameEditsAndNoOthersAreTwinsNotOneBetween() {
        // b and c both cut the same clause of a, and nothing else: either may be the other's copy, so neither lies
        // between a and the other, but each is the other's twin against a. d cut that clause and another: it
        // has all of b's edits and more, so b lies between a and d, and d is no twin.
        String cut = without(BASE, FIRST_CUT);
        SharedVariants v = variants(undated("a", BASE), undated("b", cut), undated("c", cut),
                undated("d", without(cut, SECOND_CUT)));
        assertEquals(List.of("c"), v.twinsAgainst("a", "b"));
        assertEquals(List.of("b"), v.twinsAgainst("a", "c"));
        assertEquals(List.of(), v.twinsAgainst("a", "d"));
        assertEquals(List.of(), v.twinsAgainst("b", "c"), "against each other, twins made no edits");
        assertFalse(v.findBetween("a", "b").isPresent());
        assertTrue(v.findBetween("a", "d").isPresent());
    }

    @Test
    void aCopyWithAWordTheMiddleCopyChangedKeptAsTheOriginalHasItDoesNotDescendThroughIt() {
        // b cut two clauses of a and changed one word; c cut the same clauses and added a paragraph, but has
        // "Tuesday" where b has "Monday". c has nearly all of b's edits, but no copy of b could have put a's word
        // back: b is c's sibling, not its source, and does not lie between a and c.
        String cut = without(without(BASE, FIRST_CUT), SECOND_CUT);
        SharedVariants v = variants(undated("a", BASE), undated("b", cut.replace("Tuesday", "Monday")),
                undated("c", withExtra(cut)));
        assertFalse(v.findBetween("a", "c").isPresent(), () -> v.findBetween("a", "c").get().describe());
    }

    @Test
    void twoCopiesThatEachCutADifferentClauseAreSplitByTheirOriginal() {
        // s lacks the first clause, t the second; o has both, siding with t against s and with s against t, so
        // neither copy can be the other's source.
        SharedVariants v = variants(undated("o", BASE), undated("s", without(BASE, FIRST_CUT)),
                undated("t", without(BASE, SECOND_CUT)));
        Optional<SharedVariants.Split> split = v.findSplit("t", "s");
        assertTrue(split.isPresent());
        assertEquals("o", split.get().x());
        assertTrue(split.get().describe().startsWith("split variants: o has "), split.get().describe());
        assertFalse(v.findSplit("o", "s").isPresent(), "o is s's parent");
        assertFalse(v.findSplit("o", "t").isPresent(), "o is t's parent");
    }

    @Test
    void aCopyOfACopyThatCutAClauseIsSplitFromTheOriginalByTheMiddleCopy() {
        // a -> b adds a paragraph; b -> c cuts a clause. Against a, b sides with c on the paragraph and with a on
        // the clause: a and c are not parent and child. Adjacent links of the chain are never split.
        String b = withExtra(BASE);
        SharedVariants v = variants(undated("a", BASE), undated("b", b), undated("c", without(b, SECOND_CUT)));
        assertEquals("b", v.findSplit("a", "c").orElseThrow().x());
        assertFalse(v.findSplit("a", "b").isPresent());
        assertFalse(v.findSplit("b", "c").isPresent());
    }

    @Test
    void aChainThatOnlyAddsIsNeverSplit() {
        // Additions alone: c has everything of a, so b never sides with a against c (shared variants, not a
        // split, put b between them).
        String b = withExtra(BASE);
        String c = b + "\n\n" + resource("lost-comment.txt");
        SharedVariants v = variants(undated("a", BASE), undated("b", b), undated("c", c));
        assertFalse(v.findSplit("a", "c").isPresent());
        assertTrue(v.findBetween("a", "c").isPresent());
    }

    private static final String FERRY = resource("ferry-base.txt");
    /** Three clauses of the ferry story, one per paragraph, each a sentence's worth (16–19 words). */
    private static final List<String> FERRY_CLAUSES = List.of(
            " and the coastguard said that none of them had been hurt or needed treatment at the hospital in Lisswick",
            ", where fog had settled over the water since the previous evening and had not lifted by morning",
            ", which port officials expected to happen late on Saturday afternoon at the earliest, weather permitting");

    @Test
    void threeCopiesThatEachDroppedADifferentClauseSplitEachOtherMutually() {
        // Each lacks a clause the other two share: none of the three can descend from another.
        SharedVariants v = variants(undated("a", without(FERRY, FERRY_CLAUSES.get(0))),
                undated("b", without(FERRY, FERRY_CLAUSES.get(1))), undated("c", without(FERRY, FERRY_CLAUSES.get(2))));
        assertEquals(Optional.of("c"), v.findMutualSplit("a", "b", 15));
        assertEquals(Optional.of("b"), v.findMutualSplit("c", "a", 15));
        assertEquals(Optional.of("a"), v.findMutualSplit("b", "c", 15));
        assertEquals(Optional.empty(), v.findMutualSplit("a", "b", 20), "each clause is under 20 words");
    }

    @Test
    void anOriginalAndTwoCopiesThatEachCutAClauseAreNoMutualSplit() {
        // The copies are split by the original, but the original lacks nothing the copies share.
        SharedVariants v = variants(undated("o", FERRY), undated("s", without(FERRY, FERRY_CLAUSES.get(0))),
                undated("t", without(FERRY, FERRY_CLAUSES.get(1))));
        assertTrue(v.findSplit("s", "t").isPresent());
        assertEquals(Optional.empty(), v.findMutualSplit("s", "t", 15));
        assertEquals(Optional.empty(), v.findMutualSplit("o", "s", 15));
    }

    @Test
    void aChainThatAddsThenCutsIsNoMutualSplit() {
        // a -> b adds a paragraph, b -> c cuts a clause: b splits a and c, but c never sides with a against b.
        String b = withExtra(FERRY);
        SharedVariants v = variants(undated("a", FERRY), undated("b", b), undated("c", without(b, FERRY_CLAUSES.get(1))));
        assertTrue(v.findSplit("a", "c").isPresent());
        assertEquals(Optional.empty(), v.findMutualSplit("a", "c", 15));
        assertEquals(Optional.empty(), v.findMutualSplit("a", "b", 3));
        assertEquals(Optional.empty(), v.findMutualSplit("b", "c", 3));
    }

    @Test
    void aFragmentStillTakesPartInAMutualSplit() {
        // a and b go on after the story for a long second part that c, cut short, lacks: c kept under half of
        // each, so no single split of c is read, yet each of the three lacks a clause the other two share.
        String second = "\n\n" + BASE + "\n\n" + EXTRA + "\n\n" + resource("bridge-extra2.txt");
        SharedVariants v = variants(undated("a", without(FERRY, FERRY_CLAUSES.get(0)) + second),
                undated("b", without(FERRY, FERRY_CLAUSES.get(1)) + second),
                undated("c", without(FERRY, FERRY_CLAUSES.get(2))));
        assertFalse(v.findSplit("a", "c").isPresent(), "c is a fragment of a");
        assertEquals(Optional.of("b"), v.findMutualSplit("a", "c", 15));
        assertEquals(Optional.of("c"), v.findMutualSplit("a", "b", 15));
    }

    @Test
    void paragraphsDroppedFromInsideAreVariantsACopyOfTheCopyShares() {
        // b dropped a paragraph from inside the story, c that one and another: c shares b's gap, so b lies
        // between the original and c. (Cuts of the story's end count as well: ignoring them raised accuracy on
        // one family generator and lowered it more on families built another way; see docs/BENCHMARKS.md.)
        String quay = resource("quay-base.txt");
        String[] paragraphs = quay.split("\n\n");
        String dropOne = quay.replace("\n\n" + paragraphs[3], "");
        String dropTwo = dropOne.replace("\n\n" + paragraphs[2], "");
        SharedVariants inside = variants(undated("b", dropOne), undated("c", dropTwo), undated("o", quay));
        assertEquals("b", inside.findBetween("o", "c").orElseThrow().x());
    }

    @Test
    void anArticleLackingWhatTheMiddleCopyAddedAsTheOriginalDoesIsNoCopyOfIt() {
        // b added a paragraph inside the story and kept the end; c lacks b's paragraph, as a does, and cut a
        // clause of the end that a and b have. Had c copied b it would have cut exactly b's paragraph: a orphans
        // b's addition against c. Read the other way there is nothing to orphan (c added nothing).
        SharedVariants v = variants(undated("a", BASE), undated("b", withExtra(BASE)),
                undated("c", without(BASE, SECOND_CUT)));
        SharedVariants.Orphan orphan = v.findOrphan("b", "c").orElseThrow();
        assertEquals("a", orphan.x(), orphan.describe());
        assertTrue(orphan.adds() >= 40, orphan.describe());
        assertFalse(v.findOrphan("c", "b").isPresent());
        assertFalse(v.findOrphan("a", "c").isPresent(), "a added nothing that c lacks");
    }

    @Test
    void whatAMiddleCopyAddedAfterTheOtherCopysEndIsNotOrphaned() {
        // b added a sentence at the very end; c stops before a's last sentence. c lacks b's sentence as a does,
        // but it lies past c's end: c cut the tail, b's sentence with it, which is one cut, not a cut of exactly
        // what b added.
        String tailless = BASE.substring(0, BASE.lastIndexOf(" The mayor told"));
        String added = BASE.strip() + " Ferry operators said they would publish a new timetable for the summer.";
        SharedVariants v = variants(undated("a", BASE), undated("b", added), undated("c", tailless));
        assertFalse(v.findOrphan("b", "c").isPresent(), v.findOrphan("b", "c").toString());
    }

    @Test
    void aClauseTheCopyRewroteIsNotAnAdditionOfItsSource() {
        // a cut the first clause; c reworded it and cut the second, which a kept. c lacks b's words of the
        // first clause as a does, but c has its own words there: it rewrote the clause, it did not cut exactly
        // what b added (b, the whole text, added nothing).
        String reworded = " and four more boats now cross each day for islanders who have jobs in the port";
        String rewritten = without(BASE.replace(FIRST_CUT, reworded), SECOND_CUT);
        SharedVariants v = variants(undated("a", without(BASE, FIRST_CUT)), undated("b", BASE),
                undated("c", rewritten));
        assertFalse(v.findOrphan("b", "c").isPresent(), v.findOrphan("b", "c").toString());
    }
}
