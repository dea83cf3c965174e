package org.stemma.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.stemma.model.Span;

/**
 * One non-blank line of the original text, trimmed, with the features the rules read.
 *
 * @param start      offset of the first non-blank char
 * @param end        offset after the last non-blank char
 * @param text       the trimmed text
 * @param key        the text for matching: lower-case, spaces collapsed, leading bullets and trailing
 *                   {@code : . ! …} removed; empty when the line is longer than the scan limit
 * @param words      the number of whitespace-separated tokens holding a letter or digit
 * @param blankAfter whether a blank line (or the end of the text) follows
 */
record Line(int start, int end, String text, String key, int words, boolean blankAfter) {

    Span span() {
        return new Span(start, end);
    }

    /** Ends like a sentence: its last char, past closing quotes and brackets, is a full stop, ! ? or …. */
    boolean sentenceFinal() {
        char last = lastSignificant();
        return last == '.' || last == '!' || last == '?' || last == '…' || last == '。' || last == '！'
                || last == '？';
    }

    /** Ends with any punctuation that a headline never ends with: sentence-final, or {@code : ; ,}. */
    boolean endsPunctuated() {
        char last = lastSignificant();
        return sentenceFinal() || last == ':' || last == ';' || last == ',';
    }

    boolean hasDigit() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    boolean hasLetter() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private char lastSignificant() {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!isClosing(c)) {
                return c;
            }
        }
        return ' ';
    }

    /**
     * Closing quotes and brackets, in every quote style (German and Swiss styles close with “ « ‹ ‘), and the
     * spaces that tokenized corpora put before them ({@code "eye . ”"}, {@code "stop . ''"}).
     */
    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']' || c == '“'
                || c == '`' || c == '«' || c == '›' || c == '‹' || c == '‘' || c == '„'
                || Character.isWhitespace(c) || c == '\u00a0';
    }

    /** Whether {@code c} counts as blank: whitespace, no-break spaces, control and invisible format chars. */
    static boolean isBlank(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
            return true;
        }
        return Character.getType(c) == Character.FORMAT;
    }

    /** The non-blank lines of {@code text}, in order; lines break at LF, CR and CRLF. */
    static List<Line> split(String text, int maxScanChars) {
        List<int[]> ranges = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                ranges.add(new int[] {lineStart, i});
                if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lineStart = i + 1;
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 0; r < ranges.size(); r++) {
            int s = ranges.get(r)[0];
            int e = ranges.get(r)[1];
            while (s < e && isBlank(text.charAt(s))) {
                s++;
            }
            while (e > s && isBlank(text.charAt(e - 1))) {
                e--;
            }
            if (s == e) {
                if (!lines.isEmpty()) {
                    Line previous = lines.get(lines.size() - 1);
                    lines.set(lines.size() - 1, new Line(previous.start, previous.end, previous.text,
                            previous.key, previous.words, true));
                }
                continue;
            }
            String lineText = text.substring(s, e);
            lines.add(new Line(s, e, lineText, key(lineText, maxScanChars), words(lineText), r == ranges.size() - 1));
        }
        return lines;
    }

    /** The matching key of {@code s}; see the record's description. */
    static String key(String s, int maxScanChars) {
        if (s.length() > maxScanChars) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isBlank(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        String k = sb.toString().toLowerCase(Locale.ROOT);
        int from = 0;
        while (from < k.length() && "•·-–—*>|".indexOf(k.charAt(from)) >= 0) {
            from++;
        }
        int to = k.length();
        while (to > from && (":.!…".indexOf(k.charAt(to - 1)) >= 0 || k.charAt(to - 1) == ' ')) {
            to--;
        }
        return k.substring(from, to).strip();
    }

    private static int words(String s) {
        int count = 0;
        boolean inToken = false;
        boolean tokenCounts = false;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || isBlank(s.charAt(i))) {
                if (inToken && tokenCounts) {
                    count++;
                }
                inToken = false;
                tokenCounts = false;
            } else {
                inToken = true;
                tokenCounts |= Character.isLetterOrDigit(s.charAt(i));
            }
        }
        return count;
    }
}
