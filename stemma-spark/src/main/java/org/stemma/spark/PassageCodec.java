package org.stemma.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.stemma.model.Passage;

/**
 * Carries a {@link Passage} between executor and driver as JSON: the model records are not
 * {@link java.io.Serializable}, and JSON keeps every field exact (Jackson writes doubles in their shortest
 * round-tripping form) while the records' own constructors validate what comes back.
 */
final class PassageCodec {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private PassageCodec() {
    }

    static String encode(Passage p) {
        try {
            return JSON.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot encode passage " + p.a() + "/" + p.b(), e);
        }
    }

    static Passage decode(String json) {
        try {
            return JSON.readValue(json, Passage.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot decode passage: " + json, e);
        }
    }
}
