package org.stemma.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stemma.fingerprint.TokenSequence;
import org.stemma.fingerprint.WordTokenizer;
import org.stemma.model.Event;
import org.stemma.model.Passage;
import org.stemma.model.Span;

class AverageLinkClustererTest {
    private static final WordTokenizer TOKENIZER = new WordTokenizer();
    private final AverageLinkClusterer clusterer = new AverageLinkClusterer();

    /** The fixture articles by id: two clear groups (bridge, fire) and one article that reports both. */
    static Map<String, ClusterInput> fixtures() throws IOException {
        Map<String, ClusterInput> out = new LinkedHashMap<>();
        try (InputStream in = AverageLinkClustererTest.class.getResourceAsStream("/cluster/articles.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 3);
                Optional<LocalDate> date = f[1].equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(f[1]));
                out.put(f[0], input(f[0], f[2], date));
            }
        }
        return out;
    }

    static ClusterInput input(String id, String text, Optional<LocalDate> date) {
        return new ClusterInput(id, TOKENIZER.tokenize(text), date, Optional.empty(), Optional.of(text));
    }

    private static List<ClusterInput> pick(Map<String, ClusterInput> all, String... ids) {
        List<ClusterInput> out = new ArrayList<>();
        for (String id : ids) {
            out.add(all.get(id));
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
    void reportsOfOneHappeningFormOneEventAndDifferentTopicsStayApart() throws IOException {
        Clusters c = clusterer.cluster(pick(fixtures(), "bridge-1", "bridge-2", "bridge-3", "fire-1", "fire-2",
                "fire-3"), List.of());
        assertEquals(2, c.events().size(), c.toString());
        assertEquals(event(c, "bridge-1"), event(c, "bridge-3"));
        assertEquals(event(c, "fire-1"), event(c, "fire-3"));
        assertNotEquals(story(c, "bridge-1"), story(c, "fire-1"));
        assertEquals(List.of("e0001", "e0002"), c.events().stream().map(Event::id).toList());
        assertEquals("e0001", event(c, "bridge-2"), "events are numbered by their smallest article id");
        assertEquals(List.of("s001", "s002"), c.stories().stream().map(s -> s.id()).toList());
    }

    @Test
    void identicalAndNearIdenticalArticlesEndInOneEvent() {
        String text = "Flood water rose through the old town of Marsden overnight after the Kelvey dam spilled, "
                + "and 300 residents spent the night in the sports hall.";
        Clusters c = clusterer.cluster(List.of(input("a", text, Optional.empty()), input("b", text, Optional.empty()),
                input("c", text.replace("300", "about 300").replace("overnight", "during the night"),
                        Optional.empty())), List.of());
        assertEquals(1, c.events().size(), c.toString());
    }

    @Test
    void oneArticleSimilarToTwoGroupsDoesNotChainThem() throws IOException {
        Map<String, ClusterInput> all = fixtures();
        // The premise: on its own, the ambiguous article is close enough to either group to join it, so single
        // linkage would chain the two groups through it.
        Clusters withBridge = clusterer.cluster(pick(all, "both", "bridge-1", "bridge-2", "bridge-3"), List.of());
        assertEquals(event(withBridge, "both"), event(withBridge, "bridge-1"), "premise: close to the bridge group");
        Clusters withFire = clusterer.cluster(pick(all, "both", "fire-1", "fire-2", "fire-3"), List.of());
        assertEquals(event(withFire, "both"), event(withFire, "fire-1"), "premise: close to the fire group");
        Clusters c = clusterer.cluster(new ArrayList<>(all.values()), List.of());
        assertNotEquals(event(c, "bridge-1"), event(c, "fire-1"), c.toString());
        for (String b : List.of("bridge-1", "bridge-2", "bridge-3")) {
            assertEquals(event(c, "bridge-1"), event(c, b));
        }
        for (String f : List.of("fire-1", "fire-2", "fire-3")) {
            assertEquals(event(c, "fire-1"), event(c, f));
        }
        String mixed = event(c, "both");
        assertFalse(mixed.equals(event(c, "bridge-1")) && mixed.equals(event(c, "fire-1")));
        assertNotEquals(story(c, "bridge-1"), story(c, "fire-1"), "the ambiguous article must not chain stories");
    }

    /** The passage from a's "shared0" to its end, the same words at the end of b. */
    private static Passage sharedEnds(String a, String b) {
        return new Passage("a", "b", new Span(a.indexOf("shared0"), a.length() - 1),
                new Span(b.indexOf("shared0"), b.length() - 1), 1.0, List.of());
    }

    @Test
    void aSubstantialSharedPassageJoinsArticlesWithLittleElseInCommon() {
        String copied = words("shared", 45);
        String a = words("harbour", 300) + copied;
        String b = words("strike", 300) + copied;
        ClusterInput ia = input("a", a, Optional.empty());
        ClusterInput ib = input("b", b, Optional.empty());
        ClusterInput ic = input("c", words("weather", 50), Optional.empty());
        Clusters without = clusterer.cluster(List.of(ia, ib, ic), List.of());
        assertEquals(3, clustersOf(without, "a", "b", "c"), "45 shared words of 345 are not enough on their own");
        Passage p = sharedEnds(a, b);
        Clusters with = clusterer.cluster(List.of(ia, ib, ic), List.of(p));
        assertEquals(event(with, "a"), event(with, "b"));
        assertNotEquals(event(with, "a"), event(with, "c"));
    }

    @Test
    void aPassageToAnEarlierArticleCountsThroughTheTokensTheCallerGives() {
        String copied = words("shared", 45);
        String a = words("harbour", 300) + copied;
        String b = words("strike", 300) + copied;
        ClusterInput ia = input("a", a, Optional.empty());
        ClusterInput ib = input("b", b, Optional.empty());
        Passage p = sharedEnds(a, b);
        ClusterState first = clusterer.add(ClusterState.empty(), List.of(ia), List.of());
        // the state keeps terms, not tokens: the earlier end's tokens must come with the batch
        assertEquals(List.of(clusterer.terms(ia)), first.articles());
        assertThrows(IllegalArgumentException.class, () -> clusterer.add(first, List.of(ib), List.of(p)));
        ClusterState second = clusterer.add(first, List.of(ib), List.of(p), Map.of("a", ia.tokens()));
        assertEquals(event(second.clusters(), "a"), event(second.clusters(), "b"));
        // the refused call left the state usable, and a state read back (not returned by this clusterer) agrees
        ClusterState cold = new AverageLinkClusterer().add(new ClusterState(first.articles(), first.clusters()),
                List.of(ib), List.of(p), Map.of("a", ia.tokens()));
        assertEquals(second.clusters(), cold.clusters());
    }

    /** {@code count} distinct invented words {@code prefix0 prefix1 ...}, each followed by a space. */
    private static String words(String prefix, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(prefix).append(i).append(' ');
        }
        return sb.toString();
    }

    private static int clustersOf(Clusters c, String... ids) {
        Set<String> events = new HashSet<>();
        for (String id : ids) {
            events.add(event(c, id));
        }
        return events.size();
    }

    @Test
    void publicationTimeSeparatesSimilarArticlesOnlyWhenBothDatesAreKnown() {
        String x = "Voters in the Lantry district elect a new council as turnout falls to a record low and the "
                + "Green Harbour party wins most seats on the council.";
        String y = "The Green Harbour party won most council seats in Lantry district elections where voter "
                + "turnout fell to a record low.";
        Clusters undated = clusterer.cluster(List.of(input("x", x, Optional.empty()),
                input("y", y, Optional.of(LocalDate.of(2020, 5, 1)))), List.of());
        assertEquals(event(undated, "x"), event(undated, "y"), "one missing date is no penalty");
        Clusters close = clusterer.cluster(List.of(input("x", x, Optional.of(LocalDate.of(2020, 5, 2))),
                input("y", y, Optional.of(LocalDate.of(2020, 5, 1)))), List.of());
        assertEquals(event(close, "x"), event(close, "y"));
        Clusters far = clusterer.cluster(List.of(input("x", x, Optional.of(LocalDate.of(2024, 5, 2))),
                input("y", y, Optional.of(LocalDate.of(2020, 5, 1)))), List.of());
        assertNotEquals(event(far, "x"), event(far, "y"), "four years apart is another election");
    }

    @Test
    void emptyAndStopwordOnlyArticlesBecomeSingletonsWithoutCrashing() {
        ClusterInput empty = new ClusterInput("empty", TokenSequence.of(new String[0], new int[0], new int[0]),
                Optional.empty(), Optional.empty());
        ClusterInput stop = input("stop", "the and of it was", Optional.empty());
        ClusterInput junk = input("junk", "\u0000\uFFFD\uD83D\uDE00 ###", Optional.empty());
        Clusters c = clusterer.cluster(List.of(empty, stop, junk), List.of());
        assertEquals(3, c.events().size());
        assertEquals(3, c.stories().size());
        assertTrue(clusterer.cluster(List.of(), List.of()).events().isEmpty());
    }

    @Test
    void theSamePartitionWhateverTheInputOrder() throws IOException {
        List<ClusterInput> all = new ArrayList<>(fixtures().values());
        all.add(input("short-1", "Orlek bridge collapse", Optional.empty()));
        all.add(input("short-2", "Brevio stadium fire", Optional.empty()));
        Clusters reference = clusterer.cluster(all, List.of());
        Random random = new Random(20240304L);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(all, random);
            assertEquals(reference, clusterer.cluster(all, List.of()), "order " + all.stream().map(ClusterInput::id).toList());
        }
    }

    @Test
    void aFourArticleCorpusStillFindsItsTwoEvents() throws IOException {
        Clusters c = clusterer.cluster(pick(fixtures(), "bridge-1", "bridge-2", "fire-1", "fire-2"), List.of());
        assertEquals(2, c.events().size(), c.toString());
        assertEquals(event(c, "bridge-1"), event(c, "bridge-2"));
        assertEquals(event(c, "fire-1"), event(c, "fire-2"));
    }

    @Test
    void headlinesJoinOnSharedDetailsButNotOnOneCommonWord() {
        Clusters c = clusterer.cluster(List.of(
                input("h1", "Fire destroys Castellane stadium stand in Brevio", Optional.empty()),
                input("h2", "Brevio: Castellane stadium stand destroyed by fire", Optional.empty()),
                input("h3", "Fire season starts early in southern forests", Optional.empty()),
                input("h4", "Parliament passes budget after long night", Optional.empty())), List.of());
        assertEquals(event(c, "h1"), event(c, "h2"), c.toString());
        assertNotEquals(event(c, "h1"), event(c, "h3"));
        assertNotEquals(story(c, "h1"), story(c, "h3"), "one shared word is coincidence");
        assertNotEquals(event(c, "h1"), event(c, "h4"));
    }

    @Test
    void duplicateIdsAreMisuse() {
        ClusterInput a = input("a", "some words here", Optional.empty());
        assertThrows(IllegalArgumentException.class, () -> clusterer.cluster(List.of(a, a), List.of()));
    }
}
