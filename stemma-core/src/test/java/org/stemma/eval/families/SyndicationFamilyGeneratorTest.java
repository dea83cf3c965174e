package org.stemma.eval.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.eval.ProvenanceTruth;
import org.stemma.model.RawArticle;

class SyndicationFamilyGeneratorTest {
    @TempDir
    Path dir;

    /** A pool of made-up articles: sentences of random words from a small vocabulary, no two alike. */
    private static List<RawArticle> pool(int n) {
        String[] words = ("council harbour bridge ferry tunnel winter budget mayor river school market station "
                + "engineer report vote road storm museum library festival tram island canal farmer").split(" ");
        SplittableRandom r = new SplittableRandom(7);
        List<RawArticle> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 16; s++) {
                text.append("The");
                for (int w = 0; w < 18; w++) {
                    text.append(' ').append(words[r.nextInt(words.length)]);
                }
                text.append(" number ").append(i * 100 + s).append(".\n");
            }
            out.add(RawArticle.ofText(String.format(Locale.ROOT, "p%03d", i), text.toString()));
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        List<RawArticle> pool = pool(80);
        GeneratedFamilies a = new SyndicationFamilyGenerator(FamilyConfig.defaults(12, 3)).generate(pool);
        GeneratedFamilies b = new SyndicationFamilyGenerator(FamilyConfig.defaults(12, 3)).generate(pool);
        GeneratedFamilies c = new SyndicationFamilyGenerator(FamilyConfig.defaults(12, 4)).generate(pool);
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void everyParentIsInTheCorpusOrALostSourceWithTwoOrMoreWitnessesLeftOut() throws Exception {
        GeneratedFamilies g = new SyndicationFamilyGenerator(FamilyConfig.defaults(20, 11)).generate(pool(100));
        Set<String> ids = new HashSet<>();
        g.articles().forEach(a -> ids.add(a.id()));
        assertEquals(ids.size(), g.truth().articles().size());
        int roots = 0;
        for (ProvenanceTruth.Lineage l : g.truth().articles()) {
            assertTrue(ids.contains(l.id()));
            if (l.parent().isEmpty()) {
                roots++;
            } else if (l.parentIsLost()) {
                assertFalse(ids.contains(l.parent().get()), "a lost source is in the corpus: " + l);
            } else {
                assertTrue(ids.contains(l.parent().get()), l.toString());
                assertEquals(l.family(), g.truth().find(l.parent().get()).orElseThrow().family());
            }
        }
        Map<String, Set<String>> lost = g.truth().lostSources();
        assertFalse(lost.isEmpty(), "20 families and no lost original");
        lost.values().forEach(w -> assertTrue(w.size() >= 2, w.toString()));
        assertTrue(roots + lost.size() == 20, roots + " roots and " + lost.size() + " lost for 20 families");
        FamilyCorpusWriter.write(g, dir);
        assertEquals(g.truth(), ProvenanceTruth.read(dir.resolve("truth.tsv")));
        assertEquals(g.articles().size(), Files.readAllLines(dir.resolve("corpus.jsonl")).size());
    }

    @Test
    void aWireSizedStarHasManyCopiesOfTheOriginalEachFromAnotherOutlet() {
        GeneratedFamilies g = new SyndicationFamilyGenerator(FamilyConfig.defaults(20, 5).withStarCopies(8))
                .generate(pool(100));
        Map<String, String> outletOf = new HashMap<>();
        g.articles().forEach(a -> outletOf.put(a.id(), a.outlet().orElseThrow()));
        Map<String, Integer> copiesOf = new HashMap<>();
        Map<String, Set<String>> outletsOf = new HashMap<>();
        Map<String, Integer> sizeOf = new HashMap<>();
        for (ProvenanceTruth.Lineage l : g.truth().articles()) {
            l.parent().ifPresent(p -> copiesOf.merge(p, 1, Integer::sum));
            sizeOf.merge(l.family(), 1, Integer::sum);
            assertTrue(outletsOf.computeIfAbsent(l.family(), f -> new HashSet<>()).add(outletOf.get(l.id())),
                    "two articles of family " + l.family() + " from one outlet");
        }
        int stars = 0;
        for (ProvenanceTruth.Lineage l : g.truth().articles()) {
            int copies = copiesOf.getOrDefault(l.id(), 0);
            assertTrue(copies <= 16, copies + " copies of " + l.id());
            if (l.parent().isEmpty() && copies >= 8 && copies == sizeOf.get(l.family()) - 1) {
                stars++;
            }
        }
        assertTrue(stars > 0, "no star of 8 to 16 copies in 20 families");
        assertTrue(g.truth().articles().size() > new SyndicationFamilyGenerator(FamilyConfig.defaults(20, 5))
                .generate(pool(100)).truth().articles().size());
    }

    @Test
    void starCopiesOutsideTheRangeAreRefused() {
        FamilyConfig d = FamilyConfig.defaults(5, 1);
        assertThrows(IllegalArgumentException.class, () -> d.withStarCopies(-1));
        assertThrows(IllegalArgumentException.class,
                () -> d.withStarCopies(FamilyConfig.MAX_STAR_COPIES + 1));
        assertEquals(d, d.withStarCopies(0));
    }

    /** Lines of copies that are a line of their parent with exactly one word replaced (same length). */
    private static int substitutedLines(GeneratedFamilies g) {
        Map<String, String> text = new HashMap<>();
        g.articles().forEach(a -> text.put(a.id(), a.text()));
        int n = 0;
        for (ProvenanceTruth.Lineage l : g.truth().articles()) {
            String parent = l.parent().map(text::get).orElse(null);
            if (parent == null) {
                continue;
            }
            for (String line : text.get(l.id()).split("\n")) {
                String[] w = line.split(" ");
                for (String p : parent.split("\n")) {
                    String[] v = p.split(" ");
                    int differ = 0;
                    for (int i = 0; v.length == w.length && i < w.length; i++) {
                        differ += w[i].equals(v[i]) ? 0 : 1;
                    }
                    if (v.length == w.length && differ == 1) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    @Test
    void substitutionsReplaceWordsOnlyWhenAskedForAndLeaveTheDefaultCorpusAsItWas() {
        List<RawArticle> pool = pool(100);
        FamilyConfig d = FamilyConfig.defaults(20, 9);
        GeneratedFamilies plain = new SyndicationFamilyGenerator(d).generate(pool);
        assertEquals(plain, new SyndicationFamilyGenerator(d.withSubstitutions(0)).generate(pool));
        assertEquals(0, substitutedLines(plain));
        assertTrue(substitutedLines(new SyndicationFamilyGenerator(d.withSubstitutions(1)).generate(pool)) > 10);
        assertThrows(IllegalArgumentException.class, () -> d.withSubstitutions(1.5));
    }
}
