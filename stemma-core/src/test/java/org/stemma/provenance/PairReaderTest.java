package org.stemma.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stemma.provenance.Fixtures.align;
import static org.stemma.provenance.Fixtures.article;
import static org.stemma.provenance.Fixtures.resource;
import static org.stemma.provenance.Fixtures.stated;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stemma.fingerprint.WordTokenizer;
import org.stemma.model.Article;
import org.stemma.model.Edit;
import org.stemma.model.EditOp;
import org.stemma.model.Passage;
import org.stemma.model.PublicationDate;
import org.stemma.model.Span;

class PairReaderTest {
    private static final ProvenanceConfig CONFIG = ProvenanceConfig.defaults();
    private static final String BASE = resource("bridge-base.txt");
    /** The base with a paragraph of the copier's own after its first: a copy that added to what it took. */
    private static final String ADDED = BASE.substring(0, BASE.indexOf("\n\n")) + "\n\n"
            + resource("bridge-extra1.txt") + BASE.substring(BASE.indexOf("\n\n"));
    private static final String DOUBT = "(the text orders the pair the other way: weighed as an inferred date)";

    /** A flood story: a title and four paragraphs. */
    private static final String FLOOD = resource("flood-story.txt");
    private static final List<String> FLOOD_PARAGRAPHS = List.of(FLOOD.split("\n\n"));

    /**
     * A copy of the flood story that cut its first paragraph and put {@code inserted} after its second: its
     * own paragraph against the original's cut one, as two witnesses of a lost text would have.
     */
    private static String floodCopyWith(String inserted) {
        return "Museum flooded\n\n" + FLOOD_PARAGRAPHS.get(2) + "\n\n" + inserted + "\n\n"
                + FLOOD_PARAGRAPHS.get(3) + "\n\n" + FLOOD_PARAGRAPHS.get(4);
    }

    /**
     * The defaults without the insertion vote: ADDED's paragraph (shops on the island) shares one content word
     * with the bridge story, so it is read as foreign, and the insertion vote would join containment in the
     * tests below that weigh dates against containment alone.
     */
    private static final ProvenanceConfig WITHOUT_INSERTION_VOTE = withoutInsertionVote();

    private static ProvenanceConfig withoutInsertionVote() {
        return CONFIG.withInsertionWeight(0);
    }

    private static PairReading read(Article a, Article b) {
        return read(CONFIG, a, b);
    }

    private static PairReading read(ProvenanceConfig config, Article a, Article b) {
        return read(config, a, b, List.of(align(a, b)));
    }

    private static PairReading read(ProvenanceConfig config, Article a, Article b, List<Passage> passages) {
        WordTokenizer tokenizer = new WordTokenizer();
        CreditLineExtractor credits = new CreditLineExtractor(config.maxCreditScanChars());
        return new PairReader(config).read(new ArticleProfile(a, tokenizer, credits),
                new ArticleProfile(b, tokenizer, credits), passages).orElseThrow();
    }

    @Test
    void aStatedDateThatContainmentContradictsCountsAsAnInferredDate() {
        // b added a paragraph to a, but b's date (misread) is a day before a's: containment (0.5) now outweighs
        // the date (0.3 instead of 0.6), so a is read as the source, with the doubt said in the evidence.
        PairReading r = read(WITHOUT_INSERTION_VOTE, article("a", BASE, stated("2021-03-02")),
                article("b", ADDED, stated("2021-03-01")));
        assertTrue(r.sourceIsA(), r.evidence().toString());
        assertEquals(CONFIG.containmentWeight() - CONFIG.inferredDateWeight(), r.votes(), 1e-9);
        assertTrue(r.evidence().stream().anyMatch(e -> e.startsWith("dates: target 2021-03-01 (stated) before source")
                && e.endsWith(DOUBT)), r.evidence().toString());
    }

    @Test
    void aStatedDateMonthsBeforeTheOtherIsNoMisreadingAndKeepsItsFullWeight() {
        // The same pair as above, but b is dated three months before a: no time zone or update stamp is off by
        // that much, so the date (0.6) keeps its weight against containment (0.5), and b is read as the source.
        PairReading r = read(WITHOUT_INSERTION_VOTE, article("a", BASE, stated("2021-03-02")),
                article("b", ADDED, stated("2020-12-01")));
        assertFalse(r.sourceIsA(), r.evidence().toString());
        assertEquals(CONFIG.containmentWeight() - CONFIG.dateWeight(), r.votes(), 1e-9);
        assertFalse(r.evidence().stream().anyMatch(e -> e.endsWith(DOUBT)), r.evidence().toString());
    }

