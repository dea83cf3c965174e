package org.stemma.align;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.changes.RuleChangeClassifier;
import org.stemma.model.Passage;

/**
 * Times aligning (and typing the changes of) a typical news pair: two articles of about 600 words, the copy
 * with a paragraph dropped, one inserted, two swapped and a word changed in every paragraph. Prints pairs per
 * second on one thread; a timing harness, not a benchmark (JMH comes with issue #9). Texts are built from the
 * test's own fixture articles (src/test/resources/changes/bases.txt), with a fixed seed.
 */
class AlignmentSpeedMeasureTest {
    private static final int WARM_UP = 500;
    private static final int RUNS = 2000;
    private static final long SEED = 5L;

    @Test
    void measurePairsPerSecondOnSixHundredWordPairs() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/changes/bases.txt"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("@@")) {
                paragraphs.add(line);
            }
        }
        Random random = new Random(SEED);
        Collections.shuffle(paragraphs, random);
        List<String> source = new ArrayList<>();
        int words = 0;
        int next = 0;
        while (words < 600) {
            String p = paragraphs.get(next++);
            source.add(p);
            words += p.split(" ").length;
        }
        List<String> copy = new ArrayList<>();
        for (String p : source) {
            String[] w = p.split(" ");
            w[random.nextInt(w.length)] = "changed";
            copy.add(String.join(" ", w));
        }
        copy.remove(2);
        copy.add(4, paragraphs.get(next));
        Collections.swap(copy, 6, 7);
        Witness a = Witness.ofText("a", String.join("\n", source) + "\n");
        Witness b = Witness.ofText("b", String.join("\n", copy) + "\n");

        AnchoredAligner aligner = new AnchoredAligner();
        RuleChangeClassifier classifier = new RuleChangeClassifier();
        List<Passage> passages = aligner.align(a, b);
        assertFalse(passages.isEmpty());
        for (int i = 0; i < WARM_UP; i++) {
            classifier.classify(a, b, aligner.align(a, b));
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            aligner.align(a, b);
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            classifier.classify(a, b, aligner.align(a, b));
        }
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%d x %d words, %d passages: align %.0f pairs/s (%.1f us/pair); "
                        + "align + type changes %.0f pairs/s (%.1f us/pair), one thread, %d runs%n",
                a.tokens().size(), b.tokens().size(), passages.size(), RUNS / ((t1 - t0) / 1e9),
                (t1 - t0) / 1e3 / RUNS, RUNS / ((t2 - t1) / 1e9), (t2 - t1) / 1e3 / RUNS, RUNS);
    }
}
