package org.stemma.provenance;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stemma.fingerprint.TokenSequence;
import org.stemma.fingerprint.WordTokenizer;
import org.stemma.model.Article;
import org.stemma.model.Edit;
import org.stemma.model.EditOp;
import org.stemma.model.Origin;
import org.stemma.model.Passage;
import org.stemma.model.PublicationDate;
import org.stemma.model.RawArticle;
import org.stemma.model.Span;

/** Builds articles and passages for provenance tests, standing in for the clean and align stages. */
final class Fixtures {
    private static final WordTokenizer TOKENIZER = new WordTokenizer();

    private Fixtures() {
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/provenance/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PublicationDate stated(String iso) {
        return PublicationDate.stated(LocalDate.parse(iso), Optional.empty());
    }

    static PublicationDate bounded(String iso) {
        return PublicationDate.bounded(LocalDate.parse(iso), Optional.empty());
    }

    /** An article whose first paragraph is its title and whose other paragraphs are its body. */
    static Article article(String id, String text, PublicationDate date, Optional<String> outlet) {
        RawArticle raw = new RawArticle(id, text, outlet, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), new Origin(id, 0), 0);
        List<Span> paragraphs = paragraphs(text);
        Span title = paragraphs.get(0);
        return new Article(raw, paragraphs.subList(1, paragraphs.size()), List.of(), Optional.of(title.of(text)),
                Optional.of(title), "en", date);
    }

    static Article article(String id, String text, PublicationDate date) {
        return article(id, text, date, Optional.empty());
    }

    static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf("\n\n", at);
            if (end < 0) {
                end = text.length();
            }
            int s = at;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(Span.of(s, e));
            }
            at = end + 2;
        }
        return out;
    }

    /**
     * One passage over the two bodies from the first to the last word they share, with a word diff as its
     * edit script: a stand-in for the align stage. {@code x}'s id must sort before {@code y}'s.
     */
    static Passage align(Article x, Article y) {
        TokenSequence tx = TOKENIZER.tokenize(x.text(), x.body());
        TokenSequence ty = TOKENIZER.tokenize(y.text(), y.body());
        List<String> wx = terms(tx);
        List<String> wy = terms(ty);
        List<int[]> segments = new ArrayList<>();
        int ai = 0;
        int bi = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(wx, wy).getDeltas()) {
            int as = d.getSource().getPosition();
            int bs = d.getTarget().getPosition();
            if (as > ai) {
                segments.add(new int[] {EditOp.EQUAL.ordinal(), ai, as, bi, bs});
            }
            int ae = as + d.getSource().size();
            int be = bs + d.getTarget().size();
            EditOp op = ae == as ? EditOp.INSERT : be == bs ? EditOp.DELETE : EditOp.SUBSTITUTE;
            segments.add(new int[] {op.ordinal(), as, ae, bs, be});
            ai = ae;
            bi = be;
        }
        if (ai < wx.size()) {
            segments.add(new int[] {EditOp.EQUAL.ordinal(), ai, wx.size(), bi, wy.size()});
        }
        while (!segments.isEmpty() && segments.get(0)[0] != EditOp.EQUAL.ordinal()) {
            segments.remove(0);
        }
        while (!segments.isEmpty() && segments.get(segments.size() - 1)[0] != EditOp.EQUAL.ordinal()) {
            segments.remove(segments.size() - 1);
        }
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("no shared words between " + x.id() + " and " + y.id());
        }
        int[] first = segments.get(0);
        int[] last = segments.get(segments.size() - 1);
        Span inA = tx.span(first[1], last[2]);
        Span inB = ty.span(first[3], last[4]);
        List<Edit> edits = new ArrayList<>();
        int equal = 0;
        for (int[] s : segments) {
            EditOp op = EditOp.values()[s[0]];
            Span a = s[1] == s[2] ? Span.at(tx.end(s[1] - 1)) : tx.span(s[1], s[2]);
            Span b = s[3] == s[4] ? Span.at(ty.end(s[3] - 1)) : ty.span(s[3], s[4]);
            edits.add(new Edit(op, a, b));
            if (op == EditOp.EQUAL) {
                equal += s[2] - s[1];
            }
        }
        int words = Math.max(last[2] - first[1], last[4] - first[3]);
        return new Passage(x.id(), y.id(), inA, inB, (double) equal / words, edits);
    }

    /** {@code text} with every second word spelled backwards: a word changed, as a rewrite changes it. */
    static String everySecondWordChanged(String text) {
        String[] words = text.split(" ");
        for (int i = 1; i < words.length; i += 2) {
            words[i] = new StringBuilder(words[i]).reverse().toString();
        }
        return String.join(" ", words);
    }

    /** A verbatim passage: the first occurrence of {@code shared} in each text, one equal edit. */
    static Passage passageOf(Article x, Article y, String shared) {
        int ax = x.text().indexOf(shared);
        int ay = y.text().indexOf(shared);
        if (ax < 0 || ay < 0) {
            throw new IllegalArgumentException("shared text not in both articles: " + shared);
        }
        Span inA = Span.of(ax, ax + shared.length());
        Span inB = Span.of(ay, ay + shared.length());
        return new Passage(x.id(), y.id(), inA, inB, 1.0, List.of(new Edit(EditOp.EQUAL, inA, inB)));
    }

    private static List<String> terms(TokenSequence t) {
        List<String> out = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            out.add(t.term(i));
        }
        return out;
    }
}
