package org.stemma.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.model.Problem;
import org.stemma.model.RawArticle;

class CorpusTest {
    @TempDir
    Path dir;

    private final List<Problem> problems = new ArrayList<>();

    private List<RawArticle> read(Path... inputs) throws IOException {
        try (Corpus corpus = Corpus.open(List.of(inputs), IngestConfig.defaults(), problems::add)) {
            return corpus.stream().toList();
        }
    }

    @Test
    void aFolderOfTextFilesGivesOneArticleAFileInNameOrderWithTheFileNameAsId() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "Second text.");
        Files.writeString(dir.resolve("a.txt"), "First text.");
        Files.writeString(dir.resolve("NOTES.md"), "not an article");
        List<RawArticle> articles = read(dir);
        assertEquals(List.of("a", "b"), articles.stream().map(RawArticle::id).toList());
        assertEquals("First text.", articles.get(0).text());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void theOriginalTextIsKeptByteForByteIncludingWhitespace() throws IOException {
        String text = "  Title\r\n\r\nBody “quoted” – text\u00a0with odd spaces.\n\n\n";
        Files.writeString(dir.resolve("x.txt"), text);
        assertEquals(text, read(dir.resolve("x.txt")).get(0).text());
    }

    @Test
    void malformedUtf8IsRepairedAndCountedNotFatal() throws IOException {
        byte[] good = "Caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[] {good[0], good[1], good[2], (byte) 0xC3, (byte) 0x28, ' ', (byte) 0xFF, 'x'};
        Files.write(dir.resolve("bad.txt"), bytes);
        RawArticle a = read(dir).get(0);
        assertEquals(2, a.repairedChars());
        assertEquals("Caf\uFFFD( \uFFFDx", a.text());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheText() throws IOException {
        Files.write(dir.resolve("bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'});
        assertEquals("Hi", read(dir).get(0).text());
    }

    @Test
    void emptyFilesAreReportedAndSkipped() throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "  \n ");
        Files.writeString(dir.resolve("full.txt"), "Text.");
        assertEquals(1, read(dir).size());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("empty"), problems.toString());
    }

    @Test
    void jsonlRecordsCarryTheirMetadataAndBadLinesAreReportedWithTheirLineNumbers() throws IOException {
        Path file = dir.resolve("corpus.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\": \"a1\", \"outlet\": \"Daily Example\", \"date\": \"2024-03-05\", \"lang\": \"en\","
                        + " \"title\": \"A title\", \"url\": null, \"text\": \"Alpha text.\"}",
                "{not json",
                "",
                "{\"id\": \"a2\"}",
                "{\"id\": \"a3\", \"text\": \"   \"}",
                "[1, 2]",
                "{\"text\": \"no id\"}",
                "{\"id\": 7, \"text\": \"Numeric id.\"}\r",
                "{\"id\": \"a1\", \"text\": \"Duplicate.\"}"));
        List<RawArticle> articles = read(file);
        assertEquals(List.of("a1", "7"), articles.stream().map(RawArticle::id).toList());
        RawArticle a1 = articles.get(0);
        assertEquals("Daily Example", a1.outlet().orElseThrow());
        assertEquals("2024-03-05", a1.date().orElseThrow());
        assertTrue(a1.url().isEmpty());
        assertEquals(1, a1.origin().line());
        assertEquals(List.of(2L, 4L, 5L, 6L, 7L, 9L), problems.stream().map(p -> p.origin().line()).toList());
        assertTrue(problems.get(5).message().contains("duplicate"), problems.get(5).message());
    }

    @Test
    void gzippedJsonlIsReadTransparently() throws IOException {
        Path file = dir.resolve("corpus.jsonl.gz");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write("{\"id\": \"z\", \"text\": \"Zipped.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(file, bytes.toByteArray());
        assertEquals("Zipped.", read(file).get(0).text());
    }

    @Test
    void anOverlongRecordIsSkippedWithoutReadingItIntoMemory() throws IOException {
        Path file = dir.resolve("big.jsonl");
        String huge = "{\"id\": \"big\", \"text\": \"" + "x".repeat(5000) + "\"}";
        Files.writeString(file, huge + "\n{\"id\": \"small\", \"text\": \"ok\"}\n");
        List<RawArticle> articles;
        try (Corpus corpus = Corpus.open(List.of(file), new IngestConfig(1000), problems::add)) {
            articles = corpus.stream().toList();
        }
        assertEquals(List.of("small"), articles.stream().map(RawArticle::id).toList());
        assertTrue(problems.get(0).message().contains("longer than 1000"), problems.toString());
    }

    @Test
    void aMissingInputIsTheUsersMistakeAndFailsBeforeAnyWork() {
        assertThrows(NoSuchFileException.class, () -> read(dir.resolve("nope")));
    }

    @Test
    void aSingleFileOfAnUnknownKindIsRejected() throws IOException {
        Path pdf = Files.writeString(dir.resolve("x.pdf"), "%PDF");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(pdf));
        assertTrue(e.getMessage().contains("x.pdf"));
    }
}
