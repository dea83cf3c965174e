package org.stemma.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/**
 * When an article was published, as far as is known, and how it is known.
 *
 * <p>With {@link DateBasis#BOUNDED} the date is an upper bound: the article was published on or before it.
 *
 * @param evidence where in the original text the date (or its bound) was read, when it came from the text
 */
public record PublicationDate(Optional<LocalDate> date, Optional<LocalTime> time, DateBasis basis,
                              Optional<Span> evidence) {

    public static final PublicationDate UNKNOWN =
            new PublicationDate(Optional.empty(), Optional.empty(), DateBasis.UNKNOWN, Optional.empty());

    public PublicationDate {
        if (date == null || time == null || basis == null || evidence == null) {
            throw new IllegalArgumentException("null in publication date; use Optional.empty()");
        }
        if ((basis == DateBasis.UNKNOWN) != date.isEmpty()) {
            throw new IllegalArgumentException("a date must be given exactly when the basis is not unknown: "
                    + date + " " + basis);
        }
        if (time.isPresent() && date.isEmpty()) {
            throw new IllegalArgumentException("a time without a date");
        }
    }

    public static PublicationDate stated(LocalDate date, Optional<Span> evidence) {
        return new PublicationDate(Optional.of(date), Optional.empty(), DateBasis.STATED, evidence);
    }

    public static PublicationDate bounded(LocalDate date, Optional<Span> evidence) {
        return new PublicationDate(Optional.of(date), Optional.empty(), DateBasis.BOUNDED, evidence);
    }

    /**
     * Whether this article was surely published before {@code other}. A bounded date is only an upper bound, so
     * it can come first but can never be shown to come second. Same-day dates order only by time, when both
     * have one.
     */
    public boolean isBefore(PublicationDate other) {
        if (date.isEmpty() || other.date.isEmpty() || other.basis == DateBasis.BOUNDED) {
            return false;
        }
        int c = date.get().compareTo(other.date.get());
        if (c != 0) {
            return c < 0;
        }
        return basis != DateBasis.BOUNDED && time.isPresent() && other.time.isPresent()
                && time.get().isBefore(other.time.get());
    }

    /** The date at its time, or at the day's start when no time is known; empty when the date is unknown. */
    public Optional<LocalDateTime> dateTime() {
        return date.map(d -> d.atTime(time.orElse(LocalTime.MIDNIGHT)));
    }

    /** ISO-8601: {@code 2021-12-18} or {@code 2021-12-18T07:30}; empty when unknown. */
    public Optional<String> iso() {
        return date.map(d -> time.map(t -> d + "T" + t).orElse(d.toString()));
    }
}
