package org.stemma.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stemma.report.ReportFixtures.COPY;
import static org.stemma.report.ReportFixtures.SOURCE;
import static org.stemma.report.ReportFixtures.article;
import static org.stemma.report.ReportFixtures.passage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemma.model.Analysis;
import org.stemma.model.Article;
import org.stemma.model.DateBasis;
import org.stemma.model.Edge;
import org.stemma.model.LostSource;
import org.stemma.model.PublicationDate;
import org.w3c.dom.Document;

class NetworkWritersTest {
    @TempDir
    Path dir;

    private static PublicationDate at(int day, int hour) {
        return new PublicationDate(Optional.of(LocalDate.of(2021, 3, day)), Optional.of(LocalTime.of(hour, 0)),
                DateBasis.STATED, Optional.empty());
    }

    /** Outlet "Brenfield, <Post>" is copied by "Quay & Co" twice-over: once directly, once via a lost wire. */
    private static Analysis analysis() {
        Article a = article("a", SOURCE, at(1, 6), Optional.of("Brenfield, <Post>"));
        Article b = article("b", COPY, at(1, 18), Optional.of("Quay & Co"));
        Article c = article("c", SOURCE, PublicationDate.UNKNOWN, Optional.of("Quay & Co"));
        LostSource lost = new LostSource("lost:a", List.of("a", "c"), Optional.of("Brenfield, <Post>"));
        return new Analysis(List.of(a, b, c), List.of(passage(a, b)), List.of(), List.of(),
                List.of(new Edge("a", "b", 0.9, List.of()), new Edge("lost:a", "c", 0.5, List.of()),
                        new Edge("lost:a", "a", 0.5, List.of())),
                List.of(lost), List.of());
    }

    @Test
    void outletPairsCountCopiesAcrossLostSourcesWithShareAndLag() {
        List<NetworkGraph.OutletPair> pairs = NetworkGraph.outletPairs(analysis());
        assertEquals(1, pairs.size(), pairs.toString());
        NetworkGraph.OutletPair p = pairs.get(0);
        assertEquals("Brenfield, <Post>", p.source());
        assertEquals("Quay & Co", p.target());
        assertEquals(2, p.count());
        assertEquals(Optional.of(12.0), p.medianLagHours());
        assertTrue(p.reusedShare() > 0.4 && p.reusedShare() <= 1, p.toString());
    }

    @Test
    void graphMlAndGexfAreWellFormedXmlWithEscapedNames() throws Exception {
        new GraphMlWriter(ReportConfig.defaults()).write(analysis(), dir);
        new GexfWriter(ReportConfig.defaults()).write(analysis(), dir);
        for (String f : List.of("outlets.graphml", "articles.graphml", "outlets.gexf", "articles.gexf")) {
            Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve(f).toFile());
            assertTrue(d.getDocumentElement().getTextContent() != null, f);
        }
        String gexf = Files.readString(dir.resolve("outlets.gexf"), StandardCharsets.UTF_8);
        assertTrue(gexf.contains("label=\"Brenfield, &lt;Post&gt;\""), gexf);
        assertTrue(gexf.contains("source=\"n0\" target=\"n1\" weight=\"2\""), gexf);
        String articles = Files.readString(dir.resolve("articles.graphml"), StandardCharsets.UTF_8);
        assertTrue(articles.contains("<data key=\"label\">lost:a</data>"), articles);
    }

    @Test
    void csvQuotesNamesWithCommas() throws IOException {
        new NetworkCsvWriter(ReportConfig.defaults()).write(analysis(), dir);
        List<String> lines = Files.readAllLines(dir.resolve("outlets.csv"), StandardCharsets.UTF_8);
        assertEquals("Source,Target,Weight,count,reused_share,median_lag_hours", lines.get(0));
        assertTrue(lines.get(1).startsWith("\"Brenfield, <Post>\",Quay & Co,2,2,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",12"), lines.get(1));
        assertEquals(List.of("Source,Target,Weight,confidence", "a,b,0.9,0.9", "lost:a,a,0.5,0.5",
                "lost:a,c,0.5,0.5"), Files.readAllLines(dir.resolve("articles.csv"), StandardCharsets.UTF_8));
    }
}
