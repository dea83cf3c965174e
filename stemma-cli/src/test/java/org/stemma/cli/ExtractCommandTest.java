package org.stemma.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    @TempDir
    Path tmp;

    private static final String PARAGRAPH_1 = "The harbour authority of Marenne said on Tuesday that the night ferry to "
            + "the islands would sail again from next week, after repairs to the loading ramp took longer than planned.";
    private static final String PARAGRAPH_2 = "Fishermen had complained for a month that the closure cut them off from "
            + "the market on the mainland, and the council promised a review of how repairs are scheduled.";

    private static String page(String title) {
        return "<html lang=\"en\"><head><title>" + title + "</title>"
                + "<meta property=\"article:published_time\" content=\"2024-03-05T08:00:00Z\"></head><body>"
                + "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li>"
                + "<li><a href=\"/sport\">Sport</a></li></ul></nav>"
                + "<article><h1>" + title + "</h1><p>" + PARAGRAPH_1 + "</p><p>" + PARAGRAPH_2 + "</p></article>"
                + "<footer><a href=\"/privacy\">Privacy</a> <a href=\"/imprint\">Imprint</a></footer></body></html>";
    }

    /** A WARC file of a warcinfo record, an HTML response and an image response, written by hand. */
    private static byte[] warc(String html) {
        StringBuilder out = new StringBuilder();
        String[][] records = {
            {"warcinfo", "1", null, "application/warc-fields", "software: test\r\n"},
            {"response", "2", "https://harbour.example/2024/03/05/ferry", "application/http; msgtype=response",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n" + html},
            {"response", "3", "https://harbour.example/logo.png", "application/http; msgtype=response",
                "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG"},
        };
        for (String[] r : records) {
            int length = r[4].getBytes(StandardCharsets.UTF_8).length;
            out.append("WARC/1.0\r\nWARC-Type: ").append(r[0])
                    .append("\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000").append(r[1])
                    .append(">\r\nWARC-Date: 2024-03-06T10:00:00Z\r\n")
                    .append(r[2] == null ? "" : "WARC-Target-URI: " + r[2] + "\r\n")
                    .append("Content-Type: ").append(r[3]).append("\r\nContent-Length: ").append(length)
                    .append("\r\n\r\n").append(r[4]).append("\r\n\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void pagesAndWarcResponsesGiveOneLineEachWithTheArticleApart() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("ferry.html"), page("Night ferry to sail again"));
        Files.write(in.resolve("crawl.warc"), warc(page("Ferry returns next week")));
        Path out = tmp.resolve("pages.jsonl");

        Outputs.Run run = Outputs.run("extract", in.toString(), "--out", out.toString());

        assertEquals(ExitCode.OK, run.code(), run.err());
        List<JsonNode> rows = Outputs.jsonl(out);
        assertEquals(2, rows.size(), rows.toString());
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.get("id").asText()));
        assertEquals(List.of("urn:uuid:00000000-0000-0000-0000-000000000002", "ferry"), ids,
                "folder walked in path order; a WARC record keeps its id, a file its name");
        for (JsonNode row : rows) {
            String text = row.get("text").asText();
            String main = row.get("main_text").asText();
            assertTrue(main.contains(PARAGRAPH_1) && main.contains(PARAGRAPH_2), main);
            assertFalse(main.contains("Imprint") || main.contains("Sport"), "menus stay out: " + main);
            assertTrue(text.contains("Imprint"), "text keeps the whole page, so offsets can be shown: " + text);
            // body spans point into text and are the main text, blank line between blocks
            StringBuilder joined = new StringBuilder();
            int previousEnd = 0;
            for (JsonNode span : row.get("body")) {
                int start = span.get("start").asInt();
                int end = span.get("end").asInt();
                assertTrue(previousEnd <= start && start < end && end <= text.length(), span.toString());
                joined.append(joined.length() == 0 ? "" : "\n\n").append(text, start, end);
                previousEnd = end;
            }
            assertEquals(main, joined.toString());
            for (JsonNode span : row.get("clutter")) {
                assertTrue(span.get("end").asInt() <= text.length() && !span.get("kind").asText().isEmpty());
            }
            assertEquals("2024-03-05", row.get("date").asText());
            assertEquals("en", row.get("lang").asText());
        }
        assertEquals("https://harbour.example/2024/03/05/ferry", rows.get(0).get("url").asText());
        assertEquals("Ferry returns next week", rows.get(0).get("title").asText());
    }

    @Test
    void noReadablePageIsBadInput() throws IOException {
        Path binary = tmp.resolve("junk.html");
        Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 0, 9});
        Outputs.Run run = Outputs.run("extract", binary.toString(), "--out", tmp.resolve("x.jsonl").toString());
        assertEquals(ExitCode.BAD_INPUT, run.code(), run.err());
    }
}
