package org.stemma.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads calendar dates written the ways news pages write them, in English, German, French and Spanish. */
final class DateParser {
    private DateParser() {
    }

    /** Dates before this are not web publication dates (the web is younger). */
    static final int MIN_YEAR = 1994;
    /** Dates after this are typos or countdowns. */
    static final int MAX_YEAR = 2100;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("januar", 1), Map.entry("january", 1), Map.entry("janvier", 1),
            Map.entry("enero", 1), Map.entry("jän", 1), Map.entry("jänner", 1),
            Map.entry("feb", 2), Map.entry("februar", 2), Map.entry("february", 2), Map.entry("février", 2),
            Map.entry("febrero", 2),
            Map.entry("mar", 3), Map.entry("mär", 3), Map.entry("märz", 3), Map.entry("march", 3),
            Map.entry("mars", 3), Map.entry("marzo", 3),
            Map.entry("apr", 4), Map.entry("april", 4), Map.entry("avril", 4), Map.entry("abril", 4),
            Map.entry("may", 5), Map.entry("mai", 5), Map.entry("mayo", 5),
            Map.entry("jun", 6), Map.entry("juni", 6), Map.entry("june", 6), Map.entry("juin", 6),
            Map.entry("junio", 6),
            Map.entry("jul", 7), Map.entry("juli", 7), Map.entry("july", 7), Map.entry("juillet", 7),
            Map.entry("julio", 7),
            Map.entry("aug", 8), Map.entry("august", 8), Map.entry("août", 8), Map.entry("agosto", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9), Map.entry("septembre", 9),
            Map.entry("septiembre", 9),
            Map.entry("oct", 10), Map.entry("okt", 10), Map.entry("oktober", 10), Map.entry("october", 10),
            Map.entry("octobre", 10), Map.entry("octubre", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("novembre", 11),
            Map.entry("noviembre", 11),
            Map.entry("dec", 12), Map.entry("dez", 12), Map.entry("dezember", 12), Map.entry("december", 12),
            Map.entry("décembre", 12), Map.entry("diciembre", 12));

    private static final String MONTH = "(januar|january|janvier|jänner|jän|jan|enero|februar|february|février"
            + "|febrero|feb|märz|mär|march|mars|marzo|mar|april|avril|abril|apr|mayo|may|mai|juni|june|juin"
            + "|junio|jun|juli|july|juillet|julio|jul|august|août|agosto|aug|september|septembre|septiembre"
            + "|sept|sep|oktober|october|octobre|octubre|okt|oct|november|novembre|noviembre|nov|dezember"
            + "|december|décembre|diciembre|dez|dec)";

    private static final Pattern ISO = Pattern.compile("(?<![\\d])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
    private static final Pattern DMY = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?![\\d])");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\d])(\\d{1,2})\\.?\\s+(?:de\\s+)?" + MONTH + "\\.?,?\\s+(?:de\\s+)?(\\d{4})(?![\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\p{L}])" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?![\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})(?:[/-](\\d{1,2}))?(?=/|$|[-_.])");
    private static final Pattern URL_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.-])");

    /** A date and where in the searched string it was written. */
    record Found(LocalDate date, int start, int end) {
    }

    /** The first date of any supported form in {@code s}, searching every form and keeping the earliest. */
    static Optional<Found> find(String s) {
        Found best = null;
        best = earliest(best, ISO.matcher(s), 1, 2, 3, false);
        best = earliest(best, DMY.matcher(s), 3, 2, 1, false);
        best = earliest(best, DAY_MONTH.matcher(s), 3, 2, 1, true);
        best = earliest(best, MONTH_DAY.matcher(s), 3, 1, 2, true);
        return Optional.ofNullable(best);
    }

    /** A date that {@code value} starts with, as metadata states it (ISO-8601 or a written date). */
    static Optional<LocalDate> parse(String value) {
        String v = value.strip();
        if (v.length() > 200) {
            v = v.substring(0, 200);
        }
        return find(v).map(Found::date);
    }

    /**
     * Whether a metadata value is a machine timestamp with a time of day: ISO 8601 with a zone
     * ({@code 2019-08-02T09:30+03:00}, {@code ...Z}) or without ({@code 2019-08-02T09:30:00}), in the years a
     * web page may have. Such a value is passed on as written (see {@link Extraction#timestamp()}).
     */
    static boolean isTimestamp(String value) {
        String v = value.strip();
        LocalDateTime t;
        try {
            t = OffsetDateTime.parse(v).toLocalDateTime();
        } catch (DateTimeParseException notZoned) {
            try {
                t = LocalDateTime.parse(v);
            } catch (DateTimeParseException notLocal) {
                return false;
            }
        }
        return t.getYear() >= MIN_YEAR && t.getYear() <= MAX_YEAR;
    }

    /** A date in a URL's path: {@code /2019/08/02/}, {@code /2019-08-02-}, {@code /20190802/}. */
    static Optional<LocalDate> fromUrl(String url) {
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            if (m.group(3) != null) {
                Optional<LocalDate> d = of(m.group(1), m.group(2), m.group(3));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        m = URL_COMPACT.matcher(url);
        while (m.find()) {
            Optional<LocalDate> d = of(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Found earliest(Found best, Matcher m, int y, int mo, int d, boolean named) {
        while (m.find()) {
            if (best != null && m.start() >= best.start()) {
                return best;
            }
            String month = m.group(mo);
            Optional<LocalDate> date = named
                    ? Optional.ofNullable(MONTHS.get(month.toLowerCase(Locale.ROOT)))
                            .flatMap(n -> of(m.group(y), String.valueOf(n), m.group(d)))
                    : of(m.group(y), month, m.group(d));
            if (date.isPresent()) {
                return new Found(date.get(), m.start(), m.end());
            }
        }
        return best;
    }

    private static Optional<LocalDate> of(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < MIN_YEAR || year > MAX_YEAR) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d)));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
