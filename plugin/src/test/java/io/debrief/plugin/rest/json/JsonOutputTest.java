package io.debrief.plugin.rest.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.common.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Instants and enums look the same in every response and are read back from the same form. */
class JsonOutputTest {

    enum Source {
        MANUAL,
        JIRA_HISTORY
    }

    @Test
    void instantIsIsoUtcWithMillisecondsOnlyWhenPresent() {
        assertThat(JsonOutput.instant(Instant.parse("2026-11-24T10:15:30Z"))).isEqualTo("2026-11-24T10:15:30Z");
        assertThat(JsonOutput.instant(Instant.parse("2026-11-24T10:15:30.123456Z")))
                .isEqualTo("2026-11-24T10:15:30.123Z");
        assertThat(JsonOutput.instant(null)).isNull();
    }

    @Test
    void whatIsWrittenIsReadBack() {
        Instant at = Instant.parse("2026-11-24T10:15:30.120Z");
        JsonInput in = new JsonInput();

        Instant read = in.instant("at", JsonOutput.instant(at));
        Source source = in.enumValue("source", JsonOutput.wireName(Source.JIRA_HISTORY), Source.class);
        in.throwIfInvalid();

        assertThat(read).isEqualTo(at);
        assertThat(source).isEqualTo(Source.JIRA_HISTORY);
    }

    @Test
    void optionalInstantIsEmptyWhenAbsentAndRecordedWhenMalformed() {
        JsonInput in = new JsonInput();

        assertThat(in.optionalInstant("detectedAt", null)).isEmpty();
        assertThat(in.optionalInstant("resolvedAt", "yesterday")).isEmpty();

        org.assertj.core.api.Assertions.assertThatThrownBy(in::throwIfInvalid)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("resolvedAt");
                            assertThat(error.messageKey()).isEqualTo(JsonInput.INSTANT_INVALID);
                        }));
    }

    @Test
    void offsetsOtherThanUtcAreAcceptedAsTheSameInstant() {
        JsonInput in = new JsonInput();

        assertThat(in.instant("at", "2026-11-24T11:15:30+01:00")).isEqualTo(Instant.parse("2026-11-24T10:15:30Z"));
    }
}
