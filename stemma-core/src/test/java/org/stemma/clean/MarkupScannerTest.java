package org.stemma.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.stemma.model.Span;

class MarkupScannerTest {

    private final MarkupScanner scanner = new MarkupScanner(3);

    @Test
    void findsTagsEntitiesJsonAndScript() {
        String text = "Ferry news <div class=\"x\">resumes</div> &nbsp; {\"id\": 3} var n = 1; window.open";
        List<Span> spans = scanner.scan(text, 0, text.length());
        assertFalse(spans.isEmpty());
        assertTrue(spans.stream().anyMatch(s -> text.substring(s.start(), s.end()).contains("<div")));
        assertTrue(spans.stream().anyMatch(s -> text.substring(s.start(), s.end()).contains("window.open")));
    }

    @Test
    void plainProseIsSkippedBeforeTheRegex() {
        String prose = "The harbour authority said the ferry would resume service next week, weather permitting.";
        assertFalse(MarkupScanner.mayHoldDebris(prose, 0, prose.length()));
        assertEquals(List.of(), scanner.scan(prose, 0, prose.length()));
    }

    /** The char prefilter may only skip lines where the full pattern finds nothing. */
    @Test
    void prefilterNeverHidesDebris() {
        String[] pieces = {"a", "b", " ", "\n", "x", "=", ":", ",", "\"", "“", "”", "„", "{", "}", "[", "]", "<",
            ">", "/", "&", "#", ";", "1", "function", "(", ")", "window", "document", ".", "var", "fun", "doc",
            "win", "va", "nbsp", "div", "'", "<b>", "&amp;", "\",\"", "}}", "{{", "var x ="};
        Random random = new Random(42);
        int checked = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(12);
            for (int k = 0; k < n; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            int from = random.nextInt(text.length());
            int to = from + random.nextInt(text.length() - from + 1);
            boolean found = !scanner.scan(text, from, to).isEmpty();
            if (found) {
                checked++;
                assertTrue(MarkupScanner.mayHoldDebris(text, from, to), () -> "skipped debris in [" + text + "]");
            }
        }
        assertTrue(checked > 500, "the generator produced debris " + checked + " times");
    }
}
