package org.stemma.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.model.Problem;
import org.stemma.model.RawArticle;

class HtmlIngestTest {
    @TempDir
    Path dir;

    private final List<Problem> problems = new ArrayList<>();

    private static final String PAGE = "<html lang=\"de\"><head>%s<title>Neue Brücke über die Saale</title></head>"
            + "<body><article><h1>Neue Brücke über die Saale</h1>"
            + "<p>Die Stadt hat am Dienstag die neue Fußgängerbrücke über die Saale für den Verkehr freigegeben.</p>"
            + "<p>Anwohner können den Fluss nun auf kürzerem Weg überqueren, sagte die Bürgermeisterin.</p>"
            + "</article><footer>Impressum</footer></body></html>";

    private List<RawArticle> read(IngestConfig config, Path... inputs) throws IOException {
        try (Corpus corpus = Corpus.open(List.of(inputs), config, problems::add)) {
            return corpus.stream().toList();
        }
    }

    private static byte[] page(String head, Charset charset) {
        return String.format(PAGE, head).getBytes(charset);
    }

    @Test
    void aFolderOfPagesGivesOneArticleEachWithTheirMetadata() throws IOException {
        Files.write(dir.resolve("bruecke.html"), page("<meta charset=\"utf-8\">", StandardCharsets.UTF_8));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("zwei.htm.gz")))) {
            out.write(page("", StandardCharsets.UTF_8));
        }
        List<RawArticle> articles = read(IngestConfig.defaults(), dir);
        assertEquals(List.of("bruecke", "zwei"), articles.stream().map(RawArticle::id).toList());
        RawArticle a = articles.get(0);
        assertTrue(a.text().contains("neue Fußgängerbrücke über die Saale"), a.text());
        assertTrue(a.text().contains("Impressum"), "clutter stays in the text so offsets can show it");
        assertEquals(Optional.of("Neue Brücke über die Saale"), a.title());
        assertEquals(Optional.of("de"), a.lang());
        assertEquals(List.of(), problems);
    }

    @Test
    void aPublishedTimestampKeepsItsTimeAndZoneForTheCleanStage() throws IOException {
        // The page's day is the extractor's date; the timestamp it came from is passed on whole, so the clean
        // stage orders same-day copies by the time and outlets in different zones by the instant.
        Files.write(dir.resolve("zeit.html"), page("<meta charset=\"utf-8\"><meta property=\"article:published_time\" "
                + "content=\"2023-02-04T01:30:00+03:00\">", StandardCharsets.UTF_8));
        RawArticle raw = read(IngestConfig.defaults(), dir.resolve("zeit.html")).get(0);
        assertEquals(Optional.of("2023-02-04T01:30:00+03:00"), raw.date());
        org.stemma.model.Article a = new org.stemma.clean.RuleCleaner(org.stemma.clean.CleanerConfig.defaults())
                .clean(raw);
        assertEquals(Optional.of(java.time.LocalDate.of(2023, 2, 3)), a.date().date());
        assertEquals(Optional.of(java.time.LocalTime.of(22, 30)), a.date().time());
    }

    @Test
    void aMetaCharsetIsHonouredAndALatinPageReadsRight() throws IOException {
        Files.write(dir.resolve("latin.html"), page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
                StandardCharsets.ISO_8859_1));
        RawArticle a = read(IngestConfig.defaults(), dir.resolve("latin.html")).get(0);
        assertTrue(a.text().contains("Fußgängerbrücke"), a.text());
        assertEquals(0, a.repairedChars());
    }

    @Test
    void aWrongDeclaredCharsetStillGivesTextWithAWarning() throws IOException {
        Files.write(dir.resolve("wrong.html"), page("<meta charset=\"windows-1252\">", StandardCharsets.UTF_8));
        Files.write(dir.resolve("unknown.html"), page("<meta charset=\"x-no-such-charset\">", StandardCharsets.UTF_8));
        List<RawArticle> articles = read(IngestConfig.defaults(), dir);
        assertEquals(2, articles.size());
        articles.forEach(a -> assertTrue(a.text().contains("Fußgängerbrücke"), a.text()));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("bytes are UTF-8")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("unknown charset")), problems.toString());
    }

    @Test
    void theHttpHeaderCharsetComesBeforeTheMetaTag() {
        byte[] bytes = page("<meta charset=\"utf-8\">", Charset.forName("windows-1252"));
        var decoded = org.stemma.extract.HtmlDecoder.decode(bytes, Optional.of("windows-1252"));
        assertEquals(org.stemma.extract.HtmlDecoder.Source.HEADER, decoded.source());
        assertTrue(decoded.text().contains("Fußgängerbrücke"));
    }

    @Test
    void aBinaryFileNamedHtmlAndAnEmptyPageAreReportedAndSkipped() throws IOException {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Files.write(dir.resolve("photo.html"), junk);
        Files.write(dir.resolve("empty.html"), new byte[0]);
        Files.writeString(dir.resolve("blank.html"), "<html><body>  </body></html>");
        assertEquals(List.of(), read(IngestConfig.defaults(), dir));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("binary")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("empty file")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("no visible text")), problems.toString());
    }

    @Test
    void aGzipBombStopsAtTheRecordLimit() throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("bomb.html.gz")))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
        }
        assertTrue(Files.size(dir.resolve("bomb.html.gz")) < 1 << 20, "the bomb is small on disk");
        assertEquals(List.of(), read(new IngestConfig(1 << 20), dir));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("decompresses to more than")), problems.toString());
    }

    @Test
    void aJsonlRecordMayCarryHtmlInsteadOfText() throws IOException {
        String html = String.format(PAGE, "").replace("\"", "\\\"");
        Files.writeString(dir.resolve("pages.jsonl"),
                "{\"id\":\"p1\",\"url\":\"https://zeitung.example/2021/06/01/bruecke\",\"html\":\"" + html + "\"}\n"
                        + "{\"id\":\"p2\",\"text\":\"Plain text wins.\",\"html\":\"<p>ignored</p>\"}\n");
        List<RawArticle> articles = read(IngestConfig.defaults(), dir.resolve("pages.jsonl"));
        assertEquals(2, articles.size());
        assertTrue(articles.get(0).text().contains("Fußgängerbrücke"));
        assertEquals(Optional.of("2021-06-01"), articles.get(0).date(), "the date in the URL");
        assertEquals(Optional.of("zeitung.example"), articles.get(0).outlet());
        assertEquals("Plain text wins.", articles.get(1).text());
    }

    @Test
    void aWarcGivesItsHtmlResponsesAndCountsTheRest() throws IOException {
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        record(warc, "warcinfo", "<urn:uuid:00000000-0000-0000-0000-000000000001>", null, "application/warc-fields",
                "software: hand-written test\r\n".getBytes(StandardCharsets.US_ASCII));
        record(warc, "request", "<urn:uuid:00000000-0000-0000-0000-000000000002>", "https://zeitung.example/a",
                "application/http; msgtype=request",
                "GET /a HTTP/1.1\r\nHost: zeitung.example\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        record(warc, "response", "<urn:uuid:00000000-0000-0000-0000-000000000003>", "https://zeitung.example/2020/02/03/a",
                "application/http; msgtype=response",
                http("text/html; charset=ISO-8859-1", page("", StandardCharsets.ISO_8859_1)));
        record(warc, "response", "<urn:uuid:00000000-0000-0000-0000-000000000004>", "https://zeitung.example/logo.png",
                "application/http; msgtype=response", http("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        Path file = dir.resolve("crawl.warc");
        Files.write(file, warc.toByteArray());
        List<RawArticle> articles;
        Map<String, Integer> skipped;
        try (WarcRecordReader reader = new WarcRecordReader(file, IngestConfig.defaults(), problems::add)) {
            articles = reader.stream().toList();
            skipped = reader.skipped();
        }
        assertEquals(1, articles.size(), problems.toString());
        RawArticle a = articles.get(0);
        assertEquals("urn:uuid:00000000-0000-0000-0000-000000000003", a.id());
        assertEquals(Optional.of("https://zeitung.example/2020/02/03/a"), a.url());
        assertEquals(Optional.of("2020-02-03"), a.date());
        assertTrue(a.text().contains("Fußgängerbrücke"), "charset from the HTTP header: " + a.text());
        assertEquals(Map.of("warcinfo", 1, "request", 1, "response image/png", 1), skipped);
        assertTrue(problems.stream().anyMatch(p -> p.message().startsWith("3 records skipped")), problems.toString());
        assertEquals(1, read(IngestConfig.defaults(), file).size(), "Corpus reads .warc files too");
    }

    private static byte[] http(String contentType, byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        return out.toByteArray();
    }

    private static void record(ByteArrayOutputStream out, String type, String id, String target, String contentType,
                               byte[] block) throws IOException {
        StringBuilder h = new StringBuilder("WARC/1.0\r\nWARC-Type: ").append(type).append("\r\n")
                .append("WARC-Record-ID: ").append(id).append("\r\n")
                .append("WARC-Date: 2024-03-01T10:00:00Z\r\n");
        if (target != null) {
            h.append("WARC-Target-URI: ").append(target).append("\r\n");
        }
        h.append("Content-Type: ").append(contentType).append("\r\n")
                .append("Content-Length: ").append(block.length).append("\r\n\r\n");
        out.write(h.toString().getBytes(StandardCharsets.US_ASCII));
        out.write(block);
        out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
