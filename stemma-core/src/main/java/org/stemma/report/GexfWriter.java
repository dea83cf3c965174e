package org.stemma.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.stemma.model.Analysis;

/**
 * Writes the outlet network and the article graph as GEXF 1.3, Gephi's format: {@code outlets.gexf} and
 * {@code articles.gexf} in a folder, directed, with node and edge attributes as {@link NetworkGraph} lists
 * them and each edge's {@code weight} (republished count, or confidence). Deterministic; text is XML-escaped.
 */
public final class GexfWriter implements ReportWriter {
    private final ReportConfig config;

    public GexfWriter(ReportConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config is null; use ReportConfig.defaults()");
        }
        this.config = config;
    }

    /** Writes both files into {@code dir}, creating it if needed. */
    @Override
    public void write(Analysis analysis, Path dir) throws IOException {
        NetworkGraph.writeEach(analysis, dir, ".gexf", this::write);
    }

    void write(NetworkGraph g, Writer w) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n");
        w.write("  <meta><creator>stemma</creator><description>" + g.name() + "</description></meta>\n");
        w.write("  <graph mode=\"static\" defaultedgetype=\"directed\">\n");
        w.write("    <attributes class=\"node\">\n");
        for (int i = 0; i < g.nodeAttrs().size(); i++) {
            w.write("      <attribute id=\"" + i + "\" title=\"" + g.nodeAttrs().get(i).name() + "\" type=\""
                    + gexfType(g.nodeAttrs().get(i).type()) + "\"/>\n");
        }
        w.write("    </attributes>\n    <attributes class=\"edge\">\n");
        for (int i = 0; i < g.linkAttrs().size(); i++) {
            w.write("      <attribute id=\"" + i + "\" title=\"" + g.linkAttrs().get(i).name() + "\" type=\""
                    + gexfType(g.linkAttrs().get(i).type()) + "\"/>\n");
        }
        w.write("    </attributes>\n    <nodes>\n");
        for (int i = 0; i < g.nodes().size(); i++) {
            NetworkGraph.Node n = g.nodes().get(i);
            w.write("      <node id=\"n" + i + "\" label=\"" + NetworkGraph.xml(n.label()) + "\"><attvalues>");
            for (int k = 0; k < n.values().size(); k++) {
                if (n.values().get(k) != null) {
                    w.write("<attvalue for=\"" + k + "\" value=\""
                            + NetworkGraph.xml(NetworkGraph.text(n.values().get(k), config.decimals())) + "\"/>");
                }
            }
            w.write("</attvalues></node>\n");
        }
        w.write("    </nodes>\n    <edges>\n");
        for (int i = 0; i < g.links().size(); i++) {
            NetworkGraph.Link l = g.links().get(i);
            w.write("      <edge id=\"e" + i + "\" source=\"n" + l.source() + "\" target=\"n" + l.target()
                    + "\" weight=\"" + NetworkGraph.text(l.weight(), config.decimals()) + "\"><attvalues>");
            for (int k = 0; k < l.values().size(); k++) {
                if (l.values().get(k) != null) {
                    w.write("<attvalue for=\"" + k + "\" value=\""
                            + NetworkGraph.text(l.values().get(k), config.decimals()) + "\"/>");
                }
            }
            w.write("</attvalues></edge>\n");
        }
        w.write("    </edges>\n  </graph>\n</gexf>\n");
    }

    private static String gexfType(String type) {
        return type.equals("int") ? "integer" : type;
    }
}
