package org.stemma.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/** Decodes UTF-8, replacing each malformed sequence by U+FFFD and counting the replacements. */
final class Utf8 {
    private static final char REPLACEMENT = '\uFFFD';

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
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, start, length);
        CharBuffer out = CharBuffer.allocate(length + 16);
        int repaired = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (result.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
                continue;
            }
            try {
                result.throwException();
            } catch (CharacterCodingException expected) {
                // malformed or unmappable: skip the bad bytes, mark the spot
            }
            in.position(in.position() + result.length());
            if (!out.hasRemaining()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
            }
            out.put(REPLACEMENT);
            repaired++;
        }
        out.flip();
        return new Decoded(out.toString(), repaired);
    }

    static Decoded decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }
}
