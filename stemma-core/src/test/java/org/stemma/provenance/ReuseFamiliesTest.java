package org.stemma.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.stemma.provenance.Fixtures.article;
import static org.stemma.provenance.Fixtures.stated;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stemma.model.Article;
import org.stemma.model.Edit;
import org.stemma.model.EditOp;
import org.stemma.model.Passage;
import org.stemma.model.PublicationDate;
import org.stemma.model.Span;

class ReuseFamiliesTest {
    private final ProvenanceBuilder builder = new EvidenceProvenanceBuilder(ProvenanceConfig.defaults());

    /** Several unlinked families and loners in one corpus, their ids interleaved. */
    private static List<Article> articles(Random random, int groups, int perGroup) {
        List<Article> out = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            for (int i = 0; i < perGroup; i++) {
                StringBuilder text = new StringBuilder("Headline " + g + " " + i + "\n\n");
                int words = 40 + random.nextInt(150);
                for (int w = 0; w < words; w++) {
                    text.append("g").append(g).append('x').append(random.nextInt(40))
                            .append(w % 13 == 12 ? ".\n\n" : " ");
                }
                PublicationDate date = random.nextBoolean() ? PublicationDate.UNKNOWN
                        : stated("2022-05-" + (10 + random.nextInt(9)));
                // ids interleave the groups, so a family is not a run of consecutive ids
                out.add(article(String.format("a%02d-%d", i, g), text.toString().strip(), date));
            }
        }
        return out;
    }

    private static Passage passage(Random random, Article x, Article y) {
        Span bx = x.body().get(0);
        Span by = y.body().get(0);
        Span inA = Span.of(bx.start() + random.nextInt(Math.max(1, bx.length() / 3)), x.body().get(x.body().size() - 1).end());
        Span inB = Span.of(by.start() + random.nextInt(Math.max(1, by.length() / 3)), y.body().get(y.body().size() - 1).end());
        int mid = (inA.start() + inA.end()) / 2;
        List<Edit> edits = List.of(new Edit(EditOp.EQUAL, Span.of(inA.start(), mid), inB),
                new Edit(EditOp.DELETE, Span.of(mid, inA.end()), Span.at(inB.end())));
        return x.id().compareTo(y.id()) < 0 ? new Passage(x.id(), y.id(), inA, inB, random.nextDouble(), edits)
                : new Passage(y.id(), x.id(), inB, inA, random.nextDouble(), reversed(edits));
    }

    private static List<Edit> reversed(List<Edit> edits) {
        return edits.stream().map(e -> new Edit(e.op().reversed(), e.b(), e.a())).toList();
    }

    @Test
    void buildingFamilyByFamilyGivesWhatOneCallGives() {
        for (long seed = 1; seed <= 25; seed++) {
            Random random = new Random(seed);
            int groups = 2 + random.nextInt(4);
            int perGroup = 2 + random.nextInt(5);
            List<Article> articles = articles(random, groups, perGroup);
            List<Passage> passages = new ArrayList<>();
            for (int g = 0; g < groups - 1; g++) { // the last group's articles stay loners
                for (int k = 0; k < perGroup; k++) {
                    int i = random.nextInt(perGroup);
                    int j = random.nextInt(perGroup);
                    if (i != j) {
                        passages.add(passage(random, articles.get(g * perGroup + i), articles.get(g * perGroup + j)));
                    }
                }
            }
            Collections.shuffle(passages, random);
            List<ReuseFamilies.Family> families = ReuseFamilies.of(articles, passages);
            List<Provenance> parts = new ArrayList<>();
            for (ReuseFamilies.Family f : families) {
                parts.add(builder.build(f.articles(), f.passages()));
            }
            String context = "seed " + seed;
            assertEquals(builder.build(articles, passages), ReuseFamilies.merge(parts), context);
            assertEquals(passages.size(), families.stream().mapToInt(f -> f.passages().size()).sum(), context);
            for (int f = 1; f < families.size(); f++) {
                assertFalse(families.get(f - 1).articles().get(0).id()
                        .compareTo(families.get(f).articles().get(0).id()) > 0, context + ": families out of order");
            }
        }
    }

    @Test
    void lonersBelongToNoFamilyAndChainsToOne() {
        Random random = new Random(7);
        List<Article> articles = articles(random, 1, 4);
        // a chain a00 - a01 - a02, and a03 alone
        List<Passage> passages = List.of(passage(random, articles.get(0), articles.get(1)),
                passage(random, articles.get(1), articles.get(2)));
        List<ReuseFamilies.Family> families = ReuseFamilies.of(articles, passages);
        assertEquals(1, families.size());
        assertEquals(List.of("a00-0", "a01-0", "a02-0"),
                families.get(0).articles().stream().map(Article::id).toList());
    }

    @Test
    void badInputIsRefusedAsTheBuilderRefusesIt() {
        Random random = new Random(3);
        List<Article> articles = articles(random, 1, 3);
        Passage stray = passage(random, articles.get(0), articles.get(1));
        assertThrows(IllegalArgumentException.class, () -> ReuseFamilies.of(articles.subList(0, 1), List.of(stray)));
        List<Article> twice = new ArrayList<>(articles);
        twice.add(articles.get(0));
        assertThrows(IllegalArgumentException.class, () -> ReuseFamilies.of(twice, List.of()));
    }
}
