package org.stemma.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.stemma.model.Edge;
import org.stemma.model.LostSource;

/**
 * Draws a reuse family's provenance tree as inline SVG: sources above their copies, one row per generation,
 * an arrow from source to copy drawn thicker the more confident the edge; lost sources dashed and italic.
 *
 * <p>Self-contained (no script, font or link); every label passes through {@link HtmlEscaper}. Layout is a
 * function of the sorted input only: a node's row is its longest distance from a root (the graph has no
 * cycles, as provenance guarantees; a cycle would only stop the layering early), rows sorted by id.
 * Families larger than {@link #MAX_NODES} nodes are not drawn, so a page stays readable and small. Public so
 * the server's storyline view draws the same tree as the static report.
 */
public final class FamilySvg {
    /** Above this many nodes a drawing is too wide to read; the list of edges below it says the same. */
    public static final int MAX_NODES = 60;
    private static final int BOX_WIDTH = 170;
    private static final int BOX_HEIGHT = 38;
    private static final int GAP_X = 20;
    private static final int GAP_Y = 46;
    private static final int MARGIN = 10;
    /** The arrow head's length in pixels. */
    private static final double ARROW = 8;
    /** Labels are cut to this many chars so they fit their box. */
    private static final int MAX_LABEL_CHARS = 24;

    private FamilySvg() {
    }

    /**
     * The SVG element, or an empty string when there is nothing to draw or too much.
     *
     * @param outlet the outlet to show under an article's id, or an empty string
     */
    public static String draw(List<Edge> edges, List<LostSource> lost, Function<String, String> outlet) {
        TreeSet<String> nodes = new TreeSet<>();
        Map<String, LostSource> lostById = new HashMap<>();
        for (LostSource l : lost) {
            nodes.add(l.id());
            lostById.put(l.id(), l);
        }
        for (Edge e : edges) {
            nodes.add(e.source());
            nodes.add(e.target());
        }
        if (edges.isEmpty() || nodes.size() > MAX_NODES) {
            return "";
        }
        Map<String, Integer> depth = new HashMap<>();
        nodes.forEach(n -> depth.put(n, 0));
        for (int round = 0; round < nodes.size(); round++) {
            boolean changed = false;
            for (Edge e : edges) {
                int d = depth.get(e.source()) + 1;
                if (d > depth.get(e.target())) {
                    depth.put(e.target(), d);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        Map<Integer, List<String>> rows = new TreeMap<>();
        for (String n : nodes) {
            rows.computeIfAbsent(depth.get(n), k -> new ArrayList<>()).add(n);
        }
        int widest = rows.values().stream().mapToInt(List::size).max().orElse(1);
        int width = 2 * MARGIN + widest * BOX_WIDTH + (widest - 1) * GAP_X;
        int height = 2 * MARGIN + rows.size() * BOX_HEIGHT + (rows.size() - 1) * GAP_Y;
        Map<String, int[]> at = new HashMap<>();
        int r = 0;
        for (List<String> row : rows.values()) {
            int rowWidth = row.size() * BOX_WIDTH + (row.size() - 1) * GAP_X;
            int x = (width - rowWidth) / 2;
            for (String n : row) {
                at.put(n, new int[] {x, MARGIN + r * (BOX_HEIGHT + GAP_Y)});
                x += BOX_WIDTH + GAP_X;
            }
            r++;
        }
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg class=\"tree\" width=\"%d\" "
                + "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"provenance tree\">%n",
                width, height, width, height));
        for (Edge e : edges) {
            int[] a = at.get(e.source());
            int[] b = at.get(e.target());
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\" "
                            + "stroke-width=\"%.1f\"%s><title>%s</title></line>%n",
                    a[0] + BOX_WIDTH / 2, a[1] + BOX_HEIGHT, b[0] + BOX_WIDTH / 2, b[1],
                    1 + 2 * e.confidence(), lostById.containsKey(e.source()) ? " stroke-dasharray=\"5,3\"" : "",
                    HtmlEscaper.escape(e.source() + " \u2192 " + e.target()
                            + String.format(Locale.ROOT, " (%.2f)", e.confidence()))));
            s.append(arrowHead(a[0] + BOX_WIDTH / 2, a[1] + BOX_HEIGHT, b[0] + BOX_WIDTH / 2, b[1]));
        }
        for (String n : nodes) {
            int[] p = at.get(n);
            LostSource l = lostById.get(n);
            String second = l != null ? "lost" + l.credited().map(c -> ": " + c).orElse("") : outlet.apply(n);
            s.append(String.format(Locale.ROOT, "<g><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\" "
                            + "fill=\"%s\" stroke=\"#777\"%s/>", p[0], p[1], BOX_WIDTH, BOX_HEIGHT,
                    l != null ? "#f4f4f4" : "#fff", l != null ? " stroke-dasharray=\"4,3\"" : ""));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\"%s>%s</text>",
                    p[0] + 6, p[1] + 15, l != null ? " font-style=\"italic\"" : "", HtmlEscaper.escape(cut(n))));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#666\"%s>%s</text>",
                    p[0] + 6, p[1] + 30, l != null ? " font-style=\"italic\"" : "", HtmlEscaper.escape(cut(second))));
            s.append("<title>").append(HtmlEscaper.escape(n)).append("</title></g>\n");
        }
        s.append("</svg>\n");
        return s.toString();
    }

    /** A filled triangle at (x2, y2) pointing along the line; drawn, not a marker, so no element needs an id. */
    private static String arrowHead(int x1, int y1, int x2, int y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        double ux = dx / len;
        double uy = dy / len;
        double bx = x2 - ARROW * ux;
        double by = y2 - ARROW * uy;
        return String.format(Locale.ROOT, "<polygon points=\"%d,%d %.1f,%.1f %.1f,%.1f\" fill=\"#555\"/>%n", x2, y2,
                bx - ARROW / 2 * uy, by + ARROW / 2 * ux, bx + ARROW / 2 * uy, by - ARROW / 2 * ux);
    }

    private static String cut(String s) {
        return s.length() <= MAX_LABEL_CHARS ? s : s.substring(0, MAX_LABEL_CHARS - 1) + "\u2026";
    }
}
