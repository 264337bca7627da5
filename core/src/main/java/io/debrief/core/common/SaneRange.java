package io.debrief.core.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * The one range of moments, dates and targets this product accepts wherever a value enters (REST, forms, settings):
 * a value outside it is refused with 400 on its field, so nothing absurd is stored or computed with (a year
 * -1000000000 the database cannot hold, a due date in year +999999999, a target of 2^63 minutes).
 *
 * <ul>
 *   <li>Moments of an incident: from {@link #EARLIEST} (nothing this product records happened before) to "now" plus
 *       what the caller allows ahead (a timeline entry: a day).</li>
 *   <li>Dates planned ahead (due dates, re-planned dates): from today to {@link #HORIZON} ahead.</li>
 *   <li>Targets: from {@link #MIN_TARGET} to {@link #MAX_TARGET}.</li>
 * </ul>
 */
public final class SaneRange {

    /** The earliest moment (and date) accepted: 2000-01-01, UTC. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** How far ahead a date may be planned. */
    public static final Period HORIZON = Period.ofYears(10);

    public static final Duration MIN_TARGET = Duration.ofMinutes(1);
    public static final Duration MAX_TARGET = Duration.ofDays(30);

    /** Arguments: the earliest accepted moment, the latest. */
    public static final String INSTANT_OUT_OF_RANGE = "debrief.error.range.instant";
    /** Arguments: the earliest accepted date, the latest. */
    public static final String DATE_OUT_OF_RANGE = "debrief.error.range.date";
    /** Arguments: the shortest target in minutes, the longest in minutes. */
    public static final String TARGET_OUT_OF_RANGE = "debrief.error.range.target";

    private SaneRange() {}

    /** A moment of an incident: not before {@link #EARLIEST}, not more than {@code maxAhead} after now. */
    public static boolean checkMoment(Validation v, String field, Instant at, Clock clock, Duration maxAhead) {
        Instant latest = clock.instant().plus(maxAhead);
        boolean ok = !at.isBefore(EARLIEST) && !at.isAfter(latest);
        v.check(ok, field, INSTANT_OUT_OF_RANGE, EARLIEST.toString(), latest.toString());
        return ok;
    }

    /** A date planned ahead: from today (by the clock) to {@link #HORIZON} ahead. */
    public static boolean checkPlannedDate(Validation v, String field, LocalDate date, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        LocalDate latest = today.plus(HORIZON);
        boolean ok = !date.isBefore(today) && !date.isAfter(latest);
        v.check(ok, field, DATE_OUT_OF_RANGE, today.toString(), latest.toString());
        return ok;
    }

    /** The latest date that may be planned today. */
    public static LocalDate latestPlannedDate(Clock clock) {
        return LocalDate.now(clock).plus(HORIZON);
    }

    /** A target given in whole minutes, as a duration; null (and a refusal on the field) when out of range. */
    public static Duration targetMinutes(Validation v, String field, long minutes) {
        if (minutes < MIN_TARGET.toMinutes() || minutes > MAX_TARGET.toMinutes()) {
            v.reject(field, TARGET_OUT_OF_RANGE, MIN_TARGET.toMinutes(), MAX_TARGET.toMinutes());
            return null;
        }
        return Duration.ofMinutes(minutes);
    }

    /** Whether a target lies in range. */
    public static boolean isTarget(Duration target) {
        return target != null && target.compareTo(MIN_TARGET) >= 0 && target.compareTo(MAX_TARGET) <= 0;
    }

    /**
     * Whether a month may be searched for (a filter, nothing stored): from 2000-01 to 9999-12, the years a date input
     * can hold; a month beyond that would only overflow the computation of its bounds.
     */
    public static boolean isSearchableMonth(YearMonth month) {
        return month != null
                && !month.isBefore(YearMonth.from(EARLIEST.atZone(ZoneOffset.UTC)))
                && !month.isAfter(YearMonth.of(9999, 12));
    }
}
