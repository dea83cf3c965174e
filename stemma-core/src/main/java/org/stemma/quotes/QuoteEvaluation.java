package org.stemma.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.stemma.model.Quote;
import org.stemma.model.QuoteKind;
import org.stemma.model.Span;

/**
 * Scores extracted quotations against hand labels: precision, recall and speaker accuracy.
 *
 * <p>Matching rule: a predicted and a labelled quotation of the same article match when their spans share at
 * least half of the shorter one's chars; pairs are matched one to one, greediest overlap first (ties by
 * position). Precision = matched predictions / predictions; recall = matched labels / labels (also per labelled
 * kind). Speaker accuracy over matched pairs: right when the predicted mention overlaps the labelled mention,
 * or the normalised names are equal or share their last word (case-insensitive); when the label has no
 * speaker, right when the prediction has none either.
 */
public final class QuoteEvaluation {
    /** A labelled quotation; {@code speaker} and {@code speakerName} are empty for an implicit speaker. */
    public record Label(String articleId, Span quote, Optional<Span> speaker, Optional<String> speakerName,
                        QuoteKind kind) {
    }

    private final int labels;
    private final int predictions;
    private final int matched;
    private final int speakersRight;
    private final Map<QuoteKind, int[]> byKind;

    private QuoteEvaluation(int labels, int predictions, int matched, int speakersRight,
                            Map<QuoteKind, int[]> byKind) {
        this.labels = labels;
        this.predictions = predictions;
        this.matched = matched;
        this.speakersRight = speakersRight;
        this.byKind = byKind;
    }

