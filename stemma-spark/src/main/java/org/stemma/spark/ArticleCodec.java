package org.stemma.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stemma.model.Article;
import org.stemma.model.Clutter;
import org.stemma.model.ClutterKind;
import org.stemma.model.DateBasis;
import org.stemma.model.PublicationDate;
import org.stemma.model.RawArticle;
import org.stemma.model.Span;

/**
 * Carries what the clean stage found in an article (everything in {@link Article} but its {@link RawArticle})
 * from the task that cleaned it to the align tasks and the driver, as JSON, so that each article is cleaned
 * once. The raw article does not travel this way: the driver reads it itself, with the paths as given (the
 * origins name them), and the align tasks need only its text. As in {@link PassageCodec} the layout is written
 * out here rather than left to reflection, and the model's constructors validate what comes back; an empty
 * {@link Optional} is an absent key, so an empty string stays distinct from a missing one:
 * <pre>
 * {"body":[s,e,s,e,...],"clutter":[[KIND,s,e],...],"title"?,"titleSpan"?:[s,e],"lang",
 *  "date":{"date"?:"2021-12-18","time"?:"07:30","basis":"STATED","evidence"?:[s,e]}}
 * </pre>
 * Spans are offsets into the raw text, which is the same wherever it is read. Dates and times travel as
 * ISO-8601 strings, which {@code LocalDate}/{@code LocalTime} parse back exactly.
 */
final class ArticleCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleCodec() {
    }

    /** What cleaning found in {@code a}, without its raw article. */
    static String encode(Article a) {
        ObjectNode o = JSON.createObjectNode();
        spans(o.putArray("body"), a.body());
        clutter(o.putArray("clutter"), a.clutter());
        a.title().ifPresent(t -> o.put("title", t));
        a.titleSpan().ifPresent(s -> o.putArray("titleSpan").add(s.start()).add(s.end()));
        o.put("lang", a.lang());
        ObjectNode date = o.putObject("date");
        PublicationDate d = a.date();
        d.date().ifPresent(x -> date.put("date", x.toString()));
        d.time().ifPresent(x -> date.put("time", x.toString()));
        date.put("basis", d.basis().name());
        d.evidence().ifPresent(s -> date.putArray("evidence").add(s.start()).add(s.end()));
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot encode article " + a.id(), e);
        }
    }

    /** The article {@code raw} was cleaned into, given what {@link #encode} wrote of it. */
    static Article decode(RawArticle raw, String json) {
        JsonNode o = read(json);
        JsonNode date = o.get("date");
        PublicationDate d = new PublicationDate(text(date, "date").map(LocalDate::parse),
                text(date, "time").map(LocalTime::parse), DateBasis.valueOf(date.get("basis").asText()),
                Optional.ofNullable(date.get("evidence")).map(ArticleCodec::span));
        return new Article(raw, spans(o.get("body")), clutter(o.get("clutter")), text(o, "title"),
                Optional.ofNullable(o.get("titleSpan")).map(ArticleCodec::span), o.get("lang").asText(), d);
    }

    /** Only the body segments of what {@link #encode} wrote: all that aligning needs besides the text. */
    static List<Span> body(String json) {
        return spans(read(json).get("body"));
    }

    /** Spans flattened as {@code [s,e,s,e,...]}: a body has one per paragraph, and they are many. */
    private static void spans(ArrayNode out, List<Span> spans) {
        for (Span s : spans) {
            out.add(s.start()).add(s.end());
        }
    }

    private static List<Span> spans(JsonNode flat) {
        List<Span> out = new ArrayList<>(flat.size() / 2);
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            out.add(new Span(flat.get(i).asInt(), flat.get(i + 1).asInt()));
        }
        return out;
    }

    private static void clutter(ArrayNode out, List<Clutter> clutter) {
        for (Clutter c : clutter) {
            out.addArray().add(c.kind().name()).add(c.span().start()).add(c.span().end());
        }
    }

    private static List<Clutter> clutter(JsonNode array) {
        List<Clutter> out = new ArrayList<>(array.size());
        for (JsonNode c : array) {
            out.add(new Clutter(ClutterKind.valueOf(c.get(0).asText()),
                    new Span(c.get(1).asInt(), c.get(2).asInt())));
        }
        return out;
    }

    private static Span span(JsonNode pair) {
        return new Span(pair.get(0).asInt(), pair.get(1).asInt());
    }

    private static Optional<String> text(JsonNode o, String field) {
        return Optional.ofNullable(o.get(field)).map(JsonNode::asText);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot decode article: " + json, e);
        }
    }
}
