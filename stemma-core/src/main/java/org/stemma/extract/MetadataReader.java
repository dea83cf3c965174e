package org.stemma.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.stemma.model.Clutter;
import org.stemma.model.ClutterKind;
import org.stemma.model.PublicationDate;
import org.stemma.model.Span;

/**
 * Reads a page's metadata: title, publication date with its source, author, outlet, language, canonical
 * URL. Sources are tried strongest first; a date is never read from comments, teasers, navigation or widgets.
 */
final class MetadataReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Meta tag names and properties that state a publication date, lower case. */
    private static final Set<String> DATE_METAS = Set.of("article:published_time", "og:published_time",
            "og:article:published_time", "published_time", "datepublished", "date", "dc.date", "dc.date.issued",
            "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created", "pubdate", "publishdate",
            "publish-date", "publish_date", "publication_date", "publicationdate", "sailthru.date",
            "parsely-pub-date", "citation_publication_date", "citation_date", "article.published",
            "originalpublicationdate", "date.created", "created", "release_date", "shareaholic:article_published_time",
            "bt:pubdate", "cxenseparse:recs:publishtime", "last-modified");

    private static final Set<ClutterKind> NO_DATE_FROM = Set.of(ClutterKind.COMMENTS, ClutterKind.TEASER,
            ClutterKind.NAVIGATION, ClutterKind.PAGINATION, ClutterKind.WIDGET);

    /** Where a date stated as the publication date ({@code pubdate}, datePublished, "published") is not the page's. */
    private static final Set<ClutterKind> NO_PUBLISHED_DATE_FROM = Set.of(ClutterKind.COMMENTS, ClutterKind.TEASER,
            ClutterKind.PAGINATION, ClutterKind.WIDGET);

    /** Elements that state a date: {@code <time>}, microdata and Dublin Core RDFa publication dates. */
    private static final String TIME_SELECTOR = "time, [itemprop=datePublished], [pubdate],"
            + " [property~=(?i)^(dc|dcterms):(date|created|issued)\\b][content]";

    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "(?i).*(article|posting|blogposting|report|review|newsarticle).*");

    /** What joins a site's name to a headline in a title: a bar, dash, guillemet, bullet or colon in spaces. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile(
            "\\s*\\|{1,2}\\s*|\\s+[\u00bb\u00ab\u203a\u2039\u00b7\u2022\u2013\u2014:-]{1,2}\\s+|\\s+::\\s+");

    /** The separators that headlines do not use themselves. */
    private static final Pattern STRONG_SEPARATOR = Pattern.compile("[|\u00bb\u00ab\u203a\u2039\u00b7\u2022]");

    private static final Pattern BYLINE_PREFIX = Pattern.compile("(?iu)^(by|von|par|por|autor(in)?:?|author:?)\\s+");

    /** A block of the extracted text: where it is and what it was classified as (empty = body). */
    record Scanned(Span span, Optional<ClutterKind> kind, int heading) {
    }

    private final ExtractConfig config;
    private final Document doc;
    private final Optional<String> url;
    private final String text;
    private final List<Scanned> blocks;
    private final List<JsonNode> jsonLd;
    private final List<String[]> metaKeys = new ArrayList<>();
    private final Map<String, String> metas;

    MetadataReader(ExtractConfig config, Document doc, Optional<String> url, String text, List<Scanned> blocks) {
        this.config = config;
        this.doc = doc;
        this.url = url;
        this.text = text;
        this.blocks = blocks;
        this.jsonLd = readJsonLd();
        this.metas = readMetas(doc, metaKeys);
    }

    Extraction read(List<Span> body, List<Clutter> clutter, List<String> warnings) {
        DateSource[] source = {DateSource.NONE};
        String[] stamp = {null};
        PublicationDate date = date(source, stamp);
        Optional<String> canonical = canonical();
        return new Extraction(text, body, clutter, title(), date, source[0], Optional.ofNullable(stamp[0]), author(),
                outlet(canonical), lang(), canonical.or(() -> url), warnings);
    }

    private Optional<String> meta(String... names) {
        for (String name : names) {
            String v = metas.get(name);
            if (v != null) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * The page's meta tags in one pass (each lookup by selector would walk the whole DOM again): the first
     * non-empty content under each lower-cased property and name; {@link #metaKeys} keeps every tag's key
     * (property, name, itemprop or http-equiv) in document order for the date's sources.
     */
    private static Map<String, String> readMetas(Document doc, List<String[]> keyed) {
        Map<String, String> out = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            String property = m.attr("property").toLowerCase(Locale.ROOT);
            String name = m.attr("name").toLowerCase(Locale.ROOT);
            if (!property.isEmpty()) {
                out.putIfAbsent(property, content);
            }
            if (!name.isEmpty()) {
                out.putIfAbsent(name, content);
            }
            String key = !property.isEmpty() ? property : !name.isEmpty() ? name
                    : m.hasAttr("itemprop") ? m.attr("itemprop").toLowerCase(Locale.ROOT)
                    : m.attr("http-equiv").toLowerCase(Locale.ROOT);
            keyed.add(new String[] {key, content});
        }
        return out;
    }

    /**
     * The headline. The page's first {@code <h1>} in the article or its head wins when a stated title (JSON-LD
     * headline, og:title, twitter:title, {@code <title>}) contains it, since templates add a site name or a
     * kicker to the stated one; a stated title that an {@code <h1>} contains wins over the {@code <h1>}, which
     * then carries a byline or a kicker. Next, an {@code <h1>} classed as clutter (templates put the headline in
     * a page header) that a stated title holds and that is at least half of it without its site name.
     * Otherwise the first stated title without its site name; and when that leaves nothing (the
     * {@code <title>} is only the site's name), the {@code <h1>}. Stated titles have character references
     * decoded first.
     */
    private Optional<String> title() {
        Optional<String> h1 = Optional.empty();
        for (Scanned s : blocks) {
            if (s.heading() == 1 && (s.kind().isEmpty() || s.kind().get() == ClutterKind.META)) {
                h1 = Optional.of(s.span().of(text).strip()).filter(t -> !t.isEmpty());
                break;
            }
        }
        List<String> stated = new ArrayList<>();
        jsonLdArticle().map(n -> n.path("headline").asText("")).filter(s -> !s.isBlank())
                .map(MetadataReader::unescape).ifPresent(stated::add);
        meta("og:title").map(MetadataReader::unescape).ifPresent(stated::add);
        meta("twitter:title").map(MetadataReader::unescape).ifPresent(stated::add);
        Element titleElement = doc.selectFirst("title");
        if (titleElement != null && !titleElement.text().isBlank()) {
            stated.add(titleElement.text());
        }
        List<String> sites = siteNames();
        if (h1.isPresent()) {
            String norm = normalise(h1.get());
            for (String s : stated) {
                if (normalise(s).contains(norm)) {
                    return h1;
                }
            }
            for (String s : stated) {
                String ns = normalise(stripSiteName(s.strip(), sites));
                if (ns.length() * 2 >= norm.length() && norm.contains(ns)) {
                    return Optional.of(stripSiteName(s.strip(), sites));
                }
            }
        }
        // An <h1> that the walk put in a page header or a teaser is still the headline when a stated title
        // holds it and it is at least half of that title without its site name: the title adds the site.
        for (Scanned s : blocks) {
            if (s.heading() != 1 || s.kind().isEmpty() || s.kind().get() == ClutterKind.COMMENTS) {
                continue;
            }
            String t = s.span().of(text).strip();
            String norm = normalise(t);
            if (t.isEmpty() || names(t, sites)) {
                continue;
            }
            for (String st : stated) {
                String ns = normalise(stripSiteName(st.strip(), sites));
                if (normalise(st).contains(norm) && norm.length() * 2 >= ns.length()) {
                    return Optional.of(t);
                }
            }
        }
        for (String s : stated) {
            String cleaned = stripSiteName(s.strip(), sites);
            if (!cleaned.isEmpty()) {
                return Optional.of(cleaned);
            }
        }
        return h1;
    }

    /** The names the page gives its site, and its host with and without the top-level domain, lower case. */
    private List<String> siteNames() {
        List<String> out = new ArrayList<>();
        meta("og:site_name", "application-name").map(MetadataReader::normalise).ifPresent(out::add);
        jsonLdArticle().map(n -> n.path("publisher").path("name").asText("")).filter(s -> !s.isBlank())
                .map(MetadataReader::normalise).ifPresent(out::add);
        Optional<String> host = canonical().or(() -> url).flatMap(MetadataReader::host);
        if (host.isPresent()) {
            out.add(host.get());
            int dot = host.get().lastIndexOf('.');
            if (dot > 0) {
                out.add(host.get().substring(0, dot));
            }
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /**
     * Drops a site name that page templates join to a headline ("Headline | Site", "Site » Headline"). Parts
     * at either end that name the site are cut, keeping the rest as written; when none does, a title whose
     * first separator is a bar keeps its first part, and one split by another strong separator ({@code |}, guillemets, bullets) keeps its longest part if that is at least half
     * of it. Dashes and colons, which headlines use themselves, split only off a named site.
     */
    static String stripSiteName(String title, List<String> sites) {
        List<int[]> parts = new ArrayList<>();
        Matcher m = TITLE_SEPARATOR.matcher(title);
        int from = 0;
        boolean strong = false;
        while (m.find()) {
            parts.add(new int[] {from, m.start()});
            strong |= STRONG_SEPARATOR.matcher(m.group()).find();
            from = m.end();
        }
        parts.add(new int[] {from, title.length()});
        if (parts.size() < 2) {
            return names(title, sites) ? "" : title;
        }
        int first = 0;
        int last = parts.size() - 1;
        while (first <= last && names(title.substring(parts.get(first)[0], parts.get(first)[1]), sites)) {
            first++;
        }
        while (last >= first && names(title.substring(parts.get(last)[0], parts.get(last)[1]), sites)) {
            last--;
        }
        if (first > last) {
            return "";
        }
        if (first > 0 || last < parts.size() - 1) {
            return title.substring(parts.get(first)[0], parts.get(last)[1]).strip();
        }
        if (title.substring(parts.get(0)[1]).strip().startsWith("|")) {
            // "Headline | Site | Section": a bar after the first part puts the headline first
            return title.substring(parts.get(0)[0], parts.get(0)[1]).strip();
        }
        if (!strong) {
            return title;
        }
        String longest = "";
        for (int[] p : parts) {
            String part = title.substring(p[0], p[1]).strip();
            if (part.length() > longest.length()) {
                longest = part;
            }
        }
        return longest.length() * 2 >= title.length() ? longest : title;
    }

    /** True when a part of a title is one of the site's names, or its host. */
    private static boolean names(String part, List<String> sites) {
        String p = normalise(part);
        if (p.isEmpty()) {
            return true;
        }
        for (String site : sites) {
            if (p.equals(site) || (site.indexOf('.') > 0 && p.equals("www." + site))
                    || (p.length() >= 4 && p.replace(" ", "").equals(site.replace(" ", "")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A stated title with character references decoded: templates escape the headline once more than the
     * attribute needs ({@code &amp;#8217;}), leaving "&#8217;" in the value the parser gives.
     */
    static String unescape(String s) {
        return s.indexOf('&') >= 0 && s.indexOf(';') > s.indexOf('&') ? Parser.unescapeEntities(s, false) : s;
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** The page's date and where it was read ({@code source}); {@code stamp}, a machine timestamp it came from. */
    private PublicationDate date(DateSource[] source, String[] stamp) {
        Optional<String> ld = jsonLdArticle().or(this::jsonLdAny)
                .flatMap(n -> firstText(n, "datePublished", "dateCreated", "uploadDate"));
        Optional<LocalDate> d = ld.flatMap(DateParser::parse);
        if (d.isPresent()) {
            source[0] = DateSource.JSON_LD;
            stamp[0] = ld.filter(DateParser::isTimestamp).map(String::strip).orElse(null);
            return PublicationDate.stated(d.get(), Optional.empty());
        }
        for (String[] m : metaKeys) {
            String key = m[0];
            if (DATE_METAS.contains(key) && !key.equals("last-modified")) {
                d = DateParser.parse(m[1]);
                if (d.isPresent()) {
                    source[0] = DateSource.META;
                    stamp[0] = DateParser.isTimestamp(m[1]) ? m[1].strip() : null;
                    return PublicationDate.stated(d.get(), Optional.empty());
                }
            }
        }
        d = timeElement();
        if (d.isPresent()) {
            source[0] = DateSource.TIME_ELEMENT;
            return PublicationDate.stated(d.get(), Optional.empty());
        }
        Optional<PublicationDate> inText = textDate();
        if (inText.isPresent()) {
            source[0] = DateSource.TEXT;
            return inText.get();
        }
        d = url.flatMap(DateParser::fromUrl);
        if (d.isPresent()) {
            source[0] = DateSource.URL;
            return PublicationDate.stated(d.get(), Optional.empty());
        }
        return PublicationDate.UNKNOWN;
    }

    private Optional<LocalDate> timeElement() {
        Optional<LocalDate> first = Optional.empty();
        for (Element e : doc.select(TIME_SELECTOR)) {
            boolean published = e.hasAttr("pubdate") || "datePublished".equalsIgnoreCase(e.attr("itemprop"))
                    || e.className().toLowerCase(Locale.ROOT).contains("publish") || e.hasAttr("property");
            // a post's header is often named like a page header (a navigation mark); a date it states as the
            // publication date is still the post's, while a plain <time> there may be a menu's or a ticker's
            if (inClutter(e, published ? NO_PUBLISHED_DATE_FROM : NO_DATE_FROM)) {
                continue;
            }
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
            Optional<LocalDate> d = DateParser.parse(v);
            if (d.isEmpty()) {
                continue;
            }
            if (published) {
                return d;
            }
            if (first.isEmpty()) {
                first = d;
            }
        }
        return first;
    }

    /** True when an element sits in comments, teasers, navigation or a widget, by its or its ancestors' marks. */
    private boolean inClutter(Element e) {
        return inClutter(e, NO_DATE_FROM);
    }

    /** True when an element or an ancestor is marked as one of {@code kinds} of clutter. */
    private boolean inClutter(Element e, Set<ClutterKind> kinds) {
        int steps = 0;
        for (Element a = e; a != null && steps < config.maxElementDepth(); a = a.parent(), steps++) {
            String tag = a.normalName();
            if (tag.equals("body") || tag.equals("html")) {
                return false;
            }
            Optional<ClutterKind> k = Marks.kind(a);
            if (k.isPresent() && kinds.contains(k.get())) {
                return true;
            }
        }
        return false;
    }

    private Optional<PublicationDate> textDate() {
        int bodySeen = 0;
        for (Scanned s : blocks) {
            boolean bodyBlock = s.kind().isEmpty();
            if (!bodyBlock && s.kind().get() != ClutterKind.META) {
                continue;
            }
            String t = s.span().of(text);
            Optional<DateParser.Found> f = DateParser.find(t);
            if (f.isPresent()) {
                Span evidence = Span.of(s.span().start() + f.get().start(), s.span().start() + f.get().end());
                return Optional.of(PublicationDate.stated(f.get().date(), Optional.of(evidence)));
            }
            if (bodyBlock) {
                bodySeen += t.length();
                if (bodySeen > config.maxTextDateChars()) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> author() {
        Optional<String> a = jsonLdArticle().flatMap(n -> names(n.path("author")));
        if (a.isPresent()) {
            return a;
        }
        a = meta("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl")
                .filter(s -> !s.startsWith("http"));
        if (a.isPresent()) {
            return a.map(s -> BYLINE_PREFIX.matcher(s).replaceFirst("").strip());
        }
        for (Element e : doc.select("[itemprop=author], [rel=author], .author, .byline")) {
            if (inClutter(e) && !e.hasAttr("itemprop")) {
                continue;
            }
            String t = e.hasAttr("content") ? e.attr("content") : e.text();
            t = BYLINE_PREFIX.matcher(t.strip()).replaceFirst("").strip();
            if (!t.isEmpty() && t.length() <= 100) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> names(JsonNode author) {
        List<String> found = new ArrayList<>();
        if (author.isArray()) {
            for (JsonNode n : author) {
                names(n).ifPresent(found::add);
            }
        } else if (author.isObject()) {
            String name = author.path("name").asText("").strip();
            if (!name.isEmpty()) {
                found.add(name);
            }
        } else if (author.isTextual() && !author.asText().isBlank()) {
            found.add(author.asText().strip());
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", found));
    }

    private Optional<String> outlet(Optional<String> canonical) {
        Optional<String> site = meta("og:site_name", "application-name", "twitter:site");
        if (site.isEmpty()) {
            site = jsonLdArticle().map(n -> n.path("publisher").path("name").asText("")).filter(s -> !s.isBlank());
        }
        if (site.isPresent()) {
            return site.map(s -> s.startsWith("@") ? s.substring(1) : s).map(String::strip);
        }
        return canonical.or(() -> url).flatMap(MetadataReader::host);
    }

    private static Optional<String> host(String address) {
        try {
            String h = URI.create(address.strip()).getHost();
            if (h == null || h.isBlank()) {
                return Optional.empty();
            }
            h = h.toLowerCase(Locale.ROOT);
            return Optional.of(h.startsWith("www.") ? h.substring(4) : h);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<String> lang() {
        Element html = doc.selectFirst("html");
        String l = html == null ? "" : html.attr("lang");
        if (l.isBlank() && html != null) {
            l = html.attr("xml:lang");
        }
        if (l.isBlank()) {
            l = meta("language", "dc.language", "content-language").orElse("");
        }
        if (l.isBlank()) {
            Element m = doc.selectFirst("meta[http-equiv~=(?i)content-language]");
            l = m == null ? "" : m.attr("content");
        }
        if (l.isBlank()) {
            l = meta("og:locale").orElse("");
        }
        String primary = l.strip().split("[-_,; ]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? Optional.of(primary) : Optional.empty();
    }

    private Optional<String> canonical() {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null) {
            String href = link.absUrl("href");
            if (href.isEmpty()) {
                href = link.attr("href").strip();
            }
            if (href.startsWith("http")) {
                return Optional.of(href);
            }
        }
        return meta("og:url").filter(s -> s.startsWith("http"));
    }

    private List<JsonNode> readJsonLd() {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String data = script.data();
            if (data.isBlank() || data.length() > config.maxJsonLdChars()) {
                continue;
            }
            try {
                collect(JSON.readTree(data), found, 0);
            } catch (java.io.IOException | RuntimeException e) {
                // malformed JSON-LD is common and says nothing: other sources are tried
            }
        }
        return found;
    }

    /** Gathers JSON objects with an @type from arrays and @graph, to a small fixed depth. */
    private static void collect(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 4) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                collect(c, out, depth + 1);
            }
        } else if (n.isObject()) {
            if (n.has("@type")) {
                out.add(n);
            }
            collect(n.get("@graph"), out, depth + 1);
        }
    }

    private Optional<JsonNode> jsonLdArticle() {
        for (JsonNode n : jsonLd) {
            JsonNode t = n.get("@type");
            String type = t.isArray() ? t.toString() : t.asText("");
            if (ARTICLE_TYPE.matcher(type).matches()) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    private Optional<JsonNode> jsonLdAny() {
        for (JsonNode n : jsonLd) {
            if (n.has("datePublished")) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstText(JsonNode n, String... fields) {
        for (String f : fields) {
            JsonNode v = n.get(f);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return Optional.of(v.asText());
            }
        }
        return Optional.empty();
    }
}
