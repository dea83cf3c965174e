package org.stemma.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.stemma.model.Analysis;
import org.stemma.model.Article;
import org.stemma.model.Clutter;
import org.stemma.model.ClutterKind;
import org.stemma.model.Edge;
import org.stemma.model.Edit;
import org.stemma.model.EditOp;
import org.stemma.model.Event;
import org.stemma.model.LostSource;
import org.stemma.model.Origin;
import org.stemma.model.Passage;
import org.stemma.model.Problem;
import org.stemma.model.PublicationDate;
import org.stemma.model.RawArticle;
import org.stemma.model.Span;
import org.stemma.model.Stage;
import org.stemma.model.Story;

/** A small analysis with hostile text: a source, a copy that changes words, a lost source, a problem. */
final class ReportFixtures {
    private ReportFixtures() {
    }

    static String resource(String name) {
        try (InputStream in = ReportFixtures.class.getResourceAsStream("/report/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String SOURCE = resource("hostile.txt");
    /** The copy: one word changed, one inserted, one deleted, an odd-Unicode tail with an unpaired surrogate. */
    static final String COPY = SOURCE
            .replace("cheaper rents", "lower rents")
            .replace("farmers & bakers", "farmers & bakers \uD800 caf\u00e9")
            .replace("opened the new", "proudly opened the new")
            .replace("during the first rain", "during the rain")
            .replace("Share this article | Like | Tweet", "\u202Eevil\u202C \u0000 \uD800 caf\u00e9 \uD83D\uDE00");

    static Span find(String text, String piece) {
        int at = text.indexOf(piece);
        if (at < 0) {
            throw new IllegalArgumentException("not found: " + piece);
        }
        return Span.of(at, at + piece.length());
    }

    static Article article(String id, String text, PublicationDate date, Optional<String> outlet) {
        RawArticle raw = new RawArticle(id, text, outlet, Optional.of("javascript:alert(3)"), Optional.empty(),
                Optional.empty(), Optional.of("en"), new Origin("corpus.jsonl", id.equals("a") ? 1 : 2), 0);
        Span title = Span.of(0, text.indexOf('\n'));
        int bodyStart = text.indexOf("The mayor");
        int bodyEnd = text.indexOf("before the winter season.") + "before the winter season.".length();
        int split = text.indexOf("\n\nStallholders");
        List<Span> body = List.of(Span.of(bodyStart, split), Span.of(split + 2, bodyEnd));
        List<Clutter> clutter = List.of(new Clutter(ClutterKind.WIDGET, Span.of(bodyEnd + 2, text.strip().length())));
        return new Article(raw, body, clutter, Optional.of(title.of(text)), Optional.of(title), "en", date);
    }

    /** The passage between the two bodies, word edits by hand: what the align stage would give. */
    static Passage passage(Article a, Article b) {
        String ta = a.text();
        String tb = b.text();
        Span inA = Span.of(a.body().get(0).start(), a.body().get(1).end());
        Span inB = Span.of(b.body().get(0).start(), b.body().get(1).end());
        Span aOpened = find(ta, "opened");
        Span bProudly = find(tb, "proudly");
        Span bOpened = find(tb, "opened");
        Span aCheaper = find(ta, "cheaper");
        Span bLower = find(tb, "lower");
        Span aFirst = find(ta, "first ");
        Span bThe = find(tb, "during the rain");
        List<Edit> edits = List.of(
                new Edit(EditOp.EQUAL, Span.of(inA.start(), aOpened.start()), Span.of(inB.start(), bProudly.start())),
                new Edit(EditOp.INSERT, Span.at(aOpened.start()), Span.of(bProudly.start(), bOpened.start())),
                new Edit(EditOp.EQUAL, Span.of(aOpened.start(), aCheaper.start()), Span.of(bOpened.start(), bLower.start())),
                new Edit(EditOp.SUBSTITUTE, aCheaper, bLower),
                new Edit(EditOp.EQUAL, Span.of(aCheaper.end(), aFirst.start()),
                        Span.of(bLower.end(), bThe.start() + "during the ".length())),
                new Edit(EditOp.DELETE, aFirst, Span.at(bThe.start() + "during the ".length())),
                new Edit(EditOp.EQUAL, Span.of(aFirst.end(), inA.end()),
                        Span.of(bThe.start() + "during the ".length(), inB.end())));
        return new Passage(a.id(), b.id(), inA, inB, 0.123456789, edits);
    }

    static Analysis analysis() {
        Article a = article("a", SOURCE, PublicationDate.stated(LocalDate.of(2021, 3, 1), Optional.of(Span.of(0, 5))),
                Optional.of("Brenfield \"Post\""));
        Article b = article("b", COPY, PublicationDate.UNKNOWN, Optional.empty());
        Article c = article("c<x>", SOURCE, PublicationDate.bounded(LocalDate.of(2021, 3, 4), Optional.empty()),
                Optional.empty());
        Passage p = passage(a, b);
        Edge ab = new Edge("a", "b", 2.0 / 3, List.of("dates: <b>bold</b> evidence", "reuse: 40 words"));
        LostSource lost = new LostSource("lost:a", List.of("a", "c<x>"), Optional.of("Wire <Service>"));
        Edge la = new Edge("lost:a", "c<x>", 0.7, List.of("lost source: each has material the other lacks"));
        Event e1 = new Event("e1", "s1", List.of("a", "b"));
        Event e2 = new Event("e2", "s1", List.of("c<x>"));
        Story s1 = new Story("s1", List.of("e1", "e2"));
        Problem problem = new Problem(new Origin("bad.jsonl", 7), Optional.empty(), Stage.INGEST,
                "line is not JSON: <script>");
        return new Analysis(List.of(a, b, c), List.of(p), List.of(e1, e2), List.of(s1), List.of(ab, la),
                List.of(lost), List.of(problem));
    }
}
