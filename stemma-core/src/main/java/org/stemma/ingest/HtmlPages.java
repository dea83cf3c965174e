package org.stemma.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.stemma.extract.DomExtractor;
import org.stemma.extract.ExtractConfig;
import org.stemma.extract.Extraction;
import org.stemma.extract.HtmlDecoder;
import org.stemma.extract.HtmlExtractor;
import org.stemma.model.Origin;
import org.stemma.model.Problem;
import org.stemma.model.PageLayout;
import org.stemma.model.RawArticle;
import org.stemma.model.Stage;

/** Turns the bytes of one web page into a {@link RawArticle}, reporting what went wrong on the way. */
final class HtmlPages {
    private HtmlPages() {
    }

    /** The extractor readers use unless given another. */
    static final HtmlExtractor DEFAULT_EXTRACTOR = new DomExtractor(ExtractConfig.defaults());

    /**
     * The page as an article whose text is the extraction's full text (clutter included) and whose metadata
     * is what the page states; null, after a reported problem, when the page is binary or shows no text.
     * Charset and extraction warnings are reported and the page kept.
     */
    static RawArticle toArticle(String id, byte[] bytes, Optional<String> headerCharset, Optional<String> url,
                                Origin origin, HtmlExtractor extractor, ProblemSink problems) {
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes, headerCharset);
        if (decoded.binary()) {
            problems.report(new Problem(origin, Optional.of(id), Stage.INGEST, "not HTML: the bytes are binary"));
            return null;
        }
        for (String w : decoded.warnings()) {
            problems.report(new Problem(origin, Optional.of(id), Stage.INGEST, "charset: " + w));
        }
        Extraction x = extract(id, decoded.text(), url, origin, extractor, problems);
        if (x == null) {
            return null;
        }
        return new RawArticle(id, x.text(), x.outlet(), x.url(), x.title(), x.timestamp().or(() -> x.date().iso()), x.lang(), origin,
                decoded.repaired(), Optional.of(layout(x)));
    }

    /**
     * Extracts a decoded page, reporting the extractor's warnings; null, after a reported problem, when the
     * page cannot be parsed or shows no text.
     */
    static Extraction extract(String id, String html, Optional<String> url, Origin origin, HtmlExtractor extractor,
                              ProblemSink problems) {
        Extraction x;
        try {
            x = extractor.extract(html, url);
        } catch (RuntimeException | StackOverflowError e) {
            problems.report(new Problem(origin, Optional.of(id), Stage.INGEST, "page could not be parsed: " + e));
            return null;
        }
        for (String w : x.warnings()) {
            problems.report(new Problem(origin, Optional.of(id), Stage.INGEST, "extraction: " + w));
        }
        if (x.text().isBlank()) {
            problems.report(new Problem(origin, Optional.of(id), Stage.INGEST, "empty page: no visible text"));
            return null;
        }
        return x;
    }

    /** The body and clutter blocks the extractor found, for the clean stage to take as stated. */
    static PageLayout layout(Extraction x) {
        return new PageLayout(x.body(), x.clutter());
    }

    /** Thrown by {@link #readBounded} when the input holds more than the limit. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    /** Reads all of {@code in}, but no more than {@code limit} bytes: a gzip bomb stops at the limit. */
    static byte[] readBounded(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit);
        if (bytes.length == limit && in.read() != -1) {
            throw new TooLarge(limit);
        }
        return bytes;
    }
}
