package org.stemma.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stemma.model.Event;

/** The topic view at story level and the incremental contract of {@link AverageLinkClusterer}. */
class IncrementalClusteringTest {
    private final AverageLinkClusterer clusterer = new AverageLinkClusterer();

    /** The bridge and fire reports of {@code articles.tsv} and the reports of {@code topics.tsv}. */
    static Map<String, ClusterInput> corpus() throws IOException {
        Map<String, ClusterInput> out = AverageLinkClustererTest.fixtures();
        out.remove("both");
        try (InputStream in = IncrementalClusteringTest.class.getResourceAsStream("/cluster/topics.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 3);
                out.put(f[0], AverageLinkClustererTest.input(f[0], f[2], Optional.of(LocalDate.parse(f[1]))));
            }
        }
        return out;
    }

    private static String event(Clusters c, String id) {
        return c.eventOf(id).orElseThrow().id();
    }

    private static String story(Clusters c, String id) {
        return c.storyOf(id).orElseThrow().id();
    }

    @Test
    void twoHappeningsOfOneKindWithNoNameInCommonAreTwoEventsOfOneStoryline() throws IOException {
        Clusters c = clusterer.cluster(new ArrayList<>(corpus().values()), List.of());
        assertNotEquals(event(c, "bridge-1"), event(c, "span-1"), c.toString());
        assertEquals(story(c, "bridge-1"), story(c, "span-1"), c.toString());
        assertNotEquals(story(c, "bridge-1"), story(c, "fire-1"), c.toString());
        assertNotEquals(story(c, "bridge-1"), story(c, "vote-1"), c.toString());
        assertNotEquals(story(c, "vote-1"), story(c, "farm-1"), c.toString());
    }

    @Test
    void oneBatchFromTheEmptyStateIsTheBatchResult() throws IOException {
        List<ClusterInput> all = new ArrayList<>(corpus().values());
        ClusterState s = clusterer.add(ClusterState.empty(), all, List.of());
        assertEquals(clusterer.cluster(all, List.of()), s.clusters());
        assertEquals(all.size(), s.articles().size());
    }

    @Test
    void aSecondBatchJoinsExistingEventsAndStorylinesAndNeverSplitsThem() throws IOException {
        Map<String, ClusterInput> all = corpus();
        List<ClusterInput> first = new ArrayList<>();
        List<ClusterInput> second = new ArrayList<>();
        for (ClusterInput in : all.values()) {
            (in.id().endsWith("-1") || in.id().endsWith("-2") ? first : second).add(in);
        }
        ClusterState one = clusterer.add(ClusterState.empty(), first, List.of());
        ClusterState two = clusterer.add(one, second, List.of());
        for (Event e : one.clusters().events()) {
            String kept = event(two.clusters(), e.articles().get(0));
            for (String a : e.articles()) {
                assertEquals(kept, event(two.clusters(), a), "an earlier event was split: " + e);
            }
        }
        assertEquals(event(two.clusters(), "bridge-1"), event(two.clusters(), "bridge-3"));
        assertEquals(event(two.clusters(), "fire-1"), event(two.clusters(), "fire-3"));
        assertEquals(event(two.clusters(), "span-1"), event(two.clusters(), "span-3"));
        assertEquals(clusterer.cluster(new ArrayList<>(all.values()), List.of()).eventByArticle().size(),
                two.clusters().eventByArticle().size());
    }

    @Test
    void anArticleAlreadyInTheStateCannotBeAddedAgain() throws IOException {
        Map<String, ClusterInput> all = corpus();
        ClusterState s = clusterer.add(ClusterState.empty(), List.of(all.get("fire-1")), List.of());
        assertThrows(IllegalArgumentException.class, () -> clusterer.add(s, List.of(all.get("fire-1")), List.of()));
    }

