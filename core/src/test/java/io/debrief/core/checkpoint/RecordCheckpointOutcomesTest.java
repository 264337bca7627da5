package io.debrief.core.checkpoint;

import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.core.testkit.TrackedIssueBuilder.anOrdinaryIssue;
import static io.debrief.core.testkit.TrackerFixtures.ALICE;
import static io.debrief.core.testkit.TrackerFixtures.INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.ConflictException;
import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.common.ValidationError;
import io.debrief.core.testkit.InMemoryCheckpointLog;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordCheckpointOutcomesTest {

    private static final IssueRef SUB_TASK = new IssueRef(7001, "INC-99", "INC");

    private final TestClock clock = TestClock.at("2026-03-20T09:00:00Z");
    private final InMemoryIncidents incidents = new InMemoryIncidents();
    private final InMemoryIssueTracker tracker = new InMemoryIssueTracker(clock);
    private final InMemoryCheckpointLog log = new InMemoryCheckpointLog();
    private final InMemorySettings settings = new InMemorySettings();
    private final RecordCheckpointOutcomes outcomes =
            new RecordCheckpointOutcomes(incidents, log, tracker, settings, clock);
    private final ScriptedViewer alice = ScriptedViewer.as(ALICE);

    private final TrackedIssue alerting = anActionItem().summary("Alert on queue depth").build();
    private final TrackedIssue runbook = anActionItem().summary("Write the runbook").build();
    private final TrackedIssue alreadyDone = anActionItem().resolvedAt(Instant.parse("2026-03-15T10:00:00Z")).build();

    @BeforeEach
    void givenAnIncidentWithAnOpenedCheckpoint() {
        incidents.with(anIncident().id(INCIDENT.id()).key(INCIDENT.key()).build());
        tracker.given(anOrdinaryIssue().ref(INCIDENT).build(), alerting, runbook, alreadyDone);
        log.claim(INCIDENT, 1, Instant.parse("2026-03-19T09:00:00Z"), Instant.parse("2026-03-19T09:00:00Z"));
        log.markOpened(INCIDENT, 1, SUB_TASK);
    }

    private static OutcomeForm done(TrackedIssue item) {
        return new OutcomeForm(item.key(), "done", null, null);
    }

    private static OutcomeForm replanned(TrackedIssue item, String due) {
        return new OutcomeForm(item.key(), "replanned", due, null);
    }

    private static OutcomeForm dropped(TrackedIssue item, String reason) {
        return new OutcomeForm(item.key(), "dropped", null, reason);
    }

    private Checkpoint checkpointOne() {
        return log.history(INCIDENT).get(0);
    }

    private List<ValidationError> refusal(List<OutcomeForm> forms) {
        InvalidInputException refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> outcomes.close(INCIDENT.key(), 1, forms, alice));
        return refused.errors();
    }

    @Test
    void closing_records_one_outcome_per_item_and_updates_the_tracker() {
        // when
        Checkpoint closed = outcomes.close(INCIDENT.key(), 1,
                List.of(done(alerting), replanned(runbook, "2026-04-30")), alice);

        // then
        assertThat(closed.state()).isEqualTo(Checkpoint.State.CLOSED);
        assertThat(checkpointOne().outcomes()).isEqualTo(Map.of(
                alerting.ref(), new ItemOutcome.Done(),
                runbook.ref(), new ItemOutcome.Replanned(LocalDate.parse("2026-04-30"))));
        assertThat(tracker.find(runbook.key()).orElseThrow().due()).isEqualTo(LocalDate.parse("2026-04-30"));
    }

    @Test
    void a_dropped_item_is_resolved_as_irrelevant_with_the_reason() {
        // when
        outcomes.close(INCIDENT.key(), 1, List.of(done(alerting), dropped(runbook, "Service retired")), alice);

        // then
        assertThat(tracker.resolutionOf(runbook.ref())).contains("Won't Do");
        assertThat(tracker.commentOn(runbook.ref())).contains("Service retired");
        assertThat(checkpointOne().outcomes().get(runbook.ref())).isEqualTo(new ItemOutcome.Dropped("Service retired"));
    }

    @Test
    void every_open_item_needs_an_outcome_and_nothing_is_written_otherwise() {
        // when
        List<ValidationError> errors = refusal(List.of(replanned(alerting, "2026-04-30")));

        // then
        assertThat(errors).extracting(ValidationError::field).containsExactly("outcomes");
        assertThat(errors.get(0).args()).containsExactly(runbook.key());
        assertThat(checkpointOne().state()).isEqualTo(Checkpoint.State.OPENED);
        assertThat(tracker.find(alerting.key()).orElseThrow().due()).isNull();
    }

    @Test
    void each_bad_outcome_is_named_by_its_position_and_field() {
        // when
        List<ValidationError> errors = refusal(List.of(
                replanned(alerting, null),
                dropped(runbook, "  "),
                new OutcomeForm("OPS-404", "done", null, null),
                new OutcomeForm(alreadyDone.key(), "postponed", null, null)));

        // then
        assertThat(errors).extracting(ValidationError::field, ValidationError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("outcomes[0].due", RecordCheckpointOutcomes.DUE_REQUIRED),
                org.assertj.core.groups.Tuple.tuple("outcomes[1].reason", RecordCheckpointOutcomes.REASON_REQUIRED),
                org.assertj.core.groups.Tuple.tuple("outcomes[2].item", RecordCheckpointOutcomes.ITEM_UNKNOWN),
                org.assertj.core.groups.Tuple.tuple("outcomes[3].outcome", RecordCheckpointOutcomes.OUTCOME_UNKNOWN));
    }

    @Test
    void a_replanned_date_must_be_a_date_and_not_in_the_past() {
        // when
        List<ValidationError> errors = refusal(List.of(replanned(alerting, "30/04/2026"),
                replanned(runbook, "2026-03-19")));

        // then
        assertThat(errors).extracting(ValidationError::field, ValidationError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("outcomes[0].due", "debrief.error.field.date.invalid"),
                org.assertj.core.groups.Tuple.tuple("outcomes[1].due", RecordCheckpointOutcomes.DUE_PAST));
    }

    @Test
    void today_is_a_valid_replanned_date() {
        outcomes.close(INCIDENT.key(), 1, List.of(replanned(alerting, "2026-03-20"), done(runbook)), alice);

        assertThat(checkpointOne().state()).isEqualTo(Checkpoint.State.CLOSED);
    }

    @Test
    void the_same_item_twice_is_refused() {
        List<ValidationError> errors = refusal(List.of(done(alerting), done(runbook), done(alerting)));

        assertThat(errors).extracting(ValidationError::field, ValidationError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("outcomes[2].item", RecordCheckpointOutcomes.ITEM_DUPLICATE));
    }

    @Test
    void a_closed_checkpoint_cannot_be_closed_again() {
        // given
        outcomes.close(INCIDENT.key(), 1, List.of(done(alerting), done(runbook)), alice);

        // when / then
        assertThatThrownBy(() -> outcomes.close(INCIDENT.key(), 1,
                List.of(dropped(alerting, "changed our mind"), done(runbook)), alice))
                .isInstanceOf(ConflictException.class)
                .hasMessage(RecordCheckpointOutcomes.CLOSED);
        assertThat(checkpointOne().outcomes().get(alerting.ref())).isEqualTo(new ItemOutcome.Done());
        assertThat(tracker.resolutionOf(alerting.ref())).isEmpty();
    }

    @Test
    void a_checkpoint_only_claimed_is_not_open_for_outcomes() {
        // given
        log.claim(INCIDENT, 2, Instant.parse("2026-04-02T09:00:00Z"), Instant.parse("2026-04-02T09:00:00Z"));

        // when / then
        assertThatThrownBy(() -> outcomes.close(INCIDENT.key(), 2, List.of(done(alerting), done(runbook)), alice))
                .isInstanceOf(ConflictException.class)
                .hasMessage(RecordCheckpointOutcomes.NOT_OPENED);
    }

    @Test
    void an_unknown_checkpoint_number_is_not_found() {
        assertThatThrownBy(() -> outcomes.close(INCIDENT.key(), 5, List.of(done(alerting)), alice))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void closing_needs_the_edit_right_on_the_incident_and_a_login() {
        assertThatThrownBy(() -> outcomes.close(INCIDENT.key(), 1, List.of(done(alerting), done(runbook)),
                ScriptedViewer.as(ALICE).cannotEdit(INCIDENT))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> outcomes.close(INCIDENT.key(), 1, List.of(done(alerting), done(runbook)),
                ScriptedViewer.anonymous())).isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> outcomes.close(INCIDENT.key(), 1, List.of(done(alerting), done(runbook)),
                ScriptedViewer.as(ALICE).cannotBrowse(INCIDENT))).isInstanceOf(NotFoundException.class);
        assertThat(checkpointOne().state()).isEqualTo(Checkpoint.State.OPENED);
    }

    @Test
    void access_is_checked_before_the_input() {
        assertThatThrownBy(() -> outcomes.close(INCIDENT.key(), 1, List.of(replanned(alerting, "garbage")),
                ScriptedViewer.as(ALICE).cannotEdit(INCIDENT))).isInstanceOf(ForbiddenException.class);
    }
}
