package org.stemma.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private static final DateFinder DATES = DateFinder.load(1900, 2100);

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "2021-12-18                      | 2021-12-18 |",
        "2021-12-18T07:30                | 2021-12-18 | 07:30",
        "15 Jan. 2022 07:30              | 2022-01-15 | 07:30",
        "January 15, 2022                | 2022-01-15 |",
        "December 19, 2021 at 12:13 pm   | 2021-12-19 | 12:13",
        "March 3, 2023 at 9:15 pm        | 2023-03-03 | 21:15",
        "15.01.2022                      | 2022-01-15 |",
        "15 janvier 2022                 | 2022-01-15 |",
        "15. Januar 2022 um 07:30        | 2022-01-15 | 07:30",
        "15 de enero de 2022             | 2022-01-15 |",
        "15 января 2022 г.               | 2022-01-15 |",
        "19-12-21 12:13                  | 2021-12-19 | 12:13",
        "32-12-19                        | 2032-12-19 |",
        "12/19/2021                      | 2021-12-19 |",
        "1st March 2020                  | 2020-03-01 |",
        "2020-04-19 06:45 UTC            | 2020-04-19 | 06:45",
        "2020-04-19 01:30 +03:00         | 2020-04-18 | 22:30",
        "19 Apr 2020 06:45 GMT+2         | 2020-04-19 | 04:45",
        "April 19, 2020 at 9:15 pm -0500 | 2020-04-20 | 02:15",
        "2020-04-19T06:45Z               | 2020-04-19 | 06:45",
    })
    void readsDatesInManyFormsAndLanguages(String text, String date, String time) {
        Optional<DateFinder.Found> found = DATES.at(text, 0, text.length());
        assertTrue(found.isPresent(), "no date in " + text);
        assertEquals(LocalDate.parse(date), found.get().date());
        assertEquals(Optional.ofNullable(time).map(LocalTime::parse), found.get().time());
        assertEquals(text.length(), found.get().end(), "the whole text is the date");
    }

    @Test
    void aNamedZoneIsLeftUnreadAndTheTimeTakenAsPrinted() {
        String text = "2020-04-19 06:45 CET";
        DateFinder.Found f = DATES.at(text, 0, text.length()).orElseThrow();
        assertEquals(Optional.of(LocalTime.of(6, 45)), f.time());
        assertEquals("2020-04-19 06:45", text.substring(f.start(), f.end()));
    }

    @ParameterizedTest(name = "{0} is no date")
    @CsvSource(delimiter = '|', value = {"31.04.2022", "99-99-99", "version 1.2.3", "1.5.1850", "Mayor Smith 12"})
    void rejectsWhatOnlyLooksLikeADate(String text) {
        assertEquals(Optional.empty(), DATES.find(text, 0, text.length()));
    }

    @Test
    void findsTheEarliestDateInsideText() {
        String text = "The talks of 12 March 2022 followed those of 2022-01-10.";
        DateFinder.Found f = DATES.find(text, 0, text.length()).orElseThrow();
        assertEquals(LocalDate.of(2022, 3, 12), f.date());
        assertEquals("12 March 2022", text.substring(f.start(), f.end()));
    }

    @Test
    void recognisesRelativeTimestampsInSeveralLanguages() {
        assertTrue(DATES.isRelative("3 hours ago"));
        assertTrue(DATES.isRelative("vor 2 stunden"));
        assertTrue(DATES.isRelative("il y a 5 minutes"));
        assertTrue(DATES.isRelative("hace 3 días"));
        assertTrue(DATES.isRelative("2 часа назад"));
    }
}
