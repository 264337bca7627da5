package io.debrief.core.checkpoint;

import static io.debrief.core.testkit.TrackerFixtures.INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.IssueRef;
import io.debrief.core.testkit.InMemoryCheckpointLog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemOutcomeTest {

    @Test
    void dropping_an_item_needs_a_reason() {
        assertThatThrownBy(() -> new ItemOutcome.Dropped(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemOutcome.Dropped(null)).isInstanceOf(NullPointerException.class);
        assertThat(new ItemOutcome.Dropped("Superseded by OPS-9").reason()).isEqualTo("Superseded by OPS-9");
    }

    @Test
    void recording_outcomes_closes_the_checkpoint_with_one_outcome_per_item() {
        InMemoryCheckpointLog log = new InMemoryCheckpointLog();
        IssueRef done = new IssueRef(11, "OPS-11", "OPS");
        IssueRef moved = new IssueRef(12, "OPS-12", "OPS");
        Instant due = Instant.parse("2026-03-15T09:00:00Z");
        log.claim(INCIDENT, 1, due, due);
        log.markOpened(INCIDENT, 1, new IssueRef(99, "INC-99", "INC"));

        log.recordOutcomes(
                INCIDENT,
                1,
                Map.of(done, new ItemOutcome.Done(), moved, new ItemOutcome.Replanned(LocalDate.parse("2026-04-30"))));

        Checkpoint checkpoint = log.history(INCIDENT).get(0);
        assertThat(checkpoint.state()).isEqualTo(Checkpoint.State.CLOSED);
        assertThat(checkpoint.outcomes())
                .containsEntry(moved, new ItemOutcome.Replanned(LocalDate.parse("2026-04-30")));
    }

    @Test
    void only_the_first_claim_of_a_checkpoint_wins() {
        InMemoryCheckpointLog log = new InMemoryCheckpointLog();
        Instant due = Instant.parse("2026-03-15T09:00:00Z");

        assertThat(log.claim(INCIDENT, 1, due, due)).isTrue();
        assertThat(log.claim(INCIDENT, 1, due, due.plusSeconds(5))).isFalse();
        assertThat(log.claim(INCIDENT, 2, due, due)).isTrue();
    }
}