    @Test
    void aDateTheTextDoesNotContradictKeepsItsFullWeight() {
        PairReading agreeing = read(WITHOUT_INSERTION_VOTE, article("a", BASE, stated("2021-03-01")),
                article("b", ADDED, stated("2021-03-02")));
        assertEquals(1.0, agreeing.votes(), 1e-9, agreeing.evidence().toString());
        assertFalse(agreeing.evidence().stream().anyMatch(e -> e.endsWith(DOUBT)), agreeing.evidence().toString());
        // Identical texts: nothing in the text orders them, so the stated date does, at full weight.
        PairReading same = read(article("a", BASE, stated("2021-03-02")), article("b", BASE, stated("2021-03-01")));
        assertFalse(same.sourceIsA(), same.evidence().toString());
        assertEquals(-CONFIG.dateWeight(), same.votes(), 1e-9);
    }

    @Test
    void withoutDatesTheTextAloneOrdersThePair() {
        PairReading r = read(WITHOUT_INSERTION_VOTE, article("a", BASE, PublicationDate.UNKNOWN),
                article("b", ADDED, PublicationDate.UNKNOWN));
        assertTrue(r.sourceIsA());
        assertEquals(CONFIG.containmentWeight(), r.votes(), 1e-9);
    }

    @Test
    void aParagraphAboutSomethingElseIsNoMaterialOfALostSource() {
        // The copy cut the story's first paragraph and inserted an advertisement: by amounts alone each has 30
        // or more words the other lacks, but the advertisement shares no content word with either text.
        PairReading r = read(article("a", FLOOD, PublicationDate.UNKNOWN),
                article("b", floodCopyWith(resource("flood-aside.txt")), PublicationDate.UNKNOWN));
        assertFalse(r.lost(), r.evidence().toString());
        assertTrue(r.uniqueA() >= CONFIG.minUniqueWords(), "the cut paragraph still counts: " + r.uniqueA());
        assertEquals(0, r.uniqueB(), r.evidence().toString());
        // ... and having inserted it, the copy is the target.
        assertTrue(r.sourceIsA(), r.evidence().toString());
        assertTrue(r.evidence().stream().anyMatch(e -> e.startsWith("insertion: target has ")),
                r.evidence().toString());
    }

    @Test
    void aParagraphOfTheStoryItselfStillCountsTowardALostSource() {
        // The same cut, with a paragraph of the story's own background instead: it names the river, the museum
        // and its curator, so it is the lost text's, and each side keeps material the other lacks.
        PairReading r = read(article("a", FLOOD, PublicationDate.UNKNOWN),
                article("b", floodCopyWith(resource("flood-background.txt")), PublicationDate.UNKNOWN));
        assertTrue(r.lost(), r.evidence().toString());
        assertTrue(r.uniqueB() >= CONFIG.minUniqueWords(), "background counts: " + r.uniqueB());
    }

    @Test
    void aDroppedParagraphAgainstACutOpeningSentenceIsALostSource() {
        // b opens with a sentence of the story (20 words) that a lacks, and a has the story's third paragraph
        // (44 words) between two that b also has: b dropped it. b's opening alone is under minUniqueWords, yet
        // each lacks what the other kept, so neither copied the other. (The sentence has no "the", so that the
        // word diff standing in for the aligner does not start the shared text inside it.)
        String opening = "Volunteers from Dunmore carried maps, parish photographs and a model of a medieval mill "
                + "upstairs as river water rose at midnight.";
        String a = "Museum flooded\n\n" + String.join("\n\n", FLOOD_PARAGRAPHS.subList(2, 5));
        String b = "Museum flooded\n\n" + opening + "\n\n" + FLOOD_PARAGRAPHS.get(2) + "\n\n"
                + FLOOD_PARAGRAPHS.get(4);
        PairReading r = read(article("a", a, PublicationDate.UNKNOWN), article("b", b, PublicationDate.UNKNOWN));
        assertTrue(r.uniqueB() < CONFIG.minUniqueWords() && r.uniqueB() >= CONFIG.minSiblingSplitWords(),
                "b's opening: " + r.uniqueB());
        assertTrue(r.uniqueA() >= CONFIG.minUniqueWords(), "a's paragraph inside: " + r.uniqueA());
        assertTrue(r.lost(), r.evidence().toString());
        // The same opening against a paragraph a has after all that b has is no lost source: a goes on where b
        // stops, which the trim vote reads.
        String shorter = "Museum flooded\n\n" + opening + "\n\n" + String.join("\n\n", FLOOD_PARAGRAPHS.subList(2, 4));
        PairReading trimmed = read(article("a", a, PublicationDate.UNKNOWN),
                article("b", shorter, PublicationDate.UNKNOWN));
        assertFalse(trimmed.lost(), trimmed.evidence().toString());
    }

