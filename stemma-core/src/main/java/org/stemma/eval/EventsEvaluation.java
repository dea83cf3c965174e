package org.stemma.eval;

import java.util.Locale;
import java.util.TreeMap;
import java.util.Map;
import org.stemma.cluster.Clusters;

/**
 * Scores predicted events and storylines against gold ones: {@link ClusterScores} at event level (article to
 * event) and at story level (article to story), over the gold articles.
 *
 * @param events scores of the event partition
 * @param stories scores of the storyline partition
 */
public record EventsEvaluation(ClusterScores events, ClusterScores stories) {

    /** Evaluates {@code predicted} against {@code gold}; articles missing from the prediction are singletons. */
    public static EventsEvaluation of(Clusters predicted, GoldClusters gold) {
        return new EventsEvaluation(ClusterScores.of(predicted.eventByArticle(), gold.events()),
                ClusterScores.of(predicted.storyByArticle(), gold.stories()));
    }

    /** A small fixed-width table: one row per level, BCubed P/R/F1, pairwise P/R/F1 and ARI. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-6s %6s %6s %6s %6s %6s %6s %6s %6s%n",
                "level", "items", "B3-P", "B3-R", "B3-F1", "pw-P", "pw-R", "pw-F1", "ARI"));
        row(sb, "event", events);
        row(sb, "story", stories);
        return sb.toString();
    }

    /**
     * The trivial baselines for {@code gold}, in the same table: every article alone, and all articles in one
     * cluster. A system's figures mean something only above both.
     */
    public static String formatBaselines(GoldClusters gold) {
        Map<String, String> alone = new TreeMap<>();
        Map<String, String> together = new TreeMap<>();
        for (String id : gold.events().keySet()) {
            alone.put(id, id);
            together.put(id, "all");
        }
        StringBuilder sb = new StringBuilder();
        row(sb, "alone", ClusterScores.of(alone, gold.events()));
        row(sb, "one", ClusterScores.of(together, gold.events()));
        row(sb, "alone", ClusterScores.of(alone, gold.stories()));
        row(sb, "one", ClusterScores.of(together, gold.stories()));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String level, ClusterScores s) {
        sb.append(String.format(Locale.ROOT, "%-6s %6d %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f%n", level,
                s.items(), s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(), s.pairwisePrecision(),
                s.pairwiseRecall(), s.pairwiseF1(), s.adjustedRand()));
    }
}
