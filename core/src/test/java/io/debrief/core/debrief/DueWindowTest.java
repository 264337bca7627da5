package io.debrief.core.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueWindowTest {

    private static final Instant RESOLVED = Instant.parse("2026-03-01T10:00:00Z");

    @ParameterizedTest(name = "{0} after resolution -> {1}")
    @CsvSource({
        "PT0S,            UPCOMING",
        "PT23H59M59S,     UPCOMING",
        "PT24H,           DUE",
        "PT48H,           DUE",
        "PT72H,           DUE",
        "PT72H0M1S,       OVERDUE",
        "P30D,            OVERDUE",
    })
    void an_awaiting_debrief_follows_the_window(Duration sinceResolution, DebriefPhase expected) {
        assertThat(DueWindow.phaseOf(DebriefStatus.AWAITING, RESOLVED, RESOLVED.plus(sinceResolution)))
                .isEqualTo(expected);
    }

    @Test
    void an_unresolved_incident_has_no_due_debrief_yet() {
        assertThat(DueWindow.phaseOf(DebriefStatus.AWAITING, null, RESOLVED)).isEqualTo(DebriefPhase.NOT_RESOLVED);
    }

    @Test
    void held_and_published_debriefs_are_never_overdue() {
        Instant muchLater = RESOLVED.plus(Duration.ofDays(90));

        assertThat(DueWindow.phaseOf(DebriefStatus.HELD, RESOLVED, muchLater)).isEqualTo(DebriefPhase.HELD);
        assertThat(DueWindow.phaseOf(DebriefStatus.PUBLISHED, RESOLVED, muchLater))
                .isEqualTo(DebriefPhase.PUBLISHED);
    }
}