    @Test
    void aLongOpeningOfTheStoryAgainstADroppedParagraphIsALostSourceThoughUnderAThirdOfItIsShared() {
        // a keeps the story's first four paragraphs and its last two; b cut all of the opening and has a
        // paragraph of the story's background between the last two, which a dropped. Each lacks what the other
        // kept. The shared paragraphs are under a third of a (its opening is long), a share at which a copier's
        // cut and added lead and two witnesses of a lost original are told apart by what each side's extra
        // material is, not by how much of each is shared: a's opening is about the flood, so it is the story's.
        List<String> p = FLOOD_PARAGRAPHS;
        String a = String.join("\n\n", "Museum flooded", p.get(1), p.get(2), resource("flood-forecast.txt"),
                resource("flood-sandbags.txt"), p.get(3), p.get(4));
        String b = String.join("\n\n", "Museum flooded", p.get(3), resource("flood-background.txt"), p.get(4));
        PairReading r = read(article("a", a, PublicationDate.UNKNOWN), article("b", b, PublicationDate.UNKNOWN));
        double sharedOfA = (double) r.sharedWords() / r.a().words();
        assertTrue(sharedOfA >= 0.25 && sharedOfA < 0.35, "share of a: " + sharedOfA);
        assertTrue(r.lost(), r.evidence().toString());
        // A copy that only cut the story's opening is no witness, however little of the story it kept.
        String cutOnly = String.join("\n\n", "Museum flooded", p.get(3), p.get(4));
        assertFalse(read(article("a", a, PublicationDate.UNKNOWN), article("c", cutOnly, PublicationDate.UNKNOWN))
                .lost());
    }

    @Test
    void aParagraphRewordedBetweenTwoSharedPassagesIsNoMaterialOfALostSource() {
        // b rewrote the curator's paragraph in its own words; the aligner, finding too few words alike there,
        // splits the shared text into two passages around it. Each side then has a stretch of 40 words or more
        // between the passages, but they tell the same thing with the same names and nouns: one paragraph
        // reworded, not one each of them kept and the other dropped.
        String reworded = "Agnes Pellow, the curator of the museum, said volunteers had saved the farm tools and the "
                + "parish records in time, but the textile room's display cases were too heavy to lift and each "
                + "piece would need weeks of drying.";
        Article a = article("a", FLOOD, PublicationDate.UNKNOWN);
        Article b = article("b", withSecondParagraph(reworded), PublicationDate.UNKNOWN);
        PairReading r = readPassages(a, b);
        assertFalse(r.lost(), r.evidence().toString());
        // Only the longer version's excess words are its own.
        assertTrue(r.uniqueA() < CONFIG.minSiblingSplitWords(), "a's excess: " + r.uniqueA());
        // Another paragraph of the story in its place shares a name and little else: that is material each has
        // and the other lacks, as two witnesses of a lost text would have.
        Article c = article("c", withSecondParagraph(resource("flood-background.txt")), PublicationDate.UNKNOWN);
        PairReading other = readPassages(a, c);
        assertTrue(other.lost(), other.evidence().toString());
    }

