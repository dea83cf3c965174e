package org.stemma.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkCommandTest {
    @TempDir
    Path tmp;

    private static final Path EXAMPLE = Path.of("../examples/harbour");

    @Test
    void analyzeWritesTheNetworkFilesAndNetworkReadsThemBackAsItComputesThem() {
        Path out = tmp.resolve("out");
        Outputs.Run analyze = Outputs.run("analyze", EXAMPLE.toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitCode.OK, analyze.code(), analyze.err());
        for (String name : List.of("outlets.graphml", "outlets.gexf", "outlets.csv", "articles.graphml",
                "articles.gexf", "articles.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        Outputs.Run fromFolder = Outputs.run("network", out.toString());
        assertEquals(ExitCode.OK, fromFolder.code(), fromFolder.err());
        assertTrue(fromFolder.out().contains("republishes from"), fromFolder.out());
        assertTrue(fromFolder.out().lines().anyMatch(l -> l.contains("Marenne Wire")), fromFolder.out());
        Outputs.Run fromCorpus = Outputs.run("network", EXAMPLE.toString(), "--quiet");
        assertEquals(fromFolder.out(), fromCorpus.out());
    }

    @Test
    void csvFieldsHonourQuotes() {
        assertEquals(List.of("a, b", "c\"d", ""), NetworkCommand.fields("\"a, b\",\"c\"\"d\","));
    }
}
