package org.stemma.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stemma.align.AnchoredAligner;
import org.stemma.candidates.InvertedAnchorIndex;
import org.stemma.clean.Cleaner;
import org.stemma.clean.CleanerConfig;
import org.stemma.clean.RuleCleaner;
import org.stemma.cluster.AverageLinkClusterer;
import org.stemma.fingerprint.WinnowingFingerprinter;
import org.stemma.provenance.EvidenceProvenanceBuilder;
import org.stemma.provenance.ProvenanceConfig;
import org.stemma.changes.Changes;
import org.stemma.model.Analysis;
import org.stemma.model.Change;
import org.stemma.model.Event;
import org.stemma.model.Passage;
import org.stemma.model.RawArticle;
import org.stemma.model.Story;

class PipelineTest {

    private static final String[] WORDS = ("harbour council strike minister river bridge flood vote budget school "
            + "railway station tariff export grain festival museum hospital doctor nurse court judge appeal "
            + "storm coast ferry island mayor election ballot police protest square market price wage union")
            .split(" ");

    /** A corpus of invented sentences where some articles copy paragraphs of others, with edits. */
    private static List<RawArticle> corpus(long seed, int n) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        List<RawArticle> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text;
            if (i > 0 && random.nextInt(3) == 0) {
                String source = texts.get(random.nextInt(texts.size()));
                String[] words = source.split(" ");
                int cut = Math.max(1, words.length / 3);
                StringBuilder sb = new StringBuilder("Copied report.\n\n");
                for (int w = 0; w < words.length - cut; w++) {
                    sb.append(w % 17 == 5 ? WORDS[random.nextInt(WORDS.length)] : words[w]).append(' ');
                }
                text = sb.toString().strip();
            } else {
                StringBuilder sb = new StringBuilder();
                for (int p = 0; p < 3; p++) {
                    for (int w = 0; w < 40; w++) {
                        sb.append(WORDS[random.nextInt(WORDS.length)]).append(w % 9 == 8 ? ". " : " ");
                    }
                    sb.append("\n\n");
                }
                text = sb.toString().strip();
            }
            texts.add(text);
            articles.add(RawArticle.ofText(String.format("doc-%03d", i), text));
        }
        return articles;
    }

    @Test
    void theResultIsTheSameOnOneThreadAndOnFour() {
        List<RawArticle> raw = corpus(7, 40);
        Analysis one = new Pipeline(new PipelineConfig(1)).analyze(raw, List.of(), ProgressListener.SILENT);
        Analysis four = new Pipeline(new PipelineConfig(4)).analyze(raw, List.of(), ProgressListener.SILENT);
        assertEquals(one, four);
        assertTrue(!one.passages().isEmpty(), "the corpus has copies, so passages are expected");
    }

    @Test
    void streamedChangesAreTheCollectedOnesInOutputOrderAndTheResultHoldsNone() {
        List<RawArticle> raw = corpus(7, 40);
        Pipeline pipeline = new Pipeline(new PipelineConfig(2));
        Analysis collected = pipeline.analyze(raw, List.of(), ProgressListener.SILENT);
        List<Change> streamed = new ArrayList<>();
        Analysis streaming = pipeline.analyze(raw, List.of(), ProgressListener.SILENT, streamed::add);

        assertTrue(collected.changes().size() > 10, "the copies edit words: " + collected.changes().size());
        assertEquals(collected.changes(), streamed);
        List<Change> sorted = new ArrayList<>(streamed);
        sorted.sort(Changes.OUTPUT_ORDER);
        assertEquals(sorted, streamed);
        assertTrue(streaming.changes().isEmpty());
        assertEquals(collected.passages(), streaming.passages());
        assertEquals(collected.edges(), streaming.edges());
    }

    @Test
    void theResultDoesNotDependOnInputOrder() {
        List<RawArticle> raw = corpus(11, 30);
        List<RawArticle> reversed = new ArrayList<>(raw);
        java.util.Collections.reverse(reversed);
        Pipeline pipeline = new Pipeline(new PipelineConfig(2));
        assertEquals(pipeline.analyze(raw, List.of(), ProgressListener.SILENT),
                pipeline.analyze(reversed, List.of(), ProgressListener.SILENT));
    }

    @Test
    void everyArticleIsInExactlyOneEventAndEveryEventInOneStory() {
        List<RawArticle> raw = corpus(3, 25);
        Analysis analysis = new Pipeline(new PipelineConfig(2)).analyze(raw, List.of(), ProgressListener.SILENT);
        assertEquals(raw.size(), analysis.articles().size());
        Set<String> seen = new HashSet<>();
        for (Event e : analysis.events()) {
            for (String id : e.articles()) {
                assertTrue(seen.add(id), id + " in two events");
            }
        }
        assertEquals(raw.size(), seen.size());
        Set<String> eventsInStories = new HashSet<>();
        for (Story s : analysis.stories()) {
            for (String e : s.events()) {
                assertTrue(eventsInStories.add(e), e + " in two stories");
            }
        }
        assertEquals(analysis.events().size(), eventsInStories.size());
    }

    @Test
    void passageOffsetsLieInsideBothOriginals() {
        List<RawArticle> raw = corpus(5, 30);
        Analysis analysis = new Pipeline(new PipelineConfig(2)).analyze(raw, List.of(), ProgressListener.SILENT);
        for (Passage p : analysis.passages()) {
            String a = raw.stream().filter(r -> r.id().equals(p.a())).findFirst().orElseThrow().text();
            String b = raw.stream().filter(r -> r.id().equals(p.b())).findFirst().orElseThrow().text();
            assertTrue(p.inA().end() <= a.length() && p.inB().end() <= b.length(), p.toString());
        }
    }

    @Test
    void anArticleThatMakesAStageFailBecomesAProblemAndTheRestGoOn() {
        List<RawArticle> raw = corpus(13, 6);
        RuleCleaner real = new RuleCleaner(CleanerConfig.defaults());
        Cleaner failsOnThird = article -> {
            if (article.id().equals("doc-002")) {
                throw new IllegalStateException("boom");
            }
            return real.clean(article);
        };
        Pipeline pipeline = new Pipeline(new PipelineConfig(2), failsOnThird, new WinnowingFingerprinter(),
                new InvertedAnchorIndex(), new AnchoredAligner(), new AverageLinkClusterer(),
                new EvidenceProvenanceBuilder(ProvenanceConfig.defaults()));
        Analysis analysis = pipeline.analyze(raw, List.of(), ProgressListener.SILENT);
        assertEquals(5, analysis.articles().size());
        assertEquals(1, analysis.problems().size());
        assertEquals("doc-002", analysis.problems().get(0).articleId().orElseThrow());
        assertTrue(analysis.problems().get(0).message().contains("boom"));
    }

    @Test
    void anEmptyCorpusGivesAnEmptyAnalysis() {
        Analysis analysis = new Pipeline(new PipelineConfig(1)).analyze(List.of(), List.of(), ProgressListener.SILENT);
        assertTrue(analysis.articles().isEmpty() && analysis.events().isEmpty() && analysis.edges().isEmpty());
    }
}