    @Test
    void aRewriteIsNoWitnessOfALostSource() {
        // As in the control above, each side has a paragraph of the story the other lacks; but around them b
        // changed every second word of what the two share: that is a rewrite of a's text (or of a third), not a
        // copy, and two rewrites are not read as witnesses of one lost text.
        Article a = article("a", FLOOD, PublicationDate.UNKNOWN);
        List<String> p = new ArrayList<>(FLOOD_PARAGRAPHS);
        p.set(1, Fixtures.everySecondWordChanged(p.get(1)));
        p.set(2, resource("flood-background.txt"));
        p.set(3, Fixtures.everySecondWordChanged(p.get(3)));
        p.set(4, Fixtures.everySecondWordChanged(p.get(4)));
        Article b = article("b", String.join("\n\n", p), PublicationDate.UNKNOWN);
        List<Passage> passages = List.of(wordForWord(a, b, FLOOD_PARAGRAPHS.get(1), p.get(1)),
                wordForWord(a, b, FLOOD_PARAGRAPHS.get(3) + "\n\n" + FLOOD_PARAGRAPHS.get(4),
                        p.get(3) + "\n\n" + p.get(4)));
        PairReading r = read(CONFIG, a, b, passages);
        assertTrue(r.uniqueA() >= CONFIG.minUniqueWords() && r.uniqueB() >= CONFIG.minUniqueWords(),
                r.uniqueA() + " and " + r.uniqueB());
        assertFalse(r.lost(), r.evidence().toString());
    }

    /**
     * The passage between {@code inA} (in a) and {@code inB} (in b), texts with the same words but some changed:
     * an equal edit for each word alike, a substitution for each word changed.
     */
    private static Passage wordForWord(Article a, Article b, String inA, String inB) {
        int atA = a.text().indexOf(inA);
        int atB = b.text().indexOf(inB);
        java.util.regex.Matcher ma = java.util.regex.Pattern.compile("\\S+").matcher(inA);
        java.util.regex.Matcher mb = java.util.regex.Pattern.compile("\\S+").matcher(inB);
        List<Edit> edits = new ArrayList<>();
        while (ma.find() && mb.find()) {
            Span wa = Span.of(atA + ma.start(), atA + ma.end());
            Span wb = Span.of(atB + mb.start(), atB + mb.end());
            edits.add(new Edit(ma.group().equals(mb.group()) ? EditOp.EQUAL : EditOp.SUBSTITUTE, wa, wb));
        }
        return new Passage(a.id(), b.id(), Span.of(atA, atA + inA.length()), Span.of(atB, atB + inB.length()),
                0.5, edits);
    }

    private static final String FOOTER = resource("site-footer.txt");

    /** The passage of the footer {@code a} and {@code b} both end with: all of it the aligner finds between them. */
    private static Optional<PairReading> readFooter(Article a, Article b) {
        WordTokenizer tokenizer = new WordTokenizer();
        CreditLineExtractor credits = new CreditLineExtractor(CONFIG.maxCreditScanChars());
        return new PairReader(CONFIG).read(new ArticleProfile(a, tokenizer, credits),
                new ArticleProfile(b, tokenizer, credits), List.of(Fixtures.passageOf(a, b, FOOTER)));
    }

    @Test
    void aFooterTwoStoriesOfOneOutletEndWithIsItsTemplateNotReuse() {
        // Two unrelated stories of one site, each with the site's footer: plain-text input keeps what HTML
        // extraction would have dropped. The footer is at the end of both and shares no content word with
        // either story, so the pair has no link (else the two stories would read as copies, and join families).
        Article flood = article("flood", FLOOD + "\n\n" + FOOTER, PublicationDate.UNKNOWN,
                Optional.of("Harbour Gazette"));
        Article bridge = article("bridge", BASE + "\n\n" + FOOTER, PublicationDate.UNKNOWN,
                Optional.of("The harbour gazette"));
        assertTrue(readFooter(bridge, flood).isEmpty());
        // Control: the same footer between two sites' stories is read as shared text, as before: two sites that
        // carry the same piece may have taken it from each other.
        Article other = article("bridge", BASE + "\n\n" + FOOTER, PublicationDate.UNKNOWN,
                Optional.of("Quay Post"));
        assertTrue(readFooter(other, flood).isPresent());
    }

    @Test
    void aStoryOneOutletRunsTwiceIsStillReuseFooterAndAll() {
        // Control: one site's story and its update share the story as well as the footer; that passage is
        // most of each article and about the story, so it is read.
        String update = FLOOD + "\n\n" + FOOTER;
        Article first = article("first", update, PublicationDate.UNKNOWN, Optional.of("Harbour Gazette"));
        Article second = article("second", update, PublicationDate.UNKNOWN, Optional.of("Harbour Gazette"));
        WordTokenizer tokenizer = new WordTokenizer();
        CreditLineExtractor credits = new CreditLineExtractor(CONFIG.maxCreditScanChars());
        String body = update.substring(update.indexOf("\n\n") + 2);
        assertTrue(new PairReader(CONFIG).read(new ArticleProfile(first, tokenizer, credits),
                new ArticleProfile(second, tokenizer, credits), List.of(Fixtures.passageOf(first, second, body)))
                .isPresent());
    }

