package io.debrief.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one range of moments, planned dates and targets, at its edges and far beyond them. */
class SaneRangeTest {

    private final TestClock clock = TestClock.at("2026-03-10T12:00:00Z");

    @ParameterizedTest(name = "moment {0}: {1}")
    @CsvSource({
        "-1000000000-01-01T00:00:00Z, false",
        "0001-01-01T00:00:00Z, false",
        "1900-01-01T00:00:00Z, false",
        "1999-12-31T23:59:59Z, false",
        "2000-01-01T00:00:00Z, true",
        "2026-03-10T12:00:00Z, true",
        "2026-03-11T12:00:00Z, true",
        "2026-03-11T12:00:01Z, false",
        "+1000000000-12-31T23:59:59Z, false"
    })
    void momentsOfAnIncidentLieBetween2000AndALittleAheadOfNow(String at, boolean accepted) {
        Validation v = new Validation();

        boolean ok = SaneRange.checkMoment(v, "at", Instant.parse(at), clock, Duration.ofDays(1));

        assertThat(ok).isEqualTo(accepted);
        assertThat(v.errors())
                .extracting(ValidationError::field)
                .containsExactlyElementsOf(accepted ? java.util.List.of() : java.util.List.of("at"));
    }

    @ParameterizedTest(name = "planned date {0}: {1}")
    @CsvSource({
        "0001-01-01, false",
        "1900-01-01, false",
        "2026-03-09, false",
        "2026-03-10, true",
        "2036-03-10, true",
        "2036-03-11, false",
        "+999999999-12-31, false"
    })
    void plannedDatesLieBetweenTodayAndTenYearsAhead(String date, boolean accepted) {
        Validation v = new Validation();

        boolean ok = SaneRange.checkPlannedDate(v, "due", LocalDate.parse(date), clock);

        assertThat(ok).isEqualTo(accepted);
        assertThat(v.isValid()).isEqualTo(accepted);
        if (!accepted) {
            assertThat(v.errors().get(0).messageKey()).isEqualTo(SaneRange.DATE_OUT_OF_RANGE);
            assertThat(v.errors().get(0).args()).containsExactly("2026-03-10", "2036-03-10");
        }
    }

    @ParameterizedTest(name = "target of {0} min: {1}")
    @CsvSource({
        "-9223372036854775808, false",
        "0, false",
        "1, true",
        "43200, true",
        "43201, false",
        "9223372036854775807, false"
    })
    void targetsLieBetweenOneMinuteAndThirtyDays(long minutes, boolean accepted) {
        Validation v = new Validation();

        Duration target = SaneRange.targetMinutes(v, "detect", minutes);

        assertThat(target != null).isEqualTo(accepted);
        assertThat(v.isValid()).isEqualTo(accepted);
    }
}
