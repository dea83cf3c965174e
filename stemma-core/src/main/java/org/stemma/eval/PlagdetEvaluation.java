package org.stemma.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.stemma.align.Aligner;
import org.stemma.align.Witness;
import org.stemma.eval.PanCorpus.PanCase;
import org.stemma.eval.PlagdetScores.Detection;
import org.stemma.model.Passage;

/**
 * Runs an aligner on every (suspicious, source) pair of a {@link PanCorpus} and scores its passages as PAN
 * detections: overall and per obfuscation type.
 *
 * <p>Per type, the cases are those of the type and the detections those that detect at least one of them;
 * a detection that overlaps no case counts against precision only in the overall row, as it cannot be given a
 * type.
 *
 * @param overall      all cases, all detections
 * @param byObfuscation per obfuscation type, sorted by name
 * @param pairs        document pairs aligned
 * @param seconds      time spent aligning
 */
public record PlagdetEvaluation(PlagdetScores overall, Map<String, PlagdetScores> byObfuscation, int pairs,
                                double seconds) {

    /** PAN's label of human-written paraphrase cases. */
    public static final String SIMULATED = "simulated";
    /** The row that pools every artificial obfuscation type. */
    public static final String ARTIFICIAL = "artificial (all)";

    public PlagdetEvaluation {
        byObfuscation = Map.copyOf(byObfuscation);
    }

    /**
     * Aligns every pair of the corpus with {@code aligner} (whole texts, tokenized as they are), merges each
     * pair's passages that lie within {@code mergeGapChars} of each other in both texts (in any order: a
     * shuffled copy gives several passages for one case, and PAN's granularity counts them), and scores the
     * result. {@code mergeGapChars = 0} keeps the passages as they are (except overlapping ones).
     */
    public static PlagdetEvaluation run(PanCorpus corpus, Aligner aligner, int mergeGapChars) {
        if (mergeGapChars < 0) {
            throw new IllegalArgumentException("mergeGapChars must not be negative: " + mergeGapChars);
        }
        List<String> suspNames = new ArrayList<>(new TreeMap<>(corpus.suspicious()).keySet());
        List<String> srcNames = new ArrayList<>(new TreeMap<>(corpus.sources()).keySet());
        List<Witness> susp = suspNames.stream().parallel()
                .map(n -> Witness.ofText("s:" + n, corpus.suspicious().get(n))).toList();
        List<Witness> src = srcNames.stream().parallel()
                .map(n -> Witness.ofText("r:" + n, corpus.sources().get(n))).toList();
        long started = System.nanoTime();
        @SuppressWarnings("unchecked")
        List<Detection>[] found = new List[susp.size() * src.size()];
        IntStream.range(0, found.length).parallel().forEach(k -> {
            int i = k / src.size();
            int j = k % src.size();
            List<Detection> out = new ArrayList<>();
            for (Passage p : aligner.align(src.get(j), susp.get(i))) {
                // ids: "r:..." sorts before "s:...", so a is the source
                out.add(new Detection(suspNames.get(i), p.inB(), srcNames.get(j), p.inA()));
            }
            found[k] = merge(out, mergeGapChars);
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Detection> detections = new ArrayList<>();
        for (List<Detection> d : found) {
            detections.addAll(d);
        }
        return of(corpus.cases(), detections, found.length, seconds);
    }

    /**
     * Detections of one document pair merged while two lie within {@code gap} chars of each other in both
     * documents; each merged detection spans the union's extent. Sorted by suspicious span.
     */
    static List<Detection> merge(List<Detection> detections, int gap) {
        List<Detection> work = new ArrayList<>(detections);
        boolean merged = true;
        while (merged) {
            merged = false;
            work.sort(java.util.Comparator.comparing(Detection::inSuspicious).thenComparing(Detection::inSource));
            outer:
            for (int x = 0; x < work.size(); x++) {
                for (int y = x + 1; y < work.size(); y++) {
                    Detection p = work.get(x);
                    Detection q = work.get(y);
                    if (near(p.inSuspicious(), q.inSuspicious(), gap) && near(p.inSource(), q.inSource(), gap)) {
                        work.set(x, new Detection(p.suspicious(), hull(p.inSuspicious(), q.inSuspicious()),
                                p.source(), hull(p.inSource(), q.inSource())));
                        work.remove(y);
                        merged = true;
                        break outer;
                    }
                }
            }
        }
        return work;
    }

    private static boolean near(org.stemma.model.Span x, org.stemma.model.Span y, int gap) {
        return Math.max(x.start(), y.start()) - Math.min(x.end(), y.end()) <= gap;
    }

    private static org.stemma.model.Span hull(org.stemma.model.Span x, org.stemma.model.Span y) {
        return new org.stemma.model.Span(Math.min(x.start(), y.start()), Math.max(x.end(), y.end()));
    }

    /** Scores given detections. */
    public static PlagdetEvaluation of(List<PanCase> cases, List<Detection> detections, int pairs, double seconds) {
        Map<String, List<PanCase>> byType = new TreeMap<>();
        for (PanCase c : cases) {
            byType.computeIfAbsent(c.obfuscation(), k -> new ArrayList<>()).add(c);
            if (!c.obfuscation().equals(SIMULATED)) {
                byType.computeIfAbsent(ARTIFICIAL, k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, PlagdetScores> scores = new TreeMap<>();
        for (Map.Entry<String, List<PanCase>> e : byType.entrySet()) {
            List<Detection> relevant = detections.stream()
                    .filter(d -> e.getValue().stream().anyMatch(c -> PlagdetScores.detects(d, c))).toList();
            scores.put(e.getKey(), PlagdetScores.of(e.getValue(), relevant));
        }
        return new PlagdetEvaluation(PlagdetScores.of(cases, detections), scores, pairs, seconds);
    }

    /** A table: the overall row, then one row per obfuscation type. */
    public String format() {
        StringBuilder sb = new StringBuilder(PlagdetScores.header()).append('\n');
        sb.append(overall.row("overall")).append('\n');
        for (Map.Entry<String, PlagdetScores> e : new TreeMap<>(byObfuscation).entrySet()) {
            sb.append(e.getValue().row(e.getKey())).append('\n');
        }
        return sb.toString();
    }
}
