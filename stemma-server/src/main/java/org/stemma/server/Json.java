package org.stemma.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.regex.Pattern;
import java.util.function.BiConsumer;
import org.stemma.store.ArticleSummary;
import org.stemma.store.ResultPage;
import org.stemma.store.StoredArticle;

/** JSON in and out of the routes: one mapper, error bodies, request parsing and the shared article summary. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String CONTENT_TYPE = "application/json";
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; (line: \\d+, column: \\d+)\\]");

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static void send(Context ctx, JsonNode node) {
        ctx.contentType(CONTENT_TYPE).result(node.toString());
    }

    static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType(CONTENT_TYPE).result(object().put("error", message).toString());
    }

    /** The request body as JSON; a body that does not parse is a 400 naming where it broke. */
    static JsonNode parse(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw ApiError.badRequest("empty body: expected JSON");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            // Jackson names the source of a nested marker ("[Source: REDACTED ...; line: 1, column: 1]"): keep the place.
            String message = SOURCE.matcher(e.getOriginalMessage()).replaceAll("$1");
            throw ApiError.badRequest("malformed JSON: " + message + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        }
    }

    /** The fields every list of articles shows: id, outlet, title, date, batch. */
    static ObjectNode summary(ObjectNode o, StoredArticle a) {
        return o.put("id", a.id()).put("outlet", a.outlet().orElse(null))
                .put("title", a.article().title().orElse(null))
                .put("date", a.article().date().iso().orElse(null)).put("batch", a.batch());
    }

    /** As {@link #summary(ObjectNode, StoredArticle)}, from the columns a list reads. */
    static ObjectNode summary(ObjectNode o, ArticleSummary a) {
        return o.put("id", a.id()).put("outlet", a.outlet().orElse(null)).put("title", a.title().orElse(null))
                .put("date", a.date().orElse(null)).put("batch", a.batch());
    }

    /** A page of a list as every paged route answers it: {@code {"total", "offset", "limit", "items"}}. */
    static <T> ObjectNode page(ResultPage<T> page, Params.Page asked, BiConsumer<ObjectNode, T> item) {
        ObjectNode o = object().put("total", page.total()).put("offset", asked.offset()).put("limit", asked.limit());
        ArrayNode items = o.putArray("items");
        page.items().forEach(x -> item.accept(items.addObject(), x));
        return o;
    }

    static ArrayNode strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
        return a;
    }
}
