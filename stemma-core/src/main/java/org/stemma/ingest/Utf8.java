package org.stemma.ingest;

import java.nio.charset.StandardCharsets;
import org.stemma.extract.HtmlDecoder;

/** Decodes UTF-8, replacing each malformed sequence by U+FFFD and counting the replacements. */
final class Utf8 {

    private Utf8() {
    }

    /** A decoded text and how many malformed sequences were replaced in it. */
    record Decoded(String text, int repaired) {
    }

    static Decoded decode(byte[] bytes, int offset, int length) {
        int start = offset;
        // A byte-order mark is not text.
        if (length >= 3 && (bytes[offset] & 0xff) == 0xEF && (bytes[offset + 1] & 0xff) == 0xBB
                && (bytes[offset + 2] & 0xff) == 0xBF) {
            start += 3;
            length -= 3;
        }
        HtmlDecoder.Repaired r = HtmlDecoder.decodeRepairing(bytes, start, length, StandardCharsets.UTF_8);
        return new Decoded(r.text(), r.repaired());
    }

    static Decoded decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }
}
