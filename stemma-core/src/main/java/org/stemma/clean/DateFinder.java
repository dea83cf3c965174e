package org.stemma.clean;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads calendar dates, with an optional time of day, in the forms news pages print them: ISO
 * ({@code 2021-12-18}, {@code 2021-12-18T07:30}), numeric day-first ({@code 15.01.2022}, {@code 19-12-21 12:13}),
 * and with month names in any language of {@code months.txt} ({@code 15 Jan. 2022 07:30}, {@code January 15,
 * 2022 at 3:05 pm}, {@code 15. Januar 2022}, {@code 15 de enero de 2022}, {@code 15 января 2022 г.}).
 *
 * <p>Ambiguous numeric dates are read day-first, as most of the world writes them: {@code 19-12-21} is
 * 19 December 2021. When the day-first reading is not a valid date the other readings are tried in order:
 * year-first for two-digit years ({@code 32-12-19} is 2032-12-19), month-first for four-digit years
 * ({@code 12/19/2021}). Two-digit years are taken as 20yy. Years outside the
 * configured range are rejected, so version numbers and scores are not taken for dates. Immutable and
 * thread-safe.
 */
final class DateFinder {

    /** A date found in a text: where it stands, the date, and the time of day when one was printed. */
    record Found(int start, int end, LocalDate date, Optional<LocalTime> time) {
    }

    static final String MONTHS_RESOURCE = "months.txt";
    static final String RELATIVE_RESOURCE = "relative-times.txt";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int TWO_DIGIT_CENTURY = 2000;
    private static final int HALF_DAY_HOURS = 12;
    private static final String NUMBER_BEFORE = "(?<![\\p{N}\\p{L}])";
    private static final String NUMBER_AFTER = "(?![\\p{N}])";
    /**
     * A zone printed after the time: UTC, GMT or Z, with or without an offset ({@code UTC+3}, {@code GMT-05:00}),
     * or an offset alone ({@code +03:00}, {@code -0500}). Named zones ({@code CET}, {@code EST}) are not read:
     * their offsets are ambiguous, and the time is then taken as printed.
     */
    private static final String ZONE = "(?:\\s*(?<z>(?:(?:UTC|GMT)\\s?(?<zs>[+-])(?<zh>\\d{1,2})(?::?(?<zm>\\d{2}))?)"
            + "|(?<zs2>[+-])(?<zh2>\\d{2}):?(?<zm2>\\d{2})|UTC|GMT|(?-i:Z))(?![\\p{L}\\p{N}]))?";

    /** The shapes of a date; each has its own pattern and says which group is the day, month and year. */
    private enum Form {
        YEAR_FIRST, DAY_FIRST_NUMERIC, DAY_MONTH_NAME, MONTH_NAME_DAY
    }

    private final Map<String, Integer> months;
    private final Map<Form, Pattern> patterns = new TreeMap<>();
    private final List<Pattern> relative;
    private final int minYear;
    private final int maxYear;

    private DateFinder(Map<String, Integer> months, List<String> connectors, List<Pattern> relative, int minYear,
                       int maxYear) {
        this.months = Map.copyOf(months);
        this.relative = List.copyOf(relative);
        this.minYear = minYear;
        this.maxYear = maxYear;
        String month = "(?<mn>" + alternation(new ArrayList<>(months.keySet())) + ")\\.?(?![\\p{L}])";
        String time = "(?:(?:\\s*(?:T|,|\\||-|–|—|/|" + alternation(connectors) + "))?\\s*"
                + "(?<h>\\d{1,2})[:h](?<mi>\\d{2})(?::\\d{2})?(?:\\s*(?<ap>[ap])\\.?\\s?m\\.?(?![\\p{L}]))?"
                + NUMBER_AFTER + ZONE + ")?";
        patterns.put(Form.YEAR_FIRST, Pattern.compile(NUMBER_BEFORE
                + "(?<y>\\d{4})(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})" + NUMBER_AFTER + time, FLAGS));
        patterns.put(Form.DAY_FIRST_NUMERIC, Pattern.compile(NUMBER_BEFORE
                + "(?<d>\\d{1,2})(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})" + NUMBER_AFTER + time,
                FLAGS));
        patterns.put(Form.DAY_MONTH_NAME, Pattern.compile(NUMBER_BEFORE
                + "(?<d>\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s*(?:de\\s+|of\\s+)?(?<![\\p{L}])" + month
                + ",?\\s*(?:de\\s+)?(?<y>\\d{4})" + NUMBER_AFTER + "(?:\\s*г\\.|\\s*года)?" + time, FLAGS));
        patterns.put(Form.MONTH_NAME_DAY, Pattern.compile("(?<![\\p{L}])" + month
                + "\\s*(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})" + NUMBER_AFTER + time, FLAGS));
    }

    /** A finder with the month names of {@code months.txt} accepting years in {@code [minYear, maxYear]}. */
    static DateFinder load(int minYear, int maxYear) {
        Map<String, Integer> months = new TreeMap<>();
        List<String> connectors = new ArrayList<>();
        for (String[] row : DataFiles.rows(MONTHS_RESOURCE, 3)) {
            String key = row[1].strip();
            for (String name : row[2].split("\\|")) {
                String n = name.strip().toLowerCase(Locale.ROOT);
                if (n.isEmpty()) {
                    continue;
                }
                if (key.equals("at")) {
                    connectors.add(n);
                } else {
                    int month = Integer.parseInt(key);
                    Integer previous = months.putIfAbsent(n, month);
                    if (previous != null && previous != month) {
                        throw new IllegalStateException(MONTHS_RESOURCE + ": '" + n + "' names months "
                                + previous + " and " + month);
                    }
                }
            }
        }
        List<Pattern> relative = new ArrayList<>();
        for (String[] row : DataFiles.rows(RELATIVE_RESOURCE, 2)) {
            relative.add(Pattern.compile(row[1].strip(), FLAGS));
        }
        return new DateFinder(months, connectors, relative, minYear, maxYear);
    }

