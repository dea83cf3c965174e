package org.stemma.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stemma.model.Article;
import org.stemma.model.Clutter;
import org.stemma.model.ClutterKind;
import org.stemma.model.DateBasis;
import org.stemma.model.Edit;
import org.stemma.model.EditOp;
import org.stemma.model.Origin;
import org.stemma.model.PageLayout;
import org.stemma.model.PublicationDate;
import org.stemma.model.RawArticle;
import org.stemma.model.Span;

/**
 * Writes the model's nested parts as compact JSON for the store's text columns, and reads them back exactly.
 * Spans are {@code [start, end]} pairs. Stateless and thread-safe.
 */
final class Codec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Codec() {
    }

    /** The clean result of an article (everything but its raw form), as JSON. */
    static String cleanResult(Article a) {
        ObjectNode o = JSON.createObjectNode();
        o.set("body", spans(a.body()));
        o.set("clutter", clutter(a.clutter()));
        a.title().ifPresent(t -> o.put("title", t));
        a.titleSpan().ifPresent(s -> o.set("titleSpan", span(s)));
        o.put("lang", a.lang());
        PublicationDate d = a.date();
        o.put("basis", d.basis().name());
        d.date().ifPresent(x -> o.put("date", x.toString()));
        d.time().ifPresent(x -> o.put("time", x.toString()));
        d.evidence().ifPresent(s -> o.set("evidence", span(s)));
        return o.toString();
    }

    /** The stated metadata and layout of a raw article (not its id or text, which have columns), as JSON. */
    static String rawMetadata(RawArticle r) {
        ObjectNode o = JSON.createObjectNode();
        r.outlet().ifPresent(x -> o.put("outlet", x));
        r.url().ifPresent(x -> o.put("url", x));
        r.title().ifPresent(x -> o.put("title", x));
        r.date().ifPresent(x -> o.put("date", x));
        r.lang().ifPresent(x -> o.put("lang", x));
        o.put("source", r.origin().source());
        o.put("line", r.origin().line());
        o.put("repaired", r.repairedChars());
        r.layout().ifPresent(l -> {
            o.set("layoutBody", spans(l.body()));
            o.set("layoutClutter", clutter(l.clutter()));
        });
        return o.toString();
    }

    /** The article stored as id, text, {@link #rawMetadata} and {@link #cleanResult}. */
    static Article article(String id, String text, String rawJson, String cleanJson) {
        JsonNode r = parse(rawJson);
        Optional<PageLayout> layout = r.has("layoutBody")
                ? Optional.of(new PageLayout(spans(r.get("layoutBody")), clutter(r.get("layoutClutter"))))
                : Optional.empty();
        RawArticle raw = new RawArticle(id, text, text(r, "outlet"), text(r, "url"), text(r, "title"),
                text(r, "date"), text(r, "lang"), new Origin(r.get("source").asText(), r.get("line").asLong()),
                r.get("repaired").asInt(), layout);
        JsonNode c = parse(cleanJson);
        PublicationDate date = new PublicationDate(text(c, "date").map(LocalDate::parse),
                text(c, "time").map(LocalTime::parse), DateBasis.valueOf(c.get("basis").asText()),
                c.has("evidence") ? Optional.of(span(c.get("evidence"))) : Optional.empty());
        return new Article(raw, spans(c.get("body")), clutter(c.get("clutter")), text(c, "title"),
                c.has("titleSpan") ? Optional.of(span(c.get("titleSpan"))) : Optional.empty(),
                c.get("lang").asText(), date);
    }

    static String edits(List<Edit> edits) {
        ArrayNode a = JSON.createArrayNode();
        for (Edit e : edits) {
            a.addArray().add(e.op().ordinal()).add(e.a().start()).add(e.a().end()).add(e.b().start())
                    .add(e.b().end());
        }
        return a.toString();
    }

    static List<Edit> edits(String json) {
        List<Edit> out = new ArrayList<>();
        for (JsonNode e : parse(json)) {
            out.add(new Edit(EditOp.values()[e.get(0).asInt()], new Span(e.get(1).asInt(), e.get(2).asInt()),
                    new Span(e.get(3).asInt(), e.get(4).asInt())));
        }
        return out;
    }

    static String strings(List<String> values) {
        ArrayNode a = JSON.createArrayNode();
        values.forEach(a::add);
        return a.toString();
    }

    static List<String> strings(String json) {
        List<String> out = new ArrayList<>();
        parse(json).forEach(n -> out.add(n.asText()));
        return out;
    }

    private static ArrayNode span(Span s) {
        return JSON.createArrayNode().add(s.start()).add(s.end());
    }

    private static Span span(JsonNode n) {
        return new Span(n.get(0).asInt(), n.get(1).asInt());
    }

    private static ArrayNode spans(List<Span> spans) {
        ArrayNode a = JSON.createArrayNode();
        spans.forEach(s -> a.add(span(s)));
        return a;
    }

    private static List<Span> spans(JsonNode n) {
        List<Span> out = new ArrayList<>();
        n.forEach(s -> out.add(span(s)));
        return out;
    }

    private static ArrayNode clutter(List<Clutter> clutter) {
        ArrayNode a = JSON.createArrayNode();
        clutter.forEach(c -> a.addArray().add(c.kind().name()).add(c.span().start()).add(c.span().end()));
        return a;
    }

    private static List<Clutter> clutter(JsonNode n) {
        List<Clutter> out = new ArrayList<>();
        n.forEach(c -> out.add(new Clutter(ClutterKind.valueOf(c.get(0).asText()),
                new Span(c.get(1).asInt(), c.get(2).asInt()))));
        return out;
    }

    private static Optional<String> text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt JSON in store: " + e.getOriginalMessage(), e);
        }
    }
}
