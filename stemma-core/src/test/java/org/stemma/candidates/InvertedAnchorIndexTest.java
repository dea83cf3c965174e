package org.stemma.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.fingerprint.Fingerprints;
import org.stemma.fingerprint.WinnowingFingerprinter;
import org.stemma.fingerprint.WordTokenizer;

class InvertedAnchorIndexTest {

    private final WordTokenizer tokenizer = new WordTokenizer();
    private final WinnowingFingerprinter fingerprinter = new WinnowingFingerprinter();
    private final CandidateIndex index = new InvertedAnchorIndex();

    private static String fixture(String name) {
        try (InputStream in = InvertedAnchorIndexTest.class.getResourceAsStream("/candidates/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Fingerprints fp(String id, String text) {
        return fingerprinter.fingerprint(id, tokenizer.tokenize(text));
    }

    private static String babble(long seed, int words) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append("bdfgklmnprstvz".charAt(random.nextInt(14))).append("aeiou".charAt(random.nextInt(5)))
                    .append("bdfgklmnprstvz".charAt(random.nextInt(14))).append("aeiou".charAt(random.nextInt(5)))
                    .append("bdfgklmnprstvz".charAt(random.nextInt(14))).append(' ');
        }
        return sb.toString();
    }

    @Test
    void inAFourArticleCorpusTheDefaultsFindTheOneCopyAndNothingElse() {
        String ferry = fixture("ferry.txt");
        String copy = ferry.replace("forty", "45").replace("Brenna", "the island of Brenna");
        List<Fingerprints> corpus = List.of(fp("ferry", ferry), fp("school", fixture("school.txt")),
                fp("wire-copy", copy), fp("market", fixture("market.txt")));
        List<CandidatePair> pairs = index.findAll(corpus);
        assertEquals(1, pairs.size(), pairs::toString);
        assertEquals("ferry", pairs.get(0).a());
        assertEquals("wire-copy", pairs.get(0).b());
        assertTrue(pairs.get(0).sharedAnchors() > 20);
    }

    @Test
    void oneReusedFortyWordParagraphInsideATwoThousandWordArticleIsACandidate() {
        String paragraph = String.join(" ", fixture("ferry.txt").split("\\s+")).substring(0, 400);
        int words = paragraph.split(" ").length;
        assertTrue(words >= 40 && words < 80, "paragraph of " + words + " words");
        String host = babble(3, 1000) + "\n\n" + paragraph.substring(0, paragraph.lastIndexOf(' ')) + "\n\n"
                + babble(4, 1000);
        List<CandidatePair> pairs = index.findAll(List.of(fp("host", host), fp("source", fixture("ferry.txt")),
                fp("other", babble(5, 2000))));
        assertEquals(List.of("host", "source"), List.of(pairs.get(0).a(), pairs.get(0).b()));
        assertEquals(1, pairs.size(), pairs::toString);
    }

