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
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.common.ValidationError;
import io.debrief.core.testkit.InMemoryCheckpointLog;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TestClock;
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

    private final TrackedIssue alerting =
            anActionItem().summary("Alert on queue depth").build();
    private final TrackedIssue runbook =
            anActionItem().summary("Write the runbook").build();
    private final TrackedIssue alreadyDone =
            anActionItem().resolvedAt(Instant.parse("2026-03-15T10:00:00Z")).build();

    @BeforeEach
    void givenAnIncidentWithAnOpenedCheckpoint() {
        incidents.with(anIncident().id(INCIDENT.id()).key(INCIDENT.key()).build());
        tracker.given(
                anOrdinaryIssue().ref(INCIDENT).build(),
                anOrdinaryIssue().ref(SUB_TASK).build(),
                alerting,
                runbook,
                alreadyDone);
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
        InvalidInputException refused = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class, () -> outcomes.close(INCIDENT.key(), 1, forms, alice));
        return refused.errors();
    }

    @Test
    void closing_records_one_outcome_per_item_and_updates_the_tracker() {
        // when
        Checkpoint closed =
                outcomes.close(INCIDENT.key(), 1, List.of(done(alerting), replanned(runbook, "2026-04-30")), alice);

        // then
        assertThat(closed.state()).isEqualTo(Checkpoint.State.CLOSED);
        assertThat(checkpointOne().outcomes())
                .isEqualTo(Map.of(
                        alerting.ref(), new ItemOutcome.Done(),
                        runbook.ref(), new ItemOutcome.Replanned(LocalDate.parse("2026-04-30"))));
        assertThat(tracker.find(runbook.key()).orElseThrow().due()).isEqualTo(LocalDate.parse("2026-04-30"));
    }

    @Test
    void a_done_item_is_closed_through_its_workflow_and_so_is_the_checkpoints_sub_task() {
        // when
        outcomes.close(INCIDENT.key(), 1, List.of(done(alerting), replanned(runbook, "2026-04-30")), alice);

        // then: the item is done in the tracker, not only in the log; the sub-task too
        assertThat(tracker.find(alerting.key()).orElseThrow().isOpen()).isFalse();
        assertThat(tracker.resolutionOf(alerting.ref())).contains("Done");
        assertThat(tracker.find(SUB_TASK.key()).orElseThrow().isOpen()).isFalse();
        assertThat(tracker.resolutionOf(SUB_TASK)).contains("Done");
        assertThat(tracker.find(runbook.key()).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void an_item_already_closed_keeps_its_resolution_whatever_its_outcome() {
        // when
        outcomes.close(
                INCIDENT.key(),
                1,
                List.of(done(alerting), done(runbook), dropped(alreadyDone, "was done anyway")),
                alice);

        // then
        assertThat(tracker.writes())
                .containsExactly(
                        "resolve " + alerting.key() + " Done",
                        "resolve " + runbook.key() + " Done",
                        "resolve " + SUB_TASK.key() + " Done");
        assertThat(checkpointOne().outcomes())
                .containsEntry(alreadyDone.ref(), new ItemOutcome.Dropped("was done anyway"));
    }

    @Test
    void an_outcome_that_would_close_an_item_its_workflow_does_not_let_the_person_close_is_refused_before_any_write() {
        // given: the runbook's workflow offers no transition to done
        tracker.noDoneTransitionFor(runbook.ref());

        // when: "done" and "dropped" would both close it
        List<ValidationError> asDone = refusal(List.of(replanned(alerting, "2026-04-30"), done(runbook)));
        List<ValidationError> asDropped =
                refusal(List.of(replanned(alerting, "2026-04-30"), dropped(runbook, "no longer needed")));

        // then: named at the outcome, with the item; nothing written, checkpoint open
        assertThat(asDone)
                .extracting(ValidationError::field, ValidationError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "outcomes[1].outcome", RecordCheckpointOutcomes.NOT_CLOSABLE));
        assertThat(asDone.get(0).args()).containsExactly(runbook.key());
        assertThat(asDropped).extracting(ValidationError::field).containsExactly("outcomes[1].outcome");
        assertThat(tracker.writes()).isEmpty();
        assertThat(checkpointOne().state()).isEqualTo(Checkpoint.State.OPENED);

        // and re-planning it is still possible
        outcomes.close(INCIDENT.key(), 1, List.of(done(alerting), replanned(runbook, "2026-04-30")), alice);
        assertThat(checkpointOne().state()).isEqualTo(Checkpoint.State.CLOSED);
    }

    @Test
    void a_sub_task_the_person_cannot_move_to_done_refuses_the_close_before_any_write() {
        // given
        tracker.noDoneTransitionFor(SUB_TASK);

        // when / then
        assertThatThrownBy(() -> outcomes.close(INCIDENT.key(), 1, List.of(done(alerting), done(runbook)), alice))
                .isInstanceOfSatisfying(ConflictException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo(RecordCheckpointOutcomes.SUBTASK_NOT_CLOSABLE);
                    assertThat(refused.args()).containsExactly(SUB_TASK.key());
                });
        assertThat(tracker.writes()).isEmpty();
        assertThat(checkpointOne().state()).isEqualTo(Checkpoint.State.OPENED);
    }

    @Test
    void a_sub_task_already_closed_by_hand_stays_as_it_is() {
        // given
        tracker.resolve(SUB_TASK, "Won't Do", "closed by hand");

        // when
        outcomes.close(INCIDENT.key(), 1, List.of(done(alerting), done(runbook)), alice);

        // then
        assertThat(tracker.resolutionOf(SUB_TASK)).contains("Won't Do");
        assertThat(checkpointOne().state()).isEqualTo(Checkpoint.State.CLOSED);
    }

    @Test
    void a_refused_second_item_leaves_nothing_half_written_and_the_same_submit_succeeds_later() {
        // given: the tracker refuses any change to the runbook (a workflow validator, a node in trouble)
        LocalDate runbookDue = runbook.due();
        tracker.refuseChangesTo(runbook.ref());
        List<OutcomeForm> submit = List.of(replanned(alerting, "2026-04-30"), replanned(runbook, "2026-05-31"));

        // when
        assertThatThrownBy(() -> outcomes.close(INCIDENT.key(), 1, submit, alice))
                .isInstanceOf(IllegalStateException.class);

        // then: the first item's due date is back, the checkpoint is open with no outcome
        assertThat(tracker.find(alerting.key()).orElseThrow().due()).isNull();
        assertThat(tracker.find(runbook.key()).orElseThrow().due()).isEqualTo(runbookDue);
        assertThat(checkpointOne().state()).isEqualTo(Checkpoint.State.OPENED);
        assertThat(checkpointOne().outcomes()).isEmpty();

        // and once the tracker accepts it, the very same submit closes the checkpoint
        tracker.stopFailing();
        outcomes.close(INCIDENT.key(), 1, submit, alice);
        assertThat(checkpointOne().state()).isEqualTo(Checkpoint.State.CLOSED);
        assertThat(tracker.find(runbook.key()).orElseThrow().due()).isEqualTo(LocalDate.parse("2026-05-31"));
    }

    @Test
    void a_resolution_refused_after_the_due_dates_were_set_puts_the_due_dates_back() {
        // given
        tracker.refuseChangesTo(runbook.ref());

        // when
        assertThatThrownBy(() -> outcomes.close(
                        INCIDENT.key(),
                        1,
                        List.of(replanned(alerting, "2026-04-30"), dropped(runbook, "retired")),
                        alice))
                .isInstanceOf(IllegalStateException.class);

        // then
        assertThat(tracker.find(alerting.key()).orElseThrow().due()).isNull();
        assertThat(tracker.writes())
                .containsExactly("setDue " + alerting.key() + " 2026-04-30", "setDue " + alerting.key() + " null");
        assertThat(checkpointOne().state()).isEqualTo(Checkpoint.State.OPENED);
    }

    @Test
    void every_item_s_replanned_date_is_checked_before_the_first_write() {
        // when: the first is fine, the second is not
        List<ValidationError> errors =
                refusal(List.of(replanned(alerting, "2026-04-30"), replanned(runbook, "2026-02-30")));

        // then
        assertThat(errors).extracting(ValidationError::field).containsExactly("outcomes[1].due");
        assertThat(tracker.writes()).isEmpty();
    }

    @Test
    void items_the_person_cannot_see_are_neither_required_named_nor_changed() {
        // given: a PAY item of this incident, which carol may not browse
        TrackedIssue payItem =
                anActionItem().inProject("PAY").summary("Reconcile refunds").build();
        tracker.given(payItem);
        ScriptedViewer carol = ScriptedViewer.as(ALICE).cannotBrowseProject("PAY");

        // when: she leaves it out, the refusal for a missing outcome does not name it
        InvalidInputException missing = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class, () -> outcomes.close(INCIDENT.key(), 1, List.of(done(alerting)), carol));
        assertThat(missing.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("outcomes");
            assertThat(error.args()).containsExactly(runbook.key());
        });

        // when: she names it, it is refused as a key that is not there at all
        InvalidInputException named = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class,
                () -> outcomes.close(
                        INCIDENT.key(),
                        1,
                        List.of(done(alerting), done(runbook), dropped(payItem, "not mine")),
                        carol));
        InvalidInputException unknown = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class,
                () -> outcomes.close(
                        INCIDENT.key(),
                        1,
                        List.of(
                                done(alerting),
                                done(runbook),
                                dropped(anActionItem().inProject("PAY").build(), "not mine")),
                        carol));
        assertThat(named.errors())
                .extracting(ValidationError::field, ValidationError::messageKey)
                .isEqualTo(unknown.errors().stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.field(), e.messageKey()))
                        .toList())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("outcomes[2].item", RecordCheckpointOutcomes.ITEM_UNKNOWN));

        // then: closing with her items only works, and the PAY item is untouched and unrecorded
        outcomes.close(INCIDENT.key(), 1, List.of(done(alerting), replanned(runbook, "2026-04-30")), carol);
        assertThat(tracker.find(payItem.key()).orElseThrow()).isEqualTo(payItem);
        assertThat(checkpointOne().outcomes()).doesNotContainKey(payItem.ref());
        assertThat(tracker.writes()).noneMatch(write -> write.contains(payItem.key()));
    }

    @Test
    void the_history_shows_a_reader_only_the_outcomes_of_items_they_may_see() {
        // given: alice closed the checkpoint with an outcome for a PAY item too
        TrackedIssue payItem = anActionItem().inProject("PAY").build();
        tracker.given(payItem);
        outcomes.close(
                INCIDENT.key(), 1, List.of(done(alerting), done(runbook), replanned(payItem, "2026-04-30")), alice);

        // when
        Checkpoint seenByCarol =
                checkpointOne().visibleTo(ScriptedViewer.as(ALICE).cannotBrowseProject("PAY"));

        // then
        assertThat(seenByCarol.outcomes()).containsOnlyKeys(alerting.ref(), runbook.ref());
        assertThat(checkpointOne().visibleTo(alice).outcomes()).containsKey(payItem.ref());
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
        assertThat(errors)
                .extracting(ValidationError::field, ValidationError::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("outcomes[0].due", RecordCheckpointOutcomes.DUE_REQUIRED),
                        org.assertj.core.groups.Tuple.tuple(
                                "outcomes[1].reason", RecordCheckpointOutcomes.REASON_REQUIRED),
                        org.assertj.core.groups.Tuple.tuple("outcomes[2].item", RecordCheckpointOutcomes.ITEM_UNKNOWN),
                        org.assertj.core.groups.Tuple.tuple(
                                "outcomes[3].outcome", RecordCheckpointOutcomes.OUTCOME_UNKNOWN));
    }

    @Test
    void a_replanned_date_must_be_a_date_and_not_in_the_past() {
        // when
        List<ValidationError> errors =
                refusal(List.of(replanned(alerting, "30/04/2026"), replanned(runbook, "2026-03-19")));

        // then
        assertThat(errors)
                .extracting(ValidationError::field, ValidationError::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("outcomes[0].due", "debrief.error.field.date.invalid"),
                        org.assertj.core.groups.Tuple.tuple(
                                "outcomes[1].due", io.debrief.core.common.SaneRange.DATE_OUT_OF_RANGE));
    }

    @Test
    void today_is_a_valid_replanned_date() {
        outcomes.close(INCIDENT.key(), 1, List.of(replanned(alerting, "2026-03-20"), done(runbook)), alice);

        assertThat(checkpointOne().state()).isEqualTo(Checkpoint.State.CLOSED);
    }

    @Test
    void the_same_item_twice_is_refused() {
        List<ValidationError> errors = refusal(List.of(done(alerting), done(runbook), done(alerting)));

        assertThat(errors)
                .extracting(ValidationError::field, ValidationError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "outcomes[2].item", RecordCheckpointOutcomes.ITEM_DUPLICATE));
    }

    @Test
    void a_closed_checkpoint_cannot_be_closed_again() {
        // given
        outcomes.close(INCIDENT.key(), 1, List.of(done(alerting), done(runbook)), alice);

        // when / then
        assertThatThrownBy(() -> outcomes.close(
                        INCIDENT.key(), 1, List.of(dropped(alerting, "changed our mind"), done(runbook)), alice))
                .isInstanceOf(ConflictException.class)
                .hasMessage(RecordCheckpointOutcomes.CLOSED);
        assertThat(checkpointOne().outcomes().get(alerting.ref())).isEqualTo(new ItemOutcome.Done());
        assertThat(tracker.resolutionOf(alerting.ref())).contains(RecordCheckpointOutcomes.DONE_RESOLUTION);
        assertThat(tracker.writes()).hasSize(3).doesNotContain("resolve " + alerting.key() + " Won't Do");
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
        assertThatThrownBy(() -> outcomes.close(
                        INCIDENT.key(),
                        1,
                        List.of(done(alerting), done(runbook)),
                        ScriptedViewer.as(ALICE).cannotEdit(INCIDENT)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> outcomes.close(
                        INCIDENT.key(), 1, List.of(done(alerting), done(runbook)), ScriptedViewer.anonymous()))
                .isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> outcomes.close(
                        INCIDENT.key(),
                        1,
                        List.of(done(alerting), done(runbook)),
                        ScriptedViewer.as(ALICE).cannotBrowse(INCIDENT)))
                .isInstanceOf(NotFoundException.class);
        assertThat(checkpointOne().state()).isEqualTo(Checkpoint.State.OPENED);
    }

    @Test
    void access_is_checked_before_the_input() {
        assertThatThrownBy(() -> outcomes.close(
                        INCIDENT.key(),
                        1,
                        List.of(replanned(alerting, "garbage")),
                        ScriptedViewer.as(ALICE).cannotEdit(INCIDENT)))
                .isInstanceOf(ForbiddenException.class);
    }
}
