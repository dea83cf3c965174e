package org.stemma.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.stemma.eval.PanCorpus.PanCase;
import org.stemma.model.Span;

/**
 * PAN's detection measures (Potthast, Stein, Barrón-Cedeño, Rosso 2010, "An Evaluation Framework for
 * Plagiarism Detection"): character-level precision and recall, granularity, and
 * {@code plagdet = F1 / log2(1 + granularity)}.
 *
 * <p>A case and a detection are both pairs of spans (suspicious, source) of one document pair; a detection
 * <em>detects</em> a case when it overlaps it in both documents. Characters are counted in both documents.
 * Precision averages over detections the share of their characters inside cases they detect; recall averages
 * over cases the share of their characters inside detections that detect them; granularity is the mean
 * number of detections per detected case. With no detection, precision is 0 by convention.
 *
 * @param cases       gold cases scored
 * @param detections  detections scored
 */
public record PlagdetScores(int cases, int detections, double precision, double recall, double granularity) {

    /** One detection: {@code suspicious[inSuspicious]} said to reuse {@code source[inSource]}. */
    public record Detection(String suspicious, Span inSuspicious, String source, Span inSource) {
    }

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    public double plagdet() {
        return granularity == 0 ? 0 : f1() / (Math.log(1 + granularity) / Math.log(2));
    }

    /** Scores {@code detections} against {@code cases}. */
    public static PlagdetScores of(Collection<PanCase> cases, Collection<Detection> detections) {
        double recallSum = 0;
        long detectedCases = 0;
        long detectionsOfDetected = 0;
        for (PanCase s : cases) {
            List<Span> inSusp = new ArrayList<>();
            List<Span> inSrc = new ArrayList<>();
            int hits = 0;
            for (Detection r : detections) {
                if (detects(r, s)) {
                    hits++;
                    inSusp.add(intersection(r.inSuspicious(), s.inSuspicious()));
                    inSrc.add(intersection(r.inSource(), s.inSource()));
                }
            }
            int size = s.inSuspicious().length() + s.inSource().length();
            if (size > 0) {
                recallSum += (double) (unionLength(inSusp) + unionLength(inSrc)) / size;
            }
            if (hits > 0) {
                detectedCases++;
                detectionsOfDetected += hits;
            }
        }
        double precisionSum = 0;
        for (Detection r : detections) {
            List<Span> inSusp = new ArrayList<>();
            List<Span> inSrc = new ArrayList<>();
            for (PanCase s : cases) {
                if (detects(r, s)) {
                    inSusp.add(intersection(r.inSuspicious(), s.inSuspicious()));
                    inSrc.add(intersection(r.inSource(), s.inSource()));
                }
            }
            int size = r.inSuspicious().length() + r.inSource().length();
            if (size > 0) {
                precisionSum += (double) (unionLength(inSusp) + unionLength(inSrc)) / size;
            }
        }
        double precision = detections.isEmpty() ? 0 : precisionSum / detections.size();
        double recall = cases.isEmpty() ? 0 : recallSum / cases.size();
        double granularity = detectedCases == 0 ? 1 : (double) detectionsOfDetected / detectedCases;
        return new PlagdetScores(cases.size(), detections.size(), precision, recall, granularity);
    }

    static boolean detects(Detection r, PanCase s) {
        return r.suspicious().equals(s.suspicious()) && r.source().equals(s.source())
                && r.inSuspicious().overlaps(s.inSuspicious()) && r.inSource().overlaps(s.inSource());
    }

    private static Span intersection(Span x, Span y) {
        int start = Math.max(x.start(), y.start());
        return new Span(start, Math.max(start, Math.min(x.end(), y.end())));
    }

    private static int unionLength(List<Span> spans) {
        spans.sort(null);
        int total = 0;
        int reach = -1;
        for (Span s : spans) {
            int from = Math.max(s.start(), reach);
            if (s.end() > from) {
                total += s.end() - from;
            }
            reach = Math.max(reach, s.end());
        }
        return total;
    }

    /** One row: label, cases, detections, plagdet, precision, recall, granularity. */
    public String row(String label) {
        return String.format(Locale.ROOT, "%-20s %6d %6d %8.3f %6.3f %6.3f %6.3f", label, cases, detections,
                plagdet(), precision, recall, granularity);
    }

    /** The header of {@link #row}. */
    public static String header() {
        return String.format(Locale.ROOT, "%-20s %6s %6s %8s %6s %6s %6s", "cases", "n", "det", "plagdet", "P",
                "R", "gran");
    }
}
