package org.stemma.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.stemma.model.Clutter;
import org.stemma.model.ClutterKind;
import org.stemma.model.Span;

/**
 * Extracts an article by choosing its container on jsoup's DOM: the element whose prose outweighs the
 * clutter it holds by the most. The algorithm (documented at length in docs/EXTRACTION.md):
 * <ol>
 * <li><b>Blocks.</b> One iterative walk turns the visible DOM (no scripts, styles, forms' controls or hidden
 *     elements) into blocks: the text of each block-level element, whitespace collapsed, {@code <br>} kept as
 *     a line break, with its count of chars inside links and the element that owns it.</li>
 * <li><b>Marks.</b> Tags ({@code nav}, {@code footer}, {@code aside}, {@code form}, {@code figcaption}),
 *     ARIA roles and class/id names mark elements as a kind of clutter (comments, share widgets, menus,
 *     pagination, notices, teasers and ads, bylines and captions). A mark on an element that holds most
 *     of the page's prose belongs to a page wrapper and is dropped.</li>
 * <li><b>Container.</b> Each element scores {@code prose x bonus - penalty x other}: prose is the non-link
 *     text of unmarked blocks of at least a sentence's length with few links; other is every other char; the
 *     bonus rewards {@code itemprop=articleBody}, {@code <article>}, {@code <main>} and article-like names.
 *     The best element is the container.</li>
 * <li><b>Kinds.</b> Inside the container, a block is body unless a mark or its link density says it is
 *     clutter; outside, every block is clutter, of its mark's kind or by position and links.</li>
 * <li><b>Edges.</b> The lead, a paragraph of prose between the headline and the first body paragraph, is
 *     body wherever it sits and whatever its element is called; past the last paragraph, lines that are not
 *     prose and lie outside the text column are clutter.</li>
 * </ol>
 * All blocks go into the text (clutter too), separated by blank lines, so the clean stage can show them.
 * Immutable and thread-safe. Work is linear in the page's size, capped by {@link ExtractConfig#maxHtmlChars()}.
 */
public final class DomExtractor implements HtmlExtractor {

