package org.stemma.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stemma.quotes.Tokens.Tok;

class TokensTest {
    /** The rule Tokens scans by hand, as a regular expression: the reference it must equal. */
    private static final Pattern REFERENCE = Pattern.compile(
            "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['\u2019][\\p{L}]+)*(?:[-.][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*"
                    + "|[^\\s\\p{L}\\p{N}]");

    private static List<Tok> reference(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text).region(from, to);
        while (m.find()) {
            String t = m.group();
            out.add(new Tok(m.start(), m.end(), t, t.toLowerCase(Locale.ROOT), Character.isLetterOrDigit(t.codePointAt(0))));
        }
        return out;
    }

    @Test
    void wordsKeepInnerApostrophesHyphensAndDots() {
        String text = "Lohan's US-led U.S. talks, don't 'quote' 3.5% co-op’s";
        List<String> words = Tokens.of(text, 0, text.length()).stream().map(Tok::text).toList();
        assertEquals(List.of("Lohan's", "US-led", "U.S", ".", "talks", ",", "don't", "'", "quote", "'", "3.5", "%",
                "co-op", "\u2019", "s"), words);
    }

    @Test
    void equalsTheRegularExpressionOnRandomOddText() {
        // letters, digits, marks, apostrophes, hyphens, dots, odd numbers, spaces of every kind, surrogates
        String alphabet = "aZé\u00DF\u0301\u20DD\u0903' \u2019-.,\"\u201C5\u00BD\u2167\u0660 \t\n\r\f\u000B\u00A0"
                + "\uD835\uDC00\uD83D\uDE00\uD801\uDC28\uD800_";
        Random random = new Random(9);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(24);
            for (int k = 0; k < length; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            int from = text.isEmpty() ? 0 : random.nextInt(text.length());
            int to = from + random.nextInt(text.length() - from + 1);
            assertEquals(reference(text, from, to), Tokens.of(text, from, to),
                    "seed 9 round " + round + " text '" + escape(text) + "' [" + from + ", " + to + ")");
        }
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 0x20 || c > 0x7E ? String.format(Locale.ROOT, "\\u%04X", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }
}