    /** The earliest-starting (then longest) date in {@code text[from, to)}. */
    Optional<Found> find(CharSequence text, int from, int to) {
        Found best = null;
        for (Map.Entry<Form, Pattern> e : patterns.entrySet()) {
            Matcher m = e.getValue().matcher(text).region(from, to);
            while (m.find()) {
                Optional<Found> found = read(e.getKey(), m);
                if (found.isPresent()) {
                    Found f = found.get();
                    if (best == null || f.start() < best.start()
                            || (f.start() == best.start() && f.end() > best.end())) {
                        best = f;
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The longest date starting exactly at {@code at}. */
    Optional<Found> at(CharSequence text, int at, int to) {
        Found best = null;
        for (Map.Entry<Form, Pattern> e : patterns.entrySet()) {
            Matcher m = e.getValue().matcher(text).region(at, to);
            if (m.lookingAt()) {
                Optional<Found> found = read(e.getKey(), m);
                if (found.isPresent() && (best == null || found.get().end() > best.end())) {
                    best = found.get();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether {@code key} (a line's matching key) is a relative timestamp such as "3 hours ago". */
    boolean isRelative(String key) {
        for (Pattern p : relative) {
            if (p.matcher(key).matches()) {
                return true;
            }
        }
        return false;
    }

    private Optional<Found> read(Form form, Matcher m) {
        int day = Integer.parseInt(m.group("d"));
        int year = Integer.parseInt(m.group("y"));
        int month;
        List<int[]> readings = new ArrayList<>();
        switch (form) {
            case YEAR_FIRST -> readings.add(new int[] {year, Integer.parseInt(m.group("m")), day});
            case DAY_FIRST_NUMERIC -> {
                month = Integer.parseInt(m.group("m"));
                boolean twoDigitYear = m.group("y").length() == 2;
                int y = twoDigitYear ? TWO_DIGIT_CENTURY + year : year;
                readings.add(new int[] {y, month, day});
                if (twoDigitYear) {
                    readings.add(new int[] {TWO_DIGIT_CENTURY + day, month, year});
                } else {
                    readings.add(new int[] {y, day, month});
                }
            }
            default -> {
                Integer named = months.get(m.group("mn").toLowerCase(Locale.ROOT));
                if (named == null) {
                    return Optional.empty();
                }
                readings.add(new int[] {year, named, day});
            }
        }
        for (int[] r : readings) {
            Optional<LocalDate> date = valid(r[0], r[1], r[2]);
            if (date.isPresent()) {
                Optional<LocalTime> time = time(m);
                Optional<ZoneOffset> zone = time.isPresent() ? zone(m) : Optional.empty();
                if (zone.isPresent()) {
                    // a printed zone: the date and time at that instant in UTC, as stated timestamps are read
                    LocalDateTime utc = LocalDateTime.of(date.get(), time.get()).atOffset(zone.get())
                            .withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
                    return Optional.of(new Found(m.start(), m.end(), utc.toLocalDate(), Optional.of(utc.toLocalTime())));
                }
                return Optional.of(new Found(m.start(), m.end(), date.get(), time));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code date}'s year is one a date read here may have. */
    boolean inYears(LocalDate date) {
        return date.getYear() >= minYear && date.getYear() <= maxYear;
    }

    private Optional<LocalDate> valid(int year, int month, int day) {
        if (year < minYear || year > maxYear || month < 1 || month > 12 || day < 1 || day > 31) {
            return Optional.empty();
        }
        return YearMonth.of(year, month).isValidDay(day) ? Optional.of(LocalDate.of(year, month, day))
                : Optional.empty();
    }

    private static Optional<ZoneOffset> zone(Matcher m) {
        if (m.group("z") == null) {
            return Optional.empty();
        }
        String sign = m.group("zs") != null ? m.group("zs") : m.group("zs2");
        if (sign == null) {
            return Optional.of(ZoneOffset.UTC); // UTC, GMT or Z alone
        }
        String h = m.group("zh") != null ? m.group("zh") : m.group("zh2");
        String mi = m.group("zh") != null ? m.group("zm") : m.group("zm2");
        try {
            int seconds = (Integer.parseInt(h) * 3600 + (mi == null ? 0 : Integer.parseInt(mi)) * 60)
                    * (sign.equals("-") ? -1 : 1);
            return Optional.of(ZoneOffset.ofTotalSeconds(seconds));
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // beyond any zone: the time is taken as printed
        }
    }

    private static Optional<LocalTime> time(Matcher m) {
        if (m.group("h") == null) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group("h"));
        int minute = Integer.parseInt(m.group("mi"));
        String ap = m.group("ap");
        if (ap != null) {
            if (hour < 1 || hour > HALF_DAY_HOURS) {
                return Optional.empty();
            }
            hour = hour % HALF_DAY_HOURS + (ap.equalsIgnoreCase("p") ? HALF_DAY_HOURS : 0);
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    private static String alternation(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        // Longest first, so "sept" is tried before "sep" and "janvier" before "jan".
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder();
        for (String w : sorted) {
            sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(w));
        }
        return sb.toString();
    }
}
