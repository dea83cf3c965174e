package org.stemma.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words and punctuation of a stretch of original text, with their offsets: the light tokenisation that
 * attribution rules need (a word keeps its inner apostrophes, hyphens and dots: "Lohan's", "US-led", "U.S").
 *
 * <p>A word is a letter or digit, then letters, marks and digits, then any {@code 's}-like parts (an
 * apostrophe and letters), then any {@code -led}-like parts (a hyphen or dot and a letter or digit, then
 * letters, marks and digits); any other char but whitespace (space, tab, line breaks, form feed) is one
 * punctuation token. The same as the regular expression
 * {@code [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’]\p{L}+)*(?:[-.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|[^\s\p{L}\p{N}]},
 * scanned by hand because quotation extraction and the claim matrix tokenize every sentence of the corpus.
 */
final class Tokens {
    /** A token: a word, or one punctuation char. */
    record Tok(int start, int end, String text, String lower, boolean word) {
        boolean capitalised() {
            return word && Character.isUpperCase(text.codePointAt(0));
        }

        boolean is(String s) {
            return lower.equals(s);
        }
    }

    private Tokens() {
    }

    static List<Tok> of(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int c = codePointAt(text, i, to);
            if (c < 0) {
                break;
            }
            int n = Character.charCount(c);
            if (isLetterOrNumber(c)) {
                int end = wordEnd(text, i + n, to);
                String t = text.substring(i, end);
                out.add(new Tok(i, end, t, t.toLowerCase(Locale.ROOT), Character.isLetterOrDigit(c)));
                i = end;
            } else if (isSpace(c)) {
                i += n;
            } else {
                String t = text.substring(i, i + n);
                out.add(new Tok(i, i + n, t, t.toLowerCase(Locale.ROOT), false));
                i += n;
            }
        }
        return out;
    }

    static int words(String text, int from, int to) {
        int n = 0;
        for (Tok t : of(text, from, to)) {
            if (t.word()) {
                n++;
            }
        }
        return n;
    }

    /** The end of a word whose first char ends before {@code i}. */
    private static int wordEnd(String text, int i, int to) {
        i = skip(text, i, to, true);
        // 's parts: an apostrophe and at least one letter
        while (i < to && isApostrophe(text.charAt(i))) {
            int c = codePointAt(text, i + 1, to);
            if (c < 0 || !Character.isLetter(c)) {
                break;
            }
            i = skip(text, i + 1, to, false);
        }
        // -led parts: a hyphen or a dot, a letter or digit, then letters, marks and digits
        while (i < to && (text.charAt(i) == '-' || text.charAt(i) == '.')) {
            int c = codePointAt(text, i + 1, to);
            if (c < 0 || !isLetterOrNumber(c)) {
                break;
            }
            i = skip(text, i + 1 + Character.charCount(c), to, true);
        }
        return i;
    }

    /** Past letters (and, when {@code marksAndNumbers}, marks and numbers) from {@code i}. */
    private static int skip(String text, int i, int to, boolean marksAndNumbers) {
        while (i < to) {
            int c = codePointAt(text, i, to);
            if (c < 0 || !(marksAndNumbers ? isLetterMarkOrNumber(c) : Character.isLetter(c))) {
                return i;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** The code point at {@code i}, or -1 when there is none before {@code to} (a surrogate pair cut by it). */
    private static int codePointAt(String text, int i, int to) {
        if (i >= to) {
            return -1;
        }
        int c = text.codePointAt(i);
        return i + Character.charCount(c) <= to ? c : -1;
    }

    /** The whitespace of {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isLetterOrNumber(int c) {
        return Character.isLetter(c) || isNumber(c);
    }

    private static boolean isLetterMarkOrNumber(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
