package org.stemma.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WinnowingFingerprinterTest {

    private final WordTokenizer tokenizer = new WordTokenizer();
    private final WinnowingFingerprinter fingerprinter = new WinnowingFingerprinter();

    private Fingerprints of(String id, String text) {
        return fingerprinter.fingerprint(id, tokenizer.tokenize(text));
    }

    private static Set<Long> hashes(Fingerprints f) {
        Set<Long> out = new HashSet<>();
        for (int i = 0; i < f.size(); i++) {
            out.add(f.hash(i));
        }
        return out;
    }

    private static String randomWords(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("w").append(random.nextInt(5000)).append(' ');
        }
        return sb.toString();
    }

    @Test
    void anyTwoTextsSharingEightWordsShareAFingerprint() {
        Random random = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            String shared = randomWords(random, 8);
            Set<Long> a = hashes(of("a", randomWords(random, random.nextInt(50)) + shared + randomWords(random, 20)));
            Set<Long> b = hashes(of("b", randomWords(random, random.nextInt(50)) + shared + randomWords(random, 5)));
            a.retainAll(b);
            assertTrue(!a.isEmpty(), "trial " + trial + " shares no fingerprint for: " + shared);
        }
    }

    @Test
    void fingerprintsIgnoreCaseQuotesAndPunctuationAndKeepTokenPositions() {
        Fingerprints a = of("a", "The minister said “the port will reopen” on Friday, officials confirmed.");
        Fingerprints b = of("b", "the MINISTER said \"the port will reopen\" on friday - officials confirmed");
        assertEquals(hashes(a), hashes(b));
        TokenSequence tokens = tokenizer.tokenize("x y z the minister said the port will reopen on friday");
        Fingerprints c = fingerprinter.fingerprint("c", tokens);
        for (int i = 0; i < c.size(); i++) {
            assertTrue(c.position(i) >= 0 && c.position(i) + fingerprinter.config().k() <= tokens.size());
            assertTrue(i == 0 || c.position(i) > c.position(i - 1), "positions increase");
        }
    }

    @Test
    void kGramsOfOnlyStopwordsAreSkipped() {
        assertEquals(0, of("a", "it is and of the to in it was on the").size());
        WinnowingFingerprinter noStopwords = new WinnowingFingerprinter(
                WinnowingFingerprinter.Config.defaults().withStopwords(Stopwords.none()));
        assertTrue(noStopwords.fingerprint("a", tokenizer.tokenize("it is and of the to in it was on the")).size() > 0);
        assertTrue(Stopwords.forLanguages(java.util.List.of("fr")).contains("les"));
        assertThrows(IllegalArgumentException.class, () -> Stopwords.forLanguages(java.util.List.of("xx")));
    }

    @Test
    void densityIsAboutTwoOverWindowPlusOne() {
        Fingerprints f = of("a", randomWords(new Random(1), 10_000));
        double density = f.size() / (10_000.0 - 4);
        assertTrue(density > 0.35 && density < 0.45, "density " + density);
    }

    @Test
    void emptyShortAndDegenerateInputGiveBoundedOutput() {
        assertEquals(0, of("a", "").size());
        assertEquals(0, of("a", "one two three four").size());
        Fingerprints repeated = of("a", "grain ".repeat(100_000));
        assertEquals(1, hashes(repeated).size());
        assertTrue(repeated.size() < 100_000);
        assertEquals(of("a", "same words in the same order here"), of("a", "same words in the same order here"));
    }
}
