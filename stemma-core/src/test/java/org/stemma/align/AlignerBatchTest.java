package org.stemma.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.stemma.fingerprint.Stopwords;
import org.stemma.fingerprint.WordTokenizer;

/** A batch keeps each witness's seed keys; it must align every pair exactly as the plain aligner does. */
class AlignerBatchTest {

    /** Witnesses that copy each other's paragraphs, with words changed, dropped and moved, plus noise. */
    private static List<Witness> corpus(long seed, WordTokenizer tokenizer) {
        Random random = new Random(seed);
        List<String> paragraphs = Fixtures.paragraphs("harbour.txt");
        List<Witness> out = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            StringBuilder text = new StringBuilder();
            for (String p : paragraphs) {
                if (random.nextInt(4) == 0) {
                    continue;
                }
                String[] words = p.split(" ");
                for (int k = 0; k < words.length; k++) {
                    int roll = random.nextInt(20);
                    if (roll == 0) {
                        continue;
                    }
                    text.append(roll == 1 ? "changed" : words[k]).append(' ');
                }
                text.append("\n\n");
                if (random.nextInt(3) == 0) {
                    text.append(Fixtures.babble(random.nextLong(), 40)).append("\n\n");
                }
            }
            String t = text.toString().strip();
            out.add(new Witness("w" + w, t, tokenizer.tokenize(t)));
        }
        return out;
    }

    private static void assertSameAsPlain(Aligner plain, List<Witness> witnesses) {
        Aligner batch = plain.forBatch();
        assertNotSame(plain, batch);
        int n = witnesses.size();
        // every pair twice and in both argument orders, from several threads: kept keys are read back
        List<int[]> pairs = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j) {
                        pairs.add(new int[] {i, j});
                    }
                }
            }
        }
        List<String> mismatches = IntStream.range(0, pairs.size()).parallel().mapToObj(k -> {
            Witness a = witnesses.get(pairs.get(k)[0]);
            Witness b = witnesses.get(pairs.get(k)[1]);
            return plain.align(a, b).equals(batch.align(a, b)) ? null : a.id() + "/" + b.id();
        }).filter(s -> s != null).toList();
        assertEquals(List.of(), mismatches);
        // the corpus must share passages, else the comparison proves little
        long sharing = pairs.stream().filter(p -> !plain.align(witnesses.get(p[0]), witnesses.get(p[1])).isEmpty())
                .count();
        assertTrue(sharing >= n, "only " + sharing + " pairs share passages");
    }

    @Test
    void aBatchOfTheAnchoredAlignerGivesThePlainAlignersPassagesForEveryPair() {
        assertSameAsPlain(new AnchoredAligner(), corpus(7, WordTokenizer.sharingTerms()));
        assertSameAsPlain(new AnchoredAligner(), corpus(8, new WordTokenizer()));
    }

    @Test
    void aBatchOfTheTwoPassAlignerGivesThePlainAlignersPassagesForEveryPair() {
        AnchoredAligner.Config strict = AnchoredAligner.Config.defaults();
        AnchoredAligner.Config loose = new AnchoredAligner.Config(2, 4, 60, 40, 32, 200_000, 1 << 20,
                Stopwords.allBundled());
        assertSameAsPlain(new TwoPassAligner(new TwoPassAligner.Config(strict, loose, 400, 12)),
                corpus(9, WordTokenizer.sharingTerms()));
    }

    @Test
    void aBatchGivenASecondWitnessWithAKnownIdAlignsTheWitnessItIsGiven() {
        List<Witness> witnesses = corpus(10, new WordTokenizer());
        AnchoredAligner plain = new AnchoredAligner();
        Aligner batch = plain.forBatch();
        Witness a = witnesses.get(0);
        Witness b = witnesses.get(1);
        batch.align(a, b);
        // same id as b, other text: b's kept keys must not be used for it
        Witness other = Witness.ofText(b.id(), witnesses.get(2).text());
        assertEquals(plain.align(a, other), batch.align(a, other));
        assertEquals(plain.align(a, b), batch.align(a, b));
    }
}
