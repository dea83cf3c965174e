package org.stemma.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stemma.model.Span;

/**
 * Finds debris of markup and page script in text: HTML tags (also escaped as entities), JSON punctuation that a scraper
 * flattened with its quotes ({@code “,”}, {@code “:”}, <code>“}}”&gt;</code>), JSON keys, template braces and script
 * statements. Tokens close to each other merge into one span, taking the text between them (a JSON
 * value) along. Every quantifier is bounded, so the cost is linear in the line's length. Immutable and thread-safe.
 */
final class MarkupScanner {

    private static final String QUOTE_OPEN = "[\"“„”]";
    private static final String QUOTE_CLOSE = "[\"”“]";

    /** One alternative per kind of debris; none matches ordinary prose punctuation such as {@code ,”}. */
    private static final Pattern TOKEN = Pattern.compile(String.join("|",
            // JSON punctuation wrapped in quotes: ",", ":", "}}", "}}">
            QUOTE_OPEN + "[,:;{}\\[\\]]{1,4}" + QUOTE_CLOSE + "(?:\\s{0,2}/?>)?",
            // template and object braces, and their closing with an attribute quote and tag end: }}">
            "\\}{2,4}" + QUOTE_CLOSE + "?\\s{0,2}>?",
            "\\{{2,4}",
            // an attribute value closing a tag: ">
            QUOTE_CLOSE + "/?>",
            // HTML and XML tags, with bounded attribute lists
            "</?[a-zA-Z][a-zA-Z0-9-]{0,20}(?:\\s{1,5}[a-zA-Z_:][-a-zA-Z0-9_:.]{0,30}"
                    + "(?:\\s{0,2}=\\s{0,2}(?:\"[^\"\\n]{0,300}\"|'[^'\\n]{0,300}'|[^\\s>]{1,300}))?){0,30}\\s{0,5}/?>",
            // tags escaped as entities: &lt;div class=&quot;ad&quot;&gt;. A character entity alone (&rsquo;
            // &nbsp; &#8220;) is an escaped character of the text, not debris: the word tokenizer reads it as
            // that character, and two of them around a quotation must not take the quotation along.
            "&lt;/?[a-zA-Z][a-zA-Z0-9-]{0,20}[^<>\\n]{0,300}?&gt;",
            // JSON objects and keys: {"key":  "key":
            "\\{\\s{0,3}" + QUOTE_OPEN + "[^\"“”\\n]{1,40}" + QUOTE_CLOSE + "\\s{0,3}:",
            QUOTE_OPEN + "[@$_a-zA-Z][-@$_a-zA-Z0-9]{0,30}" + QUOTE_CLOSE + "\\s{0,3}:\\s{0,3}[\"“\\[{]",
            // script statements
            "\\bfunction\\s{0,3}\\([^)\\n]{0,100}\\)\\s{0,3}\\{",
            "\\b(?:window|document)\\.[a-zA-Z_$][\\w$]{0,40}",
            "\\bvar\\s{1,3}[a-zA-Z_$][\\w$]{0,40}\\s{0,3}="));

    private final int mergeGapChars;

    MarkupScanner(int mergeGapChars) {
        this.mergeGapChars = mergeGapChars;
    }

    /** The debris spans in {@code text[from, to)}, sorted, disjoint, in offsets of {@code text}. */
    List<Span> scan(CharSequence text, int from, int to) {
        List<Span> spans = new ArrayList<>();
        if (!mayHoldDebris(text, from, to)) {
            return spans;
        }
        Matcher m = TOKEN.matcher(text).region(from, to);
        int runStart = -1;
        int runEnd = -1;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            if (runStart >= 0 && m.start() - runEnd <= mergeGapChars && noLineBreak(text, runEnd, m.start())) {
                runEnd = Math.max(runEnd, m.end());
            } else {
                if (runStart >= 0) {
                    spans.add(new Span(runStart, runEnd));
                }
                runStart = m.start();
                runEnd = m.end();
            }
        }
        if (runStart >= 0) {
            spans.add(new Span(runStart, runEnd));
        }
        return spans;
    }

    /**
     * False when no alternative of {@link #TOKEN} can match in {@code text[from, to)}: every one starts with a
     * quote, a brace, {@code <} or {@code &}, or with one of the words {@code function}, {@code window},
     * {@code document} and {@code var}. Most lines of prose have none of these, and a char scan is far cheaper
     * than trying the alternation at every position.
     */
    static boolean mayHoldDebris(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case '"', '“', '„', '”', '{', '}', '<', '&':
                    return true;
                case 'f':
                    if (startsWith(text, i, to, "function")) {
                        return true;
                    }
                    break;
                case 'w':
                    if (startsWith(text, i, to, "window")) {
                        return true;
                    }
                    break;
                case 'd':
                    if (startsWith(text, i, to, "document")) {
                        return true;
                    }
                    break;
                case 'v':
                    if (startsWith(text, i, to, "var")) {
                        return true;
                    }
                    break;
                default:
                    break;
            }
        }
        return false;
    }

    private static boolean startsWith(CharSequence text, int at, int to, String word) {
        if (to - at < word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (text.charAt(at + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean noLineBreak(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }
}
