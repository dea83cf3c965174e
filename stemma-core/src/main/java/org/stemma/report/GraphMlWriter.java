package org.stemma.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writes the outlet network and the article graph as GraphML (Brandes et al., graphml.graphdrawing.org):
 * {@code outlets.graphml} and {@code articles.graphml} in a folder. Every node has a {@code label}; links a
 * {@code weight} (republished count, or confidence) and the attributes {@link NetworkGraph} lists.
 * Deterministic; text is XML-escaped.
 */
public final class GraphMlWriter implements ReportWriter {
    private final ReportConfig config;

    public GraphMlWriter(ReportConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config is null; use ReportConfig.defaults()");
        }
        this.config = config;
    }

    /** Writes both files into {@code dir}, creating it if needed. */
    @Override
    public void write(org.stemma.model.Analysis analysis, Path dir) throws IOException {
        NetworkGraph.writeEach(analysis, dir, ".graphml", this::write);
    }

    void write(NetworkGraph g, Writer w) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
        w.write("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
        w.write("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n");
        for (int i = 0; i < g.nodeAttrs().size(); i++) {
            NetworkGraph.Attr a = g.nodeAttrs().get(i);
            w.write("  <key id=\"n" + i + "\" for=\"node\" attr.name=\"" + a.name() + "\" attr.type=\""
                    + a.type() + "\"/>\n");
        }
        for (int i = 0; i < g.linkAttrs().size(); i++) {
            NetworkGraph.Attr a = g.linkAttrs().get(i);
            w.write("  <key id=\"e" + i + "\" for=\"edge\" attr.name=\"" + a.name() + "\" attr.type=\""
                    + a.type() + "\"/>\n");
        }
        w.write("  <graph id=\"" + g.name() + "\" edgedefault=\"directed\">\n");
        for (int i = 0; i < g.nodes().size(); i++) {
            NetworkGraph.Node n = g.nodes().get(i);
            w.write("    <node id=\"n" + i + "\"><data key=\"label\">" + NetworkGraph.xml(n.label()) + "</data>");
            for (int k = 0; k < n.values().size(); k++) {
                if (n.values().get(k) != null) {
                    w.write("<data key=\"n" + k + "\">"
                            + NetworkGraph.xml(NetworkGraph.text(n.values().get(k), config.decimals())) + "</data>");
                }
            }
            w.write("</node>\n");
        }
        for (NetworkGraph.Link l : g.links()) {
            w.write("    <edge source=\"n" + l.source() + "\" target=\"n" + l.target() + "\"><data key=\"weight\">"
                    + NetworkGraph.text(l.weight(), config.decimals()) + "</data>");
            for (int k = 0; k < l.values().size(); k++) {
                if (l.values().get(k) != null) {
                    w.write("<data key=\"e" + k + "\">" + NetworkGraph.text(l.values().get(k), config.decimals())
                            + "</data>");
                }
            }
            w.write("</edge>\n");
        }
        w.write("  </graph>\n</graphml>\n");
    }
}
