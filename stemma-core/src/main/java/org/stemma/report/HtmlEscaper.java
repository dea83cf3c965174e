package org.stemma.report;

/**
 * Escapes untrusted text for HTML element content and double- or single-quoted attribute values.
 *
 * <p>{@code & < > " '} become character references, so no text can open a tag, close an attribute or start
 * an entity. Characters HTML forbids or that parsers treat specially become U+FFFD: NUL and other C0/C1
 * controls (tab and line feed are kept; a carriage return becomes a line feed, or nothing before one), unpaired surrogates, and the noncharacters
 * U+FFFE/U+FFFF. Everything else, including right-to-left text, passes unchanged; the page isolates
 * article text with {@code unicode-bidi: isolate} so direction overrides cannot leak into the layout.
 * Stateless and thread-safe; linear in the input.
 */
public final class HtmlEscaper {
    private static final char REPLACEMENT = '\uFFFD';

    private HtmlEscaper() {
    }

    /** The escaped text; {@code null} is not accepted. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + text.length() / 8);
        appendEscaped(sb, text, 0, text.length());
        return sb.toString();
    }

    /** Appends {@code text[start, end)} escaped to {@code out}. */
    public static void appendEscaped(StringBuilder out, String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n' -> out.append(c);
                case '\r' -> {
                    if (i + 1 >= end || text.charAt(i + 1) != '\n') {
                        out.append('\n');
                    }
                }
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(i + 1));
                        i++;
                    } else if (Character.isSurrogate(c) || Character.isISOControl(c) || c == '\uFFFE'
                            || c == '\uFFFF') {
                        out.append(REPLACEMENT);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
