package org.stemma.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stemma.model.Event;
import org.stemma.model.Story;

class ClustersTest {

    @Test
    void lookupsFindTheEventAndStoryOfAnArticle() {
        Clusters c = new Clusters(
                List.of(new Event("e0001", "s001", List.of("a", "b")), new Event("e0002", "s001", List.of("c"))),
                List.of(new Story("s001", List.of("e0001", "e0002"))));
        assertEquals("e0002", c.eventOf("c").orElseThrow().id());
        assertEquals("s001", c.storyOf("a").orElseThrow().id());
        assertTrue(c.eventOf("zzz").isEmpty());
        assertEquals("e0001", c.eventByArticle().get("b"));
    }

    @Test
    void anArticleInTwoEventsOrAnEventOutsideItsStoryIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Clusters(
                List.of(new Event("e0001", "s001", List.of("a")), new Event("e0002", "s001", List.of("a"))),
                List.of(new Story("s001", List.of("e0001", "e0002")))));
        assertThrows(IllegalArgumentException.class, () -> new Clusters(
                List.of(new Event("e0001", "s002", List.of("a"))), List.of(new Story("s001", List.of("e0001")))));
    }

    @Test
    void randomCorporaArePartitionedCompletely() {
        long seed = 7L;
        Random random = new Random(seed);
        String[] vocabulary = {"river", "bridge", "Orlek", "fire", "stadium", "Brevio", "2024", "vote", "council",
            "the", "and", "\u00e9t\u00e9", "\u4e2d\u6587", "\uFFFD", "x"};
        AverageLinkClusterer clusterer = new AverageLinkClusterer();
        for (int round = 0; round < 30; round++) {
            List<ClusterInput> in = new ArrayList<>();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                StringBuilder text = new StringBuilder();
                int words = random.nextInt(30);
                for (int w = 0; w < words; w++) {
                    text.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
                }
                in.add(AverageLinkClustererTest.input("doc" + i, text.toString(), Optional.empty()));
            }
            Clusters c = clusterer.cluster(in, List.of());
            Set<String> seen = new HashSet<>();
            for (Event e : c.events()) {
                seen.addAll(e.articles());
            }
            assertEquals(n, seen.size(), "seed " + seed + " round " + round);
        }
    }
}
