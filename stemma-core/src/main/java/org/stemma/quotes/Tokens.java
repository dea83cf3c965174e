package org.stemma.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words and punctuation of a stretch of original text, with their offsets: the light tokenisation that
 * attribution rules need (a word keeps its inner apostrophes, hyphens and dots: "Lohan's", "US-led", "U.S").
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

    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['\u2019][\\p{L}]+)*(?:[-.][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*"
                    + "|[^\\s\\p{L}\\p{N}]");

    private Tokens() {
    }

    static List<Tok> of(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            String t = m.group();
            boolean word = Character.isLetterOrDigit(t.codePointAt(0));
            out.add(new Tok(m.start(), m.end(), t, t.toLowerCase(Locale.ROOT), word));
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
}
