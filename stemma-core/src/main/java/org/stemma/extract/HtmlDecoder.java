package org.stemma.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a web page into text. The charset is taken from, in order: the HTTP header's
 * {@code charset}, a byte-order mark, a {@code <meta charset>} or {@code http-equiv} tag in the first
 * {@link #PRESCAN_BYTES} bytes, and detection (valid UTF-8, else windows-1252). A declared charset that is
 * unknown, or a single-byte one on bytes that are plainly UTF-8, gives way to the next source with a warning;
 * malformed bytes become U+FFFD and are counted. Never throws on any bytes.
 */
public final class HtmlDecoder {
    private HtmlDecoder() {
    }

    /** How far into a page a {@code <meta>} charset is looked for; HTML requires it in the first 1024. */
    public static final int PRESCAN_BYTES = 4096;

    /** A page whose sampled bytes are more than this share control bytes is binary, not HTML. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    /** How many leading bytes the binary check samples. */
    private static final int BINARY_SAMPLE_BYTES = 8192;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);

    /** Where the charset came from. */
    public enum Source { HEADER, BOM, META, DETECTED }

    /**
     * A decoded page.
     *
     * @param repaired how many malformed byte sequences became U+FFFD
     * @param binary   true when the bytes look like a binary file rather than a page (the text is then empty)
     */
    public record Decoded(String text, Charset charset, Source source, int repaired, boolean binary,
                          List<String> warnings) {
        public Decoded {
            warnings = List.copyOf(warnings);
        }
    }

    /** The charset named in a Content-Type header value such as {@code text/html; charset=utf-8}. */
    public static Optional<String> charsetOfContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * @param bytes         the page
     * @param headerCharset the charset an HTTP header declared, if any
     */
    public static Decoded decode(byte[] bytes, Optional<String> headerCharset) {
        List<String> warnings = new ArrayList<>();
        if (looksBinary(bytes)) {
            warnings.add("bytes look binary, not HTML");
            return new Decoded("", StandardCharsets.ISO_8859_1, Source.DETECTED, 0, true, warnings);
        }
        Optional<Charset> header = headerCharset.flatMap(name -> lookup(name, "HTTP header", warnings));
        if (header.isPresent()) {
            return decodeChecked(bytes, 0, header.get(), Source.HEADER, warnings);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return decodeWith(bytes, 3, StandardCharsets.UTF_8, Source.BOM, warnings);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return decodeWith(bytes, 2, StandardCharsets.UTF_16BE, Source.BOM, warnings);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return decodeWith(bytes, 2, StandardCharsets.UTF_16LE, Source.BOM, warnings);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            Optional<Charset> meta = lookup(m.group(1), "<meta>", warnings);
            if (meta.isPresent()) {
                return decodeChecked(bytes, 0, meta.get(), Source.META, warnings);
            }
        }
        if (validUtf8(bytes)) {
            return decodeWith(bytes, 0, StandardCharsets.UTF_8, Source.DETECTED, warnings);
        }
        warnings.add("no charset declared and not UTF-8: read as windows-1252");
        return decodeWith(bytes, 0, windows1252(), Source.DETECTED, warnings);
    }

    /** Decodes with a declared charset, unless it is a single-byte one and the bytes are plainly UTF-8. */
    private static Decoded decodeChecked(byte[] bytes, int offset, Charset declared, Source source,
                                         List<String> warnings) {
        if (!declared.equals(StandardCharsets.UTF_8) && isAsciiCompatibleSingleByte(declared)
                && hasMultibyteUtf8(bytes) && validUtf8(bytes)) {
            warnings.add("declared " + declared.name() + " but the bytes are UTF-8: read as UTF-8");
            return decodeWith(bytes, offset, StandardCharsets.UTF_8, Source.DETECTED, warnings);
        }
        Decoded d = decodeWith(bytes, offset, declared, source, warnings);
        if (d.repaired() > 0) {
            List<String> w = new ArrayList<>(d.warnings());
            w.add(d.repaired() + " byte sequences not valid " + declared.name() + " replaced by U+FFFD");
            return new Decoded(d.text(), d.charset(), d.source(), d.repaired(), false, w);
        }
        return d;
    }

    private static Optional<Charset> lookup(String name, String where, List<String> warnings) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        // The web's labels: latin1 and ascii mean windows-1252 (WHATWG Encoding), which is what pages hold.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")
                || n.equals("iso8859-1") || n.equals("l1")) {
            return Optional.of(windows1252());
        }
        if (n.equals("utf8") || n.equals("unicode-1-1-utf-8")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            warnings.add("unknown charset '" + name + "' in " + where + ", ignored");
            return Optional.empty();
        }
    }

    private static Charset windows1252() {
        try {
            return Charset.forName("windows-1252");
        } catch (UnsupportedCharsetException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }

    private static boolean isAsciiCompatibleSingleByte(Charset c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return n.startsWith("windows-125") || n.startsWith("iso-8859") || n.startsWith("koi8");
    }

    private static Decoded decodeWith(byte[] bytes, int offset, Charset charset, Source source,
                                      List<String> warnings) {
        Repaired r = decodeRepairing(bytes, offset, bytes.length - offset, charset);
        return new Decoded(r.text(), charset, source, r.repaired(), false, warnings);
    }

    /** A decoded text and how many malformed or unmappable byte sequences became U+FFFD in it. */
    public record Repaired(String text, int repaired) {
    }

    /**
     * Decodes {@code length} bytes from {@code offset} in {@code charset}, replacing each malformed or
     * unmappable sequence by U+FFFD and counting the replacements; never throws on bad bytes.
     */
    public static Repaired decodeRepairing(byte[] bytes, int offset, int length, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) length * Math.max(1, Math.round(decoder.maxCharsPerByte())) + 16));
        int repaired = 0;
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                if (decoder.flush(out).isOverflow()) {
                    out = grow(out);
                    decoder.flush(out);
                }
                break;
            }
            if (result.isOverflow()) {
                out = grow(out);
                continue;
            }
            try {
                result.throwException();
            } catch (CharacterCodingException expected) {
                // malformed or unmappable: skip the bad bytes, mark the spot
            }
            in.position(in.position() + result.length());
            if (!out.hasRemaining()) {
                out = grow(out);
            }
            out.put('\uFFFD');
            repaired++;
        }
        out.flip();
        return new Repaired(out.toString(), repaired);
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        return bigger;
    }

    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
        if (n == 0) {
            return false;
        }
        if (n >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        return control > MAX_CONTROL_SHARE * n;
    }

    private static boolean hasMultibyteUtf8(byte[] bytes) {
        for (byte b : bytes) {
            if ((b & 0xE0) == 0xC0 || (b & 0xF0) == 0xE0) {
                return true;
            }
        }
        return false;
    }

    private static boolean validUtf8(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            d.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