    /** Elements whose content is never visible text. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "video", "audio", "map", "select", "option", "textarea",
            "input", "head", "title", "meta", "link", "base", "datalist", "picture", "source", "img");

    /** Elements that start and end a block of text. */
    private static final Set<String> BLOCK = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
            "blockquote", "pre", "section", "article", "header", "footer", "nav", "aside", "main", "figure",
            "figcaption", "form", "fieldset", "address", "hr", "details", "summary", "center", "body", "html",
            "legend", "hgroup", "menu", "dialog", "frameset", "frame");

    /** Elements whose blocks are judged together for link density. */
    private static final Set<String> GROUP = Set.of("ul", "ol", "dl", "table", "menu");

    /** Elements whose marks are never honoured: they are the page, not a part of it. */
    private static final Set<String> UNMARKABLE = Set.of("html", "body", "main");

    private static final String BLOCK_SEPARATOR = "\n\n";

    private final ExtractConfig config;

    public DomExtractor(ExtractConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config is null");
        }
        this.config = config;
    }

    @Override
    public Extraction extract(String html, Optional<String> url) {
        List<String> warnings = new ArrayList<>();
        String input = html == null ? "" : html;
        if (input.length() > config.maxHtmlChars()) {
            warnings.add("page of " + input.length() + " chars cut to " + config.maxHtmlChars());
            input = input.substring(0, config.maxHtmlChars());
        }
        Document doc = Jsoup.parse(input, url.orElse(""));
        Walker walker = new Walker(config.maxElementDepth());
        Element root = doc.body() != null ? doc.body() : doc;
        NodeTraversor.filter(walker, root);
        walker.flush();
        if (walker.truncatedDepth) {
            warnings.add("markup nested deeper than " + config.maxElementDepth() + " levels read as flat text");
        }
        List<El> els = walker.els;
        List<Block> blocks = walker.blocks;
        int container = classify(els, blocks, warnings);

        StringBuilder text = new StringBuilder();
        List<Span> body = new ArrayList<>();
        List<Clutter> clutter = new ArrayList<>();
        List<MetadataReader.Scanned> scanned = new ArrayList<>();
        ClutterKind runKind = null;
        int runStart = 0;
        int runEnd = 0;
        for (Block b : blocks) {
            if (!text.isEmpty()) {
                text.append(BLOCK_SEPARATOR);
            }
            int start = text.length();
            text.append(b.text);
            Span span = Span.of(start, text.length());
            scanned.add(new MetadataReader.Scanned(span, Optional.ofNullable(b.kind), b.heading));
            if (b.kind == null) {
                body.add(span);
            }
            if (b.kind != runKind && runKind != null) {
                clutter.add(new Clutter(runKind, Span.of(runStart, runEnd)));
            }
            if (b.kind != null) {
                if (b.kind != runKind) {
                    runStart = start;
                }
                runEnd = text.length();
            }
            runKind = b.kind;
        }
        if (runKind != null) {
            clutter.add(new Clutter(runKind, Span.of(runStart, runEnd)));
        }
        if (container < 0 && !blocks.isEmpty()) {
            warnings.add("no article text found: every block is clutter");
        }
        String flat = text.toString();
        return new MetadataReader(config, doc, url, flat, scanned).read(body, clutter, warnings);
    }

    /** Sets each block's kind (null for body); returns the container's element index, or -1 for none. */
    private int classify(List<El> els, List<Block> blocks, List<String> warnings) {
        int n = els.size();
        if (n == 0) {
            return -1;
        }
        double[] prose0 = new double[n];
        for (Block b : blocks) {
            if (isProse(b)) {
                prose0[b.owner] += b.text.length() - b.linkChars;
            }
        }
        accumulate(els, prose0);
        // Comment threads first: the prose they hold is not the article's, so other marks are weighed
        // against the prose left without them.
        double total = prose0[0];
        boolean[] inComments = new boolean[n];
        double commentProse = 0;
        for (int i = 0; i < n; i++) {
            El e = els.get(i);
            boolean inherited = e.parent >= 0 && inComments[e.parent];
            boolean honoured = !inherited && e.mark == ClutterKind.COMMENTS
                    && prose0[i] <= config.maxCommentMarkShare() * total;
            if (honoured) {
                commentProse += prose0[i];
            }
            inComments[i] = inherited || honoured;
        }
        double articleProse = total - commentProse;
        ClutterKind[] effective = new ClutterKind[n];
        for (int i = 0; i < n; i++) {
            El e = els.get(i);
            ClutterKind inherited = e.parent >= 0 ? effective[e.parent] : null;
            boolean honoured = e.mark != null && (e.mark == ClutterKind.COMMENTS ? inComments[i]
                    : prose0[i] <= config.maxMarkShare() * articleProse);
            effective[i] = inherited != null ? inherited : honoured ? e.mark : null;
        }
        double[] prose = new double[n];
        double[] other = new double[n];
        for (Block b : blocks) {
            if (effective[b.owner] == null && isProse(b)) {
                prose[b.owner] += b.text.length() - b.linkChars;
                other[b.owner] += b.linkChars;
            } else {
                other[b.owner] += b.text.length();
            }
        }
        accumulate(els, prose);
        accumulate(els, other);
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < n; i++) {
            if (prose[i] <= 0) {
                continue;
            }
            double score = prose[i] * els.get(i).bonus - config.clutterPenalty() * other[i];
            if (best < 0 || score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        int firstInside = Integer.MAX_VALUE;
        for (int k = 0; k < blocks.size(); k++) {
            if (best >= 0 && inside(els, best, blocks.get(k).owner)) {
                firstInside = Math.min(firstInside, k);
            }
        }
        // Link density is judged over a whole list or table: a list of links is clutter, while a list of
        // ingredients or facts with a few linked words is not, though some of its items are all link.
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            El e = els.get(i);
            group[i] = e.group ? i : e.parent >= 0 ? group[e.parent] : -1;
        }
        double[] groupLinks = new double[n];
        double[] groupChars = new double[n];
        for (Block b : blocks) {
            int g = group[b.owner];
            if (g >= 0) {
                groupLinks[g] += b.linkChars;
                groupChars[g] += b.text.length();
            }
        }
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            ClutterKind mark = effective[b.owner];
            int g = group[b.owner];
            boolean linky = g >= 0
                    ? groupLinks[g] > config.maxBodyLinkDensity() * groupChars[g]
                    : b.linkChars > config.maxBodyLinkDensity() * b.text.length();
            b.mark = mark;
            if (mark != null) {
                b.kind = mark;
            } else if (best >= 0 && inside(els, best, b.owner)) {
                b.kind = linky ? ClutterKind.TEASER : null;
            } else if (linky) {
                b.kind = ClutterKind.NAVIGATION;
            } else {
                b.kind = k < firstInside ? ClutterKind.META : ClutterKind.DISCLAIMER;
            }
        }
        rescueLead(blocks);
        trimTail(els, blocks);
        dropCreditsAndPrompts(blocks);
        adoptSectionKinds(blocks);
        return best;
    }

    /**
     * The standfirst: a paragraph of prose just before the article's first body paragraph, after the
     * headline, is the article's lead, even outside the container or in an element named like a teaser, an
     * intro or a page header (templates put the lead in the article's header and call it "teaser", "intro"
     * or "summary"). Walking back from the first body paragraph, body lines, bylines, dates, captions, share
     * buttons and other short lines are passed over; the walk stops at the headline ({@code <h1>}), at
     * notices, comments and pagination, at a long block that is not prose, and after
     * {@link ExtractConfig#maxLeadGap()} passed lines.
     */
    private void rescueLead(List<Block> blocks) {
        int first = -1;
        for (int k = 0; k < blocks.size(); k++) {
            if (blocks.get(k).kind == null && isProse(blocks.get(k))) {
                first = k;
                break;
            }
        }
        int passed = 0;
        for (int k = first - 1; k >= 0 && passed <= config.maxLeadGap(); k--) {
            Block b = blocks.get(k);
            if (b.heading == 1 || b.mark == ClutterKind.COMMENTS || b.mark == ClutterKind.DISCLAIMER
                    || b.mark == ClutterKind.PAGINATION) {
                return;
            }
            if (b.kind == null) {
                continue;
            }
            int plain = b.text.length() - b.linkChars;
            boolean leadMark = b.mark == null || b.mark == ClutterKind.TEASER || b.mark == ClutterKind.NAVIGATION;
            if (leadMark && plain >= config.minLeadChars()
                    && b.linkChars <= config.maxParagraphLinkDensity() * b.text.length()) {
                b.kind = null;
            } else if (b.text.length() < config.minLeadChars() || b.mark == ClutterKind.META
                    || b.mark == ClutterKind.WIDGET) {
                passed++;
            } else {
                return;
            }
        }
    }

    /**
     * The article's tail: past its last paragraph of prose, a body line that is not prose itself and lies
     * outside the text column (the element whose own child blocks hold most of the body's prose) is the
     * article's furniture, not its text: a "More on this" heading, a credit, a contact line, a date, a link
     * prompt. Such lines become meta clutter. Lines inside the column (a signature, a last short sentence)
     * and lines before the last paragraph (a section's heading) stay body: the DOM position, not the line's
     * words or length alone, is the evidence.
     */
    private void trimTail(List<El> els, List<Block> blocks) {
        double[] own = new double[els.size()];
        int lastProse = -1;
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            if (b.kind == null && isProse(b)) {
                lastProse = k;
                int o = b.owner;
                while (o >= 0 && !els.get(o).block) {
                    o = els.get(o).parent;
                }
                int column = o >= 0 ? els.get(o).parent : -1;
                if (column >= 0) {
                    own[column] += b.text.length() - b.linkChars;
                }
            }
        }
        int column = -1;
        for (int i = 0; i < own.length; i++) {
            if (own[i] > 0 && (column < 0 || own[i] > own[column])) {
                column = i;
            }
        }
        if (column < 0) {
            return;
        }
        int from = lastProse;
        for (int k = lastProse + 1; k < blocks.size(); k++) {
            if (blocks.get(k).kind == null && inside(els, column, blocks.get(k).owner)) {
                from = k;
            }
        }
        for (int k = from + 1; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            if (b.kind == null && !inside(els, column, b.owner) && !isProse(b)) {
                b.kind = ClutterKind.META;
            }
        }
    }

    /**
     * Lines whose own words say they are not the article's: a picture's credit or a source line ("Foto: ...",
     * "© Agency", "Quelle: ..."), and a call to the reader to subscribe, sign up, follow or support the outlet.
     * Templates put both inside the text column in elements named like any paragraph, so neither markup nor
     * position finds them. Only short lines count (a credit is a line, a prompt a sentence or two): a paragraph
     * of the story that reports on a newsletter or quotes a photographer is longer, and the cues are written
     * as a line's own label ("Foto:") or as an imperative to the reader, not as words a story uses in passing.
     */
    private void dropCreditsAndPrompts(List<Block> blocks) {
        for (Block b : blocks) {
            if (b.kind != null) {
                continue;
            }
            ClutterKind cue = TextCues.kindOf(b.text, config.maxCreditChars(), config.maxPromptChars());
            if (cue != null) {
                b.kind = cue;
            }
        }
    }

    private boolean isProse(Block b) {
        int plain = b.text.length() - b.linkChars;
        return b.heading == 0 && plain >= config.minParagraphChars()
                && b.linkChars <= config.maxParagraphLinkDensity() * b.text.length();
    }

    /**
     * A body heading, or a short body line ending in a colon, that introduces only clutter ("Related
     * articles", "Comments", "You may also like:") is clutter of that kind; so is a heading that ends the
     * article with nothing under it.
     */
    private void adoptSectionKinds(List<Block> blocks) {
        for (int k = blocks.size() - 1; k >= 0; k--) {
            Block b = blocks.get(k);
            if (b.kind != null) {
                continue;
            }
            boolean intro = b.heading > 0 || (b.text.length() <= config.maxIntroChars() && b.text.endsWith(":"));
            if (!intro) {
                continue;
            }
            ClutterKind next = null;
            boolean anyBody = false;
            for (int j = k + 1; j < blocks.size(); j++) {
                Block f = blocks.get(j);
                if (f.heading > 0 && (b.heading == 0 || f.heading <= b.heading)) {
                    break;
                }
                if (f.kind == null) {
                    anyBody = true;
                    break;
                }
                if (next == null) {
                    next = f.kind;
                }
            }
            if (!anyBody) {
                b.kind = next != null ? next : ClutterKind.META;
            }
        }
    }

    /** Adds each element's value to its parent's, children first (elements are in document order). */
    private static void accumulate(List<El> els, double[] values) {
        for (int i = els.size() - 1; i > 0; i--) {
            int p = els.get(i).parent;
            if (p >= 0) {
                values[p] += values[i];
            }
        }
    }

    private static boolean inside(List<El> els, int ancestor, int element) {
        return element >= ancestor && element <= els.get(ancestor).last;
    }

    /** An element of the walk: its parent, its clutter mark, its container bonus, its last descendant. */
    private static final class El {
        final int parent;
        final ClutterKind mark;
        final float bonus;
        final boolean block;
        final boolean group;
        int last;

        El(int parent, ClutterKind mark, float bonus, boolean block, boolean group) {
            this.parent = parent;
            this.mark = mark;
            this.bonus = bonus;
            this.block = block;
            this.group = group;
        }
    }

    /** A block of text and what the walk knew of it. */
    private static final class Block {
        final String text;
        final int owner;
        final int linkChars;
        final int heading;
        ClutterKind kind;
        /** The kind a clutter mark on the block's element or an ancestor gives it, or null. */
        ClutterKind mark;

        Block(String text, int owner, int linkChars, int heading) {
            this.text = text;
            this.owner = owner;
            this.linkChars = linkChars;
            this.heading = heading;
        }
    }

    /** Walks the DOM iteratively (jsoup's traversor keeps no Java stack), building elements and blocks. */
    private final class Walker implements NodeFilter {
        final List<El> els = new ArrayList<>();
        final List<Block> blocks = new ArrayList<>();
        private final int maxDepth;
        private int[] stack = new int[64];
        private int height;
        private final StringBuilder buf = new StringBuilder();
        private int linkChars;
        private boolean pendingSpace;
        private int anchors;
        private int pre;
        private int heading;
        boolean truncatedDepth;

        Walker(int maxDepth) {
            this.maxDepth = maxDepth;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = e.normalName();
            if (SKIPPED.contains(tag)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                lineBreak();
                return FilterResult.CONTINUE;
            }
            int marks = Marks.read(e);
            if ((marks & Marks.HIDDEN) != 0) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (depth > maxDepth) {
                truncatedDepth = true;
                return FilterResult.CONTINUE;
            }
            ClutterKind mark = UNMARKABLE.contains(tag) ? null : Marks.kindOf(marks);
            boolean block = BLOCK.contains(tag) || mark != null;
            if (block) {
                flush();
            }
            int parent = height > 0 ? stack[height - 1] : -1;
            float bonus = (marks & Marks.ARTICLE_BODY) != 0 ? config.articleBodyBonus()
                    : (marks & Marks.CONTAINER_NAME) != 0 ? config.containerNameBonus() : 1f;
            els.add(new El(parent, mark, bonus, block, GROUP.contains(tag)));
            if (height == stack.length) {
                stack = java.util.Arrays.copyOf(stack, stack.length * 2);
            }
            stack[height++] = els.size() - 1;
            if (tag.equals("a")) {
                anchors++;
            } else if (tag.equals("pre")) {
                pre++;
            } else if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                heading = tag.charAt(1) - '0';
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e) || depth > maxDepth || e.normalName().equals("br")) {
                return FilterResult.CONTINUE;
            }
            int index = stack[height - 1];
            El el = els.get(index);
            if (el.block) {
                flush();
            }
            el.last = els.size() - 1;
            height--;
            String tag = e.normalName();
            if (tag.equals("a")) {
                anchors--;
            } else if (tag.equals("pre")) {
                pre--;
            }
            return FilterResult.CONTINUE;
        }

        private void append(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (pre > 0 && c == '\n') {
                    lineBreak();
                } else if (pre == 0 && (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B')) {
                    pendingSpace = true;
                } else if (c == '\r' || Character.getType(c) == Character.CONTROL) {
                    pendingSpace = true;
                } else {
                    if (c == '\u00A0') {
                        c = ' ';
                    }
                    if (pendingSpace && !buf.isEmpty() && buf.charAt(buf.length() - 1) != '\n') {
                        buf.append(' ');
                        if (anchors > 0) {
                            linkChars++;
                        }
                    }
                    pendingSpace = false;
                    buf.append(c);
                    if (anchors > 0) {
                        linkChars++;
                    }
                }
            }
        }

        private void lineBreak() {
            while (!buf.isEmpty() && buf.charAt(buf.length() - 1) == ' ') {
                buf.setLength(buf.length() - 1);
            }
            if (!buf.isEmpty() && buf.charAt(buf.length() - 1) != '\n') {
                buf.append('\n');
            }
            pendingSpace = false;
        }

        void flush() {
            int end = buf.length();
            while (end > 0 && Character.isWhitespace(buf.charAt(end - 1))) {
                end--;
            }
            if (end > 0) {
                String s = buf.substring(0, end);
                int owner = height > 0 ? stack[height - 1] : 0;
                if (els.isEmpty()) {
                    els.add(new El(-1, null, 1f, true, false));
                    owner = 0;
                }
                blocks.add(new Block(s, owner, Math.min(linkChars, s.length()), heading));
            }
            buf.setLength(0);
            linkChars = 0;
            pendingSpace = false;
            heading = 0;
        }
    }
}
