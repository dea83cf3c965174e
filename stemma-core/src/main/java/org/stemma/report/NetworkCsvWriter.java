package org.stemma.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.stemma.model.Analysis;

/**
 * Writes the outlet network and the article graph as CSV edge lists (RFC 4180; Gephi's spreadsheet import
 * reads the {@code Source,Target,Weight} header): {@code outlets.csv} with {@code count}, {@code reused_share}
 * and {@code median_lag_hours}, and {@code articles.csv} with {@code confidence}. Ends are labels (outlet names,
 * article ids), quoted when needed. Deterministic.
 */
public final class NetworkCsvWriter implements ReportWriter {
    private final ReportConfig config;

    public NetworkCsvWriter(ReportConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config is null; use ReportConfig.defaults()");
        }
        this.config = config;
    }

    /** Writes both files into {@code dir}, creating it if needed. */
    @Override
    public void write(Analysis analysis, Path dir) throws IOException {
        NetworkGraph.writeEach(analysis, dir, ".csv", this::write);
    }

    void write(NetworkGraph g, Writer w) throws IOException {
        StringBuilder header = new StringBuilder("Source,Target,Weight");
        for (NetworkGraph.Attr a : g.linkAttrs()) {
            header.append(',').append(a.name());
        }
        w.write(header + "\n");
        for (NetworkGraph.Link l : g.links()) {
            StringBuilder row = new StringBuilder();
            row.append(quote(g.nodes().get(l.source()).label())).append(',')
                    .append(quote(g.nodes().get(l.target()).label())).append(',')
                    .append(NetworkGraph.text(l.weight(), config.decimals()));
            for (Object v : l.values()) {
                row.append(',').append(quote(NetworkGraph.text(v, config.decimals())));
            }
            w.write(row + "\n");
        }
    }

    /** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