    /**
     * Reads a label file: TSV with a header, columns {@code id, quote_start, quote_end, speaker_start,
     * speaker_end, speaker_name, kind}; kind {@code none} (other fields empty) lists an article without
     * quotations. Returns the labels of every listed article, by id, sorted.
     *
     * @throws IOException when the file cannot be read or a row is malformed (the message names the line)
     */
    public static Map<String, List<Label>> readLabels(Path tsv) throws IOException {
        Map<String, List<Label>> out = new TreeMap<>();
        try (BufferedReader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                number++;
                if (number == 1 || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 7) {
                    throw new IOException(tsv + ":" + number + ": expected 7 tab-separated fields");
                }
                List<Label> list = out.computeIfAbsent(f[0], k -> new ArrayList<>());
                if (f[6].equals("none")) {
                    continue;
                }
                try {
                    Span quote = new Span(Integer.parseInt(f[1]), Integer.parseInt(f[2]));
                    Optional<Span> speaker = f[3].isEmpty() ? Optional.empty()
                            : Optional.of(new Span(Integer.parseInt(f[3]), Integer.parseInt(f[4])));
                    Optional<String> name = f[5].isEmpty() ? Optional.empty() : Optional.of(f[5]);
                    list.add(new Label(f[0], quote, speaker, name,
                            QuoteKind.valueOf(f[6].toUpperCase(Locale.ROOT))));
                } catch (IllegalArgumentException e) {
                    throw new IOException(tsv + ":" + number + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    /** Scores {@code predicted} (by article id) on the articles that {@code gold} lists. */
    public static QuoteEvaluation of(Map<String, List<Label>> gold, Map<String, List<Quote>> predicted) {
        int labels = 0;
        int predictions = 0;
        int matched = 0;
        int right = 0;
        Map<QuoteKind, int[]> byKind = new EnumMap<>(QuoteKind.class);
        for (Map.Entry<String, List<Label>> e : gold.entrySet()) {
            List<Label> g = e.getValue();
            List<Quote> p = predicted.getOrDefault(e.getKey(), List.of());
            labels += g.size();
            predictions += p.size();
            for (Label l : g) {
                byKind.computeIfAbsent(l.kind(), k -> new int[2])[0]++;
            }
            List<int[]> pairs = new ArrayList<>();
            for (int i = 0; i < g.size(); i++) {
                for (int j = 0; j < p.size(); j++) {
                    Span a = g.get(i).quote();
                    Span b = p.get(j).span();
                    int overlap = a.overlap(b);
                    if (overlap * 2 >= Math.min(a.length(), b.length()) && overlap > 0) {
                        pairs.add(new int[] {i, j, overlap * 1000 / Math.max(a.length(), b.length())});
                    }
                }
            }
            pairs.sort((x, y) -> x[2] != y[2] ? Integer.compare(y[2], x[2])
                    : x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
            boolean[] usedG = new boolean[g.size()];
            boolean[] usedP = new boolean[p.size()];
            for (int[] pair : pairs) {
                if (usedG[pair[0]] || usedP[pair[1]]) {
                    continue;
                }
                usedG[pair[0]] = true;
                usedP[pair[1]] = true;
                matched++;
                Label l = g.get(pair[0]);
                byKind.get(l.kind())[1]++;
                if (speakerRight(l, p.get(pair[1]))) {
                    right++;
                }
            }
        }
        return new QuoteEvaluation(labels, predictions, matched, right, byKind);
    }

    private static final java.util.regex.Pattern MARKED = java.util.regex.Pattern.compile(
            "\"([^\"\n]+)\"|\u201C([^\u201D\n]+)\u201D|``([^\n]+?)''");

    /**
     * A trivial baseline: every stretch between a pair of quotation marks on one body line is a direct quotation
     * without speaker; no reported speech. What quotation marks alone give.
     */
    public static List<Quote> marksOnly(org.stemma.model.Article article) {
        List<Quote> out = new ArrayList<>();
        String text = article.text();
        for (Span seg : article.body()) {
            java.util.regex.Matcher m = MARKED.matcher(text).region(seg.start(), seg.end());
            while (m.find()) {
                int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
                if (m.end(g) > m.start(g)) {
                    out.add(new Quote(article.id(), new Span(m.start(g), m.end(g)), QuoteKind.DIRECT,
                            Optional.empty()));
                }
            }
        }
        return out;
    }

    static boolean speakerRight(Label l, Quote q) {
        if (l.speaker().isEmpty() && l.speakerName().isEmpty()) {
            return q.speaker().isEmpty();
        }
        if (q.speaker().isEmpty()) {
            return false;
        }
        if (l.speaker().isPresent() && l.speaker().get().overlaps(q.speaker().get().mention())) {
            return true;
        }
        String gold = l.speakerName().orElse("").toLowerCase(Locale.ROOT).trim();
        String predicted = q.speaker().get().name().toLowerCase(Locale.ROOT).trim();
        return !gold.isEmpty() && (gold.equals(predicted) || lastWord(gold).equals(lastWord(predicted)));
    }

    private static String lastWord(String s) {
        String[] words = s.split("[\\s.]+");
        return words.length == 0 ? "" : words[words.length - 1];
    }

    public int labels() {
        return labels;
    }

    public int predictions() {
        return predictions;
    }

    public int matched() {
        return matched;
    }

    public double precision() {
        return predictions == 0 ? 0 : (double) matched / predictions;
    }

    public double recall() {
        return labels == 0 ? 0 : (double) matched / labels;
    }

    /** Right speakers among matched quotations. */
    public double speakerAccuracy() {
        return matched == 0 ? 0 : (double) speakersRight / matched;
    }

    /** A small table: counts, precision, recall, F1, speaker accuracy, recall per labelled kind. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        double f1 = precision() + recall() == 0 ? 0 : 2 * precision() * recall() / (precision() + recall());
        sb.append(String.format(Locale.ROOT, "labels %d, predictions %d, matched %d%n", labels, predictions, matched));
        sb.append(String.format(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f  speaker accuracy %.3f (%d/%d)%n",
                precision(), recall(), f1, speakerAccuracy(), speakersRight, matched));
        for (Map.Entry<QuoteKind, int[]> e : byKind.entrySet()) {
            int[] c = e.getValue();
            sb.append(String.format(Locale.ROOT, "  %-8s labels %3d  recall %.3f%n", e.getKey().label(), c[0],
                    c[0] == 0 ? 0 : (double) c[1] / c[0]));
        }
        return sb.toString();
    }
}
