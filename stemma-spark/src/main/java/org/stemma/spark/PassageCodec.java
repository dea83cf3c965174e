package org.stemma.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.stemma.model.Edit;
import org.stemma.model.EditOp;
import org.stemma.model.Passage;
import org.stemma.model.Span;

/**
 * Carries a {@link Passage} between executor and driver as JSON: the model types are not
 * {@link java.io.Serializable}, and JSON keeps every field exact (Jackson writes doubles in their shortest
 * round-tripping form) while the model's own constructors validate what comes back. The layout is written
 * out here rather than left to reflection, so that a model type's representation (an {@link Edit} keeps its
 * offsets as ints) cannot silently change what crosses the wire: {@code {"a","b","inA":[s,e],"inB":[s,e],
 * "score","edits":[[op,aStart,aEnd,bStart,bEnd],...]}}.
 */
final class PassageCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PassageCodec() {
    }

    static String encode(Passage p) {
        ObjectNode o = JSON.createObjectNode().put("a", p.a()).put("b", p.b());
        o.putArray("inA").add(p.inA().start()).add(p.inA().end());
        o.putArray("inB").add(p.inB().start()).add(p.inB().end());
        o.put("score", p.score());
        ArrayNode edits = o.putArray("edits");
        for (Edit e : p.edits()) {
            edits.addArray().add(e.op().name()).add(e.a().start()).add(e.a().end()).add(e.b().start())
                    .add(e.b().end());
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot encode passage " + p.a() + "/" + p.b(), e);
        }
    }

    static Passage decode(String json) {
        JsonNode o;
        try {
            o = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot decode passage: " + json, e);
        }
        List<Edit> edits = new ArrayList<>();
        for (JsonNode e : o.get("edits")) {
            edits.add(new Edit(EditOp.valueOf(e.get(0).asText()), new Span(e.get(1).asInt(), e.get(2).asInt()),
                    new Span(e.get(3).asInt(), e.get(4).asInt())));
        }
        return new Passage(o.get("a").asText(), o.get("b").asText(), span(o.get("inA")), span(o.get("inB")),
                o.get("score").doubleValue(), edits);
    }

    private static Span span(JsonNode pair) {
        return new Span(pair.get(0).asInt(), pair.get(1).asInt());
    }
}