    @Test
    void boilerplateAnchorsAboveTheDocumentFrequencyCapAreDropped() {
        String footer = "Subscribe to our newsletter for the latest regional headlines delivered every morning, "
                + "and follow our reporters on social media for live coverage of council meetings and court cases";
        List<Fingerprints> corpus = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            corpus.add(fp(String.format("doc%02d", i), babble(100 + i, 300) + " " + footer));
        }
        InvertedAnchorIndex.Config config = InvertedAnchorIndex.Config.defaults();
        assertEquals(16, config.docFrequencyCap(40));
        assertEquals(List.of(), index.findAll(corpus), "a footer in all 40 articles is not reuse");
        assertEquals(16, config.docFrequencyCap(4), "a small corpus drops nothing");
        assertEquals(50, config.docFrequencyCap(1000));
        List<CandidatePair> few = index.findAll(corpus.subList(0, 3));
        assertEquals(3, few.size(), "below the cap the shared footer does count");
    }

    @Test
    void resultIsSortedAndIndependentOfInputOrder() {
        String ferry = fixture("ferry.txt");
        List<Fingerprints> corpus = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            corpus.add(fp("c" + (7 - i), ferry.replace("forty", "n" + i)));
        }
        List<CandidatePair> expected = index.findAll(corpus);
        assertEquals(28, expected.size());
        List<CandidatePair> sorted = new ArrayList<>(expected);
        Collections.sort(sorted);
        assertEquals(sorted, expected);
        for (long seed = 0; seed < 5; seed++) {
            Collections.shuffle(corpus, new Random(seed));
            assertEquals(expected, index.findAll(corpus));
        }
    }

    @Test
    void aFamilyLargerThanTheFullJoinLimitIsBandJoinedSoEveryCopyStillHasPartners() {
        String ferry = fixture("ferry.txt");
        List<Fingerprints> corpus = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            corpus.add(fp(String.format("c%02d", i), ferry));
        }
        InvertedAnchorIndex banded = new InvertedAnchorIndex(new InvertedAnchorIndex.Config(3, 16, 0.05, 3, 100));
        List<CandidatePair> pairs = banded.findAll(corpus);
        // each copy joins the next three in id order: 9×3 + 2 + 1 pairs instead of all 66
        assertEquals(30, pairs.size());
        assertTrue(pairs.contains(new CandidatePair("c00", "c03", pairs.get(0).sharedAnchors())));
        assertTrue(pairs.stream().noneMatch(p -> p.a().equals("c00") && p.b().equals("c04")));
        assertEquals(66, new InvertedAnchorIndex(new InvertedAnchorIndex.Config(3, 16, 0.05, 12, 100))
                .findAll(corpus).size(), "at or below the limit every pair is joined");
    }

    @Test
    void eachArticleKeepsItsBestPairsAndAPairStaysWhenEitherArticleKeepsIt() {
        String ferry = fixture("ferry.txt");
        String[] words = ferry.split(" ");
        List<Fingerprints> corpus = new ArrayList<>();
        corpus.add(fp("hub", ferry));
        for (int i = 0; i < 6; i++) {
            // spoke i keeps a longer share of the hub's text the higher i is, so shares more anchors
            int keep = words.length * (4 + i) / 10;
            corpus.add(fp("spoke" + i, String.join(" ", java.util.Arrays.copyOf(words, keep)) + " "
                    + babble(300 + i, 40)));
        }
        InvertedAnchorIndex all = new InvertedAnchorIndex(new InvertedAnchorIndex.Config(3, 16, 0.05, 64, 100));
        InvertedAnchorIndex two = new InvertedAnchorIndex(new InvertedAnchorIndex.Config(3, 16, 0.05, 64, 2));
        List<CandidatePair> every = all.findAll(corpus);
        List<CandidatePair> capped = two.findAll(corpus);
        assertTrue(capped.size() < every.size(), every + " vs " + capped);
        for (CandidatePair p : every) {
            boolean best = rank(p.a(), p, every) < 2 || rank(p.b(), p, every) < 2;
            assertEquals(best, capped.contains(p), p.toString());
        }
    }

    /** How many of {@code article}'s pairs come before {@code p}: more shared anchors, then lower partner id. */
    private static long rank(String article, CandidatePair p, List<CandidatePair> pairs) {
        String partner = p.a().equals(article) ? p.b() : p.a();
        return pairs.stream().filter(q -> q.a().equals(article) || q.b().equals(article)).filter(q -> {
            String other = q.a().equals(article) ? q.b() : q.a();
            return q.sharedAnchors() > p.sharedAnchors()
                    || q.sharedAnchors() == p.sharedAnchors() && other.compareTo(partner) < 0;
        }).count();
    }

    @Test
    void misuseIsRejectedAndEmptyInputGivesNoPairs() {
        assertEquals(List.of(), index.findAll(List.of()));
        assertEquals(List.of(), index.findAll(List.of(fp("a", ""), fp("b", ""))));
        assertThrows(IllegalArgumentException.class, () -> index.findAll(List.of(fp("a", "x"), fp("a", "y"))));
        assertThrows(IllegalArgumentException.class, () -> new CandidatePair("b", "a", 3));
    }
}