    @Test
    void aClustererThatHasSeenTheArticlesBeforeGivesWhatAFreshOneGives() throws IOException {
        List<ClusterInput> all = new ArrayList<>(corpus().values());
        List<ClusterInput> first = all.subList(0, all.size() / 2);
        List<ClusterInput> second = all.subList(all.size() / 2, all.size());
        ClusterState warm = clusterer.add(clusterer.add(ClusterState.empty(), first, List.of()), second, List.of());
        AverageLinkClusterer fresh = new AverageLinkClusterer();
        ClusterState cold = fresh.add(new AverageLinkClusterer().add(ClusterState.empty(), first, List.of()), second,
                List.of());
        assertEquals(cold.clusters(), warm.clusters());
        assertEquals(fresh.cluster(all, List.of()), clusterer.cluster(all, List.of()));
    }

    @Test
    void aStateContinuedTwiceGivesTheSameResultBothTimes() throws IOException {
        List<ClusterInput> all = new ArrayList<>(corpus().values());
        List<ClusterInput> first = all.subList(0, all.size() / 3);
        List<ClusterInput> second = all.subList(all.size() / 3, all.size());
        ClusterState one = clusterer.add(ClusterState.empty(), first, List.of());
        // The first continuation takes over the index kept with 'one'; the second must rebuild it from 'one'.
        ClusterState a = clusterer.add(one, second, List.of());
        ClusterState b = clusterer.add(one, second, List.of());
        assertEquals(a.clusters(), b.clusters());
        assertEquals(a.articles(), b.articles());
    }

    @Test
    void threeBatchesGiveTheSameClustersWhetherTheIndexIsKeptOrRebuiltAtEveryStep() throws IOException {
        List<ClusterInput> all = new ArrayList<>(corpus().values());
        int third = all.size() / 3;
        List<List<ClusterInput>> batches = List.of(all.subList(0, third), all.subList(third, 2 * third),
                all.subList(2 * third, all.size()));
        ClusterState warm = ClusterState.empty();
        ClusterState cold = ClusterState.empty();
        for (List<ClusterInput> batch : batches) {
            warm = clusterer.add(warm, batch, List.of());
            // A new clusterer has never seen 'cold', as after a store is reopened.
            cold = new AverageLinkClusterer().add(cold, batch, List.of());
            assertEquals(cold.clusters(), warm.clusters());
        }
    }

    @Test
    void aBatchWithAnIdAlreadyHeldLeavesTheStateUsable() throws IOException {
        Map<String, ClusterInput> all = corpus();
        List<ClusterInput> rest = new ArrayList<>(all.values());
        rest.remove(all.get("fire-1"));
        ClusterState s = clusterer.add(ClusterState.empty(), List.of(all.get("fire-1")), List.of());
        assertThrows(IllegalArgumentException.class, () -> clusterer.add(s, List.of(all.get("fire-1")), List.of()));
        ClusterState next = clusterer.add(s, rest, List.of());
        assertEquals(new AverageLinkClusterer().add(s, rest, List.of()).clusters(), next.clusters());
    }

    @Test
    void twoFightsOfOneChampionAgainstDifferentChallengersAreTwoEventsOnlyThroughTheProtagonistRule()
            throws IOException {
        Map<String, ClusterInput> all = corpus();
        try (InputStream in = IncrementalClusteringTest.class.getResourceAsStream("/cluster/protagonists.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t", 3);
                    all.put(f[0], AverageLinkClustererTest.input(f[0], f[2], Optional.empty()));
                }
            }
        }
        List<ClusterInput> inputs = new ArrayList<>(all.values());
        Clusters c = clusterer.cluster(inputs, List.of());
        assertEquals(event(c, "fight-a1"), event(c, "fight-a2"), c.toString());
        assertEquals(event(c, "fight-b1"), event(c, "fight-b2"), c.toString());
        assertNotEquals(event(c, "fight-a1"), event(c, "fight-b1"), c.toString());
        assertEquals(story(c, "fight-a1"), story(c, "fight-b1"), c.toString());
        // Without the rule the shared champion, city and vocabulary make the two fights one event.
        Clusters off = new AverageLinkClusterer(AverageLinkConfig.defaults().withProtagonistConflict(0))
                .cluster(inputs, List.of());
        assertEquals(event(off, "fight-a1"), event(off, "fight-b1"), off.toString());
    }
}