    @Test
    void aSentenceTheCopyMovedToItsEndIsSharedTextNotAnUncutTail() {
        // b took a's story and moved one short paragraph to the end. The aligner gives the moved paragraph a
        // passage of its own, under the 25-word floor; dropped, it would be a tail b goes on with where a stops,
        // and the trim vote would make b the uncut source.
        String moved = "Older residents said the river had not climbed so high since the wet spring of nineteen "
                + "ninety-eight.";
        List<String> p = FLOOD_PARAGRAPHS;
        Article a = article("a", String.join("\n\n", p.get(0), p.get(1), moved, p.get(2), p.get(3), p.get(4)),
                PublicationDate.UNKNOWN);
        Article b = article("b", String.join("\n\n", p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), moved),
                PublicationDate.UNKNOWN);
        String rest = String.join("\n\n", p.get(2), p.get(3), p.get(4));
        List<Passage> passages = new ArrayList<>(List.of(Fixtures.passageOf(a, b, p.get(1)),
                Fixtures.passageOf(a, b, moved), Fixtures.passageOf(a, b, rest)));
        passages.sort(java.util.Comparator.comparing(Passage::inA));
        PairReading r = read(CONFIG, a, b, passages);
        assertTrue(r.evidence().stream().noneMatch(e -> e.startsWith("trimmed")), r.evidence().toString());
        assertFalse(r.lost(), r.evidence().toString());
        // Control: a short passage alone, with no long one beside it, links nothing (a chance match).
        WordTokenizer tokenizer = new WordTokenizer();
        CreditLineExtractor credits = new CreditLineExtractor(CONFIG.maxCreditScanChars());
        assertTrue(new PairReader(CONFIG).read(new ArticleProfile(a, tokenizer, credits),
                new ArticleProfile(b, tokenizer, credits), List.of(Fixtures.passageOf(a, b, moved))).isEmpty());
    }

    /** The flood story with its second paragraph (the curator's) replaced. */
    private static String withSecondParagraph(String paragraph) {
        List<String> p = new ArrayList<>(FLOOD_PARAGRAPHS);
        p.set(2, paragraph);
        return String.join("\n\n", p);
    }

    /** The pair read with two verbatim passages around the second paragraph, as the aligner would give them. */
    private static PairReading readPassages(Article a, Article b) {
        List<Passage> passages = List.of(Fixtures.passageOf(a, b, FLOOD_PARAGRAPHS.get(1)),
                Fixtures.passageOf(a, b, FLOOD_PARAGRAPHS.get(3) + "\n\n" + FLOOD_PARAGRAPHS.get(4)));
        return read(CONFIG, a, b, passages);
    }

    @Test
    void aTailAboutSomethingElseIsAnInsertionNotTheStorysUncutEnd() {
        // b is the whole flood story with an advertisement after it. Read as a tail, b would be the uncut
        // source that a stopped short of; but the tail shares no content word with either text, so b added it
        // after the story: b is the copy, and the tail gives no trim vote.
        PairReading r = read(article("a", FLOOD, PublicationDate.UNKNOWN),
                article("b", FLOOD + "\n\n" + resource("flood-aside.txt"), PublicationDate.UNKNOWN));
        assertTrue(r.sourceIsA(), r.evidence().toString());
        assertEquals(CONFIG.insertionWeight(), r.votes(), 1e-9, r.evidence().toString());
        assertFalse(r.evidence().stream().anyMatch(e -> e.startsWith("trimmed")), r.evidence().toString());
        // The story's own last paragraph, which a copy cut, is still a trimmed end.
        String cut = FLOOD.substring(0, FLOOD.lastIndexOf("\n\n"));
        PairReading trimmed = read(article("a", cut, PublicationDate.UNKNOWN), article("b", FLOOD, PublicationDate.UNKNOWN));
        assertFalse(trimmed.sourceIsA(), trimmed.evidence().toString());
        assertTrue(trimmed.evidence().stream().anyMatch(e -> e.startsWith("trimmed: target stops")),
                trimmed.evidence().toString());
    }
}
