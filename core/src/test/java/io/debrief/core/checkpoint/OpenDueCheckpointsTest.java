package io.debrief.core.checkpoint;

import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.core.testkit.TrackerFixtures.ALICE;
import static io.debrief.core.testkit.TrackerFixtures.INCIDENT;
import static io.debrief.core.testkit.TrackerFixtures.incident;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.common.IssueRef;
import io.debrief.core.testkit.InMemoryCheckpointLog;
import io.debrief.core.testkit.InMemoryHeldDebriefs;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.tracker.CheckpointSummary;
import io.debrief.core.tracker.NewCheckpointSubTask;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenDueCheckpointsTest {

    private static final Instant HELD = Instant.parse("2026-03-01T09:00:00Z");

    private final TestClock clock = TestClock.at("2026-03-01T09:00:00Z");
    private final InMemoryIssueTracker tracker = new InMemoryIssueTracker(clock);
    private final InMemoryCheckpointLog log = new InMemoryCheckpointLog();
    private final InMemoryHeldDebriefs held = new InMemoryHeldDebriefs();
    private final InMemorySettings settings = new InMemorySettings();
    private final OpenDueCheckpoints job = new OpenDueCheckpoints(held, log, tracker, settings, clock);

    private TrackedIssue givenHeldDebriefWithOpenItem(IssueRef incident) {
        held.held(incident, HELD, ALICE);
        TrackedIssue item = anActionItem().of(incident).createdAt(HELD).build();
        tracker.given(item);
        return item;
    }

    @Test
    void opens_the_first_checkpoint_14_days_after_the_debrief_with_the_open_items() {
        TrackedIssue item = givenHeldDebriefWithOpenItem(INCIDENT);
        clock.advanceDays(14);

        JobRunReport report = job.run();

        assertThat(report.opened()).isEqualTo(1);
        NewCheckpointSubTask subTask = tracker.createdSubTasks().get(0);
        assertThat(subTask.incident()).isEqualTo(INCIDENT);
        assertThat(subTask.number()).isEqualTo(1);
        assertThat(subTask.summary().englishText()).isEqualTo("Checkpoint 1 (14 days): INC-12 debrief");
        assertThat(subTask.openItems()).containsExactly(item.ref());
        assertThat(subTask.assignee()).isEqualTo(ALICE);
        assertThat(subTask.due()).isEqualTo(LocalDate.parse("2026-03-15"));
        assertThat(log.history(INCIDENT))
                .singleElement()
                .satisfies(checkpoint -> assertThat(checkpoint.state()).isEqualTo(Checkpoint.State.OPENED));
    }

    @Test
    void between_two_checkpoints_a_run_looks_at_no_held_debrief_and_searches_nothing() {
        // given: checkpoint 1 opened on day 14 (interval 14), so the next one is due on day 28
        givenHeldDebriefWithOpenItem(INCIDENT);
        clock.advanceDays(14);
        job.run();
        assertThat(held.nextLook(INCIDENT)).contains(HELD.plus(java.time.Duration.ofDays(28)));
        int looked = held.looked();
        int searches = tracker.searches();

        // when: runs on days 15 and 27
        clock.advanceDays(1);
        job.run();
        clock.advanceDays(12);
        JobRunReport quiet = job.run();

        // then: nothing read, nothing searched, nothing opened
        assertThat(held.looked()).isEqualTo(looked);
        assertThat(tracker.searches()).isEqualTo(searches);
        assertThat(quiet.opened()).isZero();

        // and on day 28 the debrief is looked at again
        log.recordOutcomes(INCIDENT, 1, Map.of());
        clock.advanceDays(1);
        assertThat(job.run().opened()).isEqualTo(1);
        assertThat(held.looked()).isEqualTo(looked + 1);
    }

    @Test
    void a_shorter_interval_brings_the_planned_looks_forward_so_no_checkpoint_comes_late() {
        // given: interval 14; checkpoint 1 opened and closed on day 14, next look planned for day 28
        givenHeldDebriefWithOpenItem(INCIDENT);
        clock.advanceDays(14);
        job.run();
        log.recordOutcomes(INCIDENT, 1, Map.of());

        // when: the project's interval becomes 7 and the job runs on day 21
        settings.withCheckpointInterval(INCIDENT.projectKey(), 7);
        clock.advanceDays(7);
        JobRunReport report = job.run();

        // then: checkpoint 3 (day 21 at 7 days) opens now, not on day 28
        assertThat(report.opened()).isEqualTo(1);
        assertThat(log.history(INCIDENT)).extracting(Checkpoint::number).containsExactly(1, 3);
        assertThat(held.nextLook(INCIDENT)).contains(HELD.plus(java.time.Duration.ofDays(28)));
    }

    @Test
    void a_project_that_stops_taking_part_is_looked_at_again_as_soon_as_it_takes_part_again() {
        // given: the project takes no part on day 14, when checkpoint 1 comes due
        givenHeldDebriefWithOpenItem(INCIDENT);
        settings.saveProject(new io.debrief.core.settings.ProjectSettings(
                INCIDENT.projectKey(),
                false,
                settings.forProject(INCIDENT.projectKey()).targets(),
                14));
        clock.advanceDays(14);
        assertThat(job.run().opened()).isZero();

        // when: it takes part again on day 20
        settings.saveProject(new io.debrief.core.settings.ProjectSettings(
                INCIDENT.projectKey(),
                true,
                settings.forProject(INCIDENT.projectKey()).targets(),
                14));
        clock.advanceDays(6);
        JobRunReport report = job.run();

        // then: the checkpoint that came due meanwhile opens at once
        assertThat(report.opened()).isEqualTo(1);
    }

    @Test
    void a_checkpoint_that_comes_due_waits_while_the_previous_one_is_still_open() {
        // given: checkpoint 1 opened on day 14 and nobody closed it
        givenHeldDebriefWithOpenItem(INCIDENT);
        clock.advanceDays(14);
        job.run();

        // when: day 28, checkpoint 2 is due
        clock.advanceDays(14);
        JobRunReport whileOpen = job.run();

        // then: no second sub-task, no second open checkpoint
        assertThat(whileOpen.opened()).isZero();
        assertThat(tracker.createdSubTasks()).hasSize(1);
        assertThat(log.history(INCIDENT)).filteredOn(Checkpoint::isOpen).hasSize(1);

        // and once checkpoint 1 is closed, the next run opens checkpoint 2
        log.recordOutcomes(INCIDENT, 1, Map.of());
        JobRunReport afterClose = job.run();
        assertThat(afterClose.opened()).isEqualTo(1);
        assertThat(log.history(INCIDENT))
                .extracting(Checkpoint::number, Checkpoint::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, Checkpoint.State.CLOSED),
                        org.assertj.core.groups.Tuple.tuple(2, Checkpoint.State.OPENED));
    }

    @Test
    void a_claim_still_being_opened_counts_as_open() {
        // given: checkpoint 1 claimed (its sub-task not created yet) on day 14
        givenHeldDebriefWithOpenItem(INCIDENT);
        log.claim(INCIDENT, 1, HELD.plus(java.time.Duration.ofDays(14)), clock.instant());

        // then
        assertThat(CheckpointPolicy.waitsForAnOpenCheckpoint(log.history(INCIDENT)))
                .isTrue();
        log.recordQuiet(INCIDENT, 2, HELD.plus(java.time.Duration.ofDays(28)), clock.instant());
        assertThat(CheckpointPolicy.waitsForAnOpenCheckpoint(log.history(INCIDENT).stream()
                        .filter(c -> c.number() == 2)
                        .toList()))
                .isFalse();
    }

    @Test
    void a_number_due_with_every_item_closed_is_recorded_quiet_and_its_items_are_not_searched_again() {
        // given: the only item was done before the first checkpoint came due
        TrackedIssue item = givenHeldDebriefWithOpenItem(INCIDENT);
        clock.advanceDays(10);
        tracker.resolveNow(item.ref());
        clock.advanceDays(4);

        // when: the job runs on day 14, again the same day and on day 20
        job.run();
        int afterFirstRun = tracker.searches();
        job.run();
        clock.advanceDays(6);
        job.run();

        // then: one search for number 1, none after; no sub-task; the number is taken
        assertThat(tracker.createdSubTasks()).isEmpty();
        assertThat(tracker.searches()).isEqualTo(afterFirstRun);
        assertThat(log.history(INCIDENT)).singleElement().satisfies(checkpoint -> {
            assertThat(checkpoint.state()).isEqualTo(Checkpoint.State.QUIET);
            assertThat(checkpoint.tookPlace()).isFalse();
        });
        assertThat(log.lastNumber(INCIDENT)).isEqualTo(1);
    }

    @Test
    void after_a_quiet_number_the_next_one_still_opens_for_an_item_added_since() {
        // given: number 1 was quiet; a new action item is added on day 20
        TrackedIssue done = givenHeldDebriefWithOpenItem(INCIDENT);
        tracker.resolveNow(done.ref());
        clock.advanceDays(14);
        job.run();
        clock.advanceDays(6);
        TrackedIssue added =
                anActionItem().of(INCIDENT).createdAt(clock.instant()).build();
        tracker.given(added);

        // when: day 28
        clock.advanceDays(8);
        JobRunReport report = job.run();

        // then
        assertThat(report.opened()).isEqualTo(1);
        assertThat(tracker.createdSubTasks()).singleElement().satisfies(subTask -> {
            assertThat(subTask.number()).isEqualTo(2);
            assertThat(subTask.openItems()).containsExactly(added.ref());
        });
    }

    @Test
    void opens_nothing_after_13_days() {
        givenHeldDebriefWithOpenItem(INCIDENT);
        clock.advanceDays(13);

        JobRunReport report = job.run();

        assertThat(report.opened()).isZero();
        assertThat(tracker.createdSubTasks()).isEmpty();
    }

    @Test
    void running_twice_opens_one_checkpoint() {
        givenHeldDebriefWithOpenItem(INCIDENT);
        clock.advanceDays(14);

        job.run();
        JobRunReport second = job.run();

        assertThat(second.opened()).isZero();
        assertThat(tracker.createdSubTasks()).hasSize(1);
        assertThat(log.history(INCIDENT)).hasSize(1);
    }

    @Test
    void a_second_node_that_lost_the_claim_skips_and_creates_nothing() {
        givenHeldDebriefWithOpenItem(INCIDENT);
        clock.advanceDays(14);
        CheckpointLog claimLostToOtherNode = new CheckpointLog() {
            @Override
            public boolean claim(IssueRef incident, int number, Instant dueAt, Instant claimedAt) {
                return false;
            }

            @Override
            public boolean recordQuiet(IssueRef incident, int number, Instant dueAt, Instant recordedAt) {
                return false;
            }

            @Override
            public void markOpened(IssueRef incident, int number, IssueRef subTask) {
                throw new AssertionError("must not mark a checkpoint it did not claim");
            }

            @Override
            public java.util.List<Checkpoint> unfinishedClaims(Instant claimedBefore, int limit) {
                return java.util.List.of();
            }

            @Override
            public boolean reclaim(IssueRef incident, int number, Instant previousClaimedAt, Instant claimedAt) {
                return false;
            }

            @Override
            public boolean recordOutcomes(IssueRef incident, int number, Map<IssueRef, ItemOutcome> outcomes) {
                return false;
            }

            @Override
            public void reopen(IssueRef incident, int number) {}

            @Override
            public java.util.List<Checkpoint> history(IssueRef incident) {
                return java.util.List.of();
            }

            @Override
            public Map<IssueRef, Integer> timesReplanned(java.util.Collection<IssueRef> items) {
                return Map.of();
            }
        };

        JobRunReport report = new OpenDueCheckpoints(held, claimLostToOtherNode, tracker, settings, clock).run();

        assertThat(report.skipped()).isEqualTo(1);
        assertThat(tracker.createdSubTasks()).isEmpty();
    }

    @Test
    void a_crash_between_claim_and_sub_task_is_repaired_by_the_next_run() {
        givenHeldDebriefWithOpenItem(INCIDENT);
        clock.advanceDays(14);
        tracker.failCheckpointsFor(INCIDENT);
        JobRunReport crashed = job.run();
        assertThat(crashed.failed()).hasSize(1);
        assertThat(log.unfinishedClaims(clock.instant().plusSeconds(1), 10)).hasSize(1);

        tracker.stopFailing();
        clock.advanceDays(1);
        JobRunReport next = job.run();

        assertThat(next.repaired()).isEqualTo(1);
        assertThat(tracker.createdSubTasks()).hasSize(1);
        assertThat(log.unfinishedClaims(clock.instant().plusSeconds(1), 10)).isEmpty();
        assertThat(log.history(INCIDENT).get(0).subTask()).isNotNull();
    }

    @Test
    void a_claim_whose_sub_task_was_created_before_the_crash_is_found_not_duplicated() {
        givenHeldDebriefWithOpenItem(INCIDENT);
        clock.advanceDays(14);
        Instant dueAt = HELD.plus(java.time.Duration.ofDays(14));
        log.claim(INCIDENT, 1, dueAt, clock.instant());
        IssueRef alreadyCreated = tracker.createCheckpointSubTask(new NewCheckpointSubTask(
                INCIDENT,
                1,
                CheckpointSummary.of(1, 14, INCIDENT),
                java.util.List.of(),
                ALICE,
                LocalDate.parse("2026-03-15")));

        clock.advance(OpenDueCheckpoints.STALE_CLAIM_AFTER.plusMinutes(1));

        JobRunReport report = job.run();

        assertThat(report.repaired()).isEqualTo(1);
        assertThat(tracker.createdSubTasks()).hasSize(1);
        assertThat(log.history(INCIDENT).get(0).subTask()).isEqualTo(alreadyCreated);
    }

    @Test
    void a_failure_wrapped_by_a_proxy_is_reported_with_its_cause() {
        // given: the tracker fails as a database proxy does, wrapping the checked error that says what happened
        IssueRef failing = incident(2003);
        givenHeldDebriefWithOpenItem(failing);
        tracker.failCheckpointsFor(
                failing,
                () -> new java.lang.reflect.UndeclaredThrowableException(
                        new java.sql.SQLException("deadlock detected")));
        clock.advanceDays(14);

        // when
        JobRunReport report = job.run();

        // then
        assertThat(report.failed())
                .extracting(JobRunReport.Failure::reason)
                .containsExactly("UndeclaredThrowableException <- SQLException: deadlock detected");
    }

    @Test
    void one_failing_incident_is_reported_and_the_others_still_get_their_checkpoint() {
        IssueRef failing = incident(2001);
        IssueRef healthy = incident(2002);
        givenHeldDebriefWithOpenItem(failing);
        givenHeldDebriefWithOpenItem(healthy);
        tracker.failCheckpointsFor(failing);
        clock.advanceDays(14);

        JobRunReport report = job.run();

        assertThat(report.opened()).isEqualTo(1);
        assertThat(report.failed()).extracting(JobRunReport.Failure::incident).containsExactly(failing);
        assertThat(report.failed().get(0).reason()).contains("tracker refused");
        assertThat(tracker.createdSubTasks())
                .extracting(NewCheckpointSubTask::incident)
                .containsExactly(healthy);
    }

    @Test
    void items_closed_before_the_checkpoint_mean_no_checkpoint() {
        TrackedIssue item = givenHeldDebriefWithOpenItem(INCIDENT);
        clock.advanceDays(10);
        tracker.resolveNow(item.ref());
        clock.advanceDays(4);

        JobRunReport report = job.run();

        assertThat(report.opened()).isZero();
        assertThat(tracker.createdSubTasks()).isEmpty();
    }

    @Test
    void checkpoints_repeat_every_interval_while_items_stay_open() {
        givenHeldDebriefWithOpenItem(INCIDENT);
        clock.advanceDays(14);
        job.run();
        log.recordOutcomes(INCIDENT, 1, Map.of());
        clock.advanceDays(14);

        job.run();

        assertThat(tracker.createdSubTasks())
                .extracting(NewCheckpointSubTask::number)
                .containsExactly(1, 2);
        assertThat(tracker.createdSubTasks().get(1).summary().englishText())
                .isEqualTo("Checkpoint 2 (28 days): INC-12 debrief");
    }

    @Test
    void uses_the_project_interval() {
        givenHeldDebriefWithOpenItem(INCIDENT);
        settings.withCheckpointInterval("INC", 7);
        clock.advanceDays(7);

        JobRunReport report = job.run();

        assertThat(report.opened()).isEqualTo(1);
        assertThat(tracker.createdSubTasks().get(0).summary().englishText())
                .isEqualTo("Checkpoint 1 (7 days): INC-12 debrief");
    }

    @Test
    void projects_not_taking_part_get_no_checkpoints() {
        givenHeldDebriefWithOpenItem(INCIDENT);
        settings.saveGlobal(settings.global().withEnabledProjectKeys(Set.of("OPS")));
        clock.advanceDays(14);

        assertThat(job.run().opened()).isZero();
    }

    @Test
    void pages_through_more_held_debriefs_than_fit_in_one_page() {
        int debriefs = OpenDueCheckpoints.PAGE_SIZE + 1;
        for (int i = 1; i <= debriefs; i++) {
            givenHeldDebriefWithOpenItem(incident(5000 + i));
        }
        clock.advanceDays(14);

        JobRunReport report = job.run();

        assertThat(report.opened()).isEqualTo(debriefs);
        assertThat(tracker.createdSubTasks())
                .extracting(NewCheckpointSubTask::incident)
                .doesNotHaveDuplicates();
    }

    @Test
    void a_fresh_claim_of_a_run_still_in_progress_elsewhere_is_left_alone() {
        givenHeldDebriefWithOpenItem(INCIDENT);
        clock.advanceDays(14);
        log.claim(INCIDENT, 1, HELD.plus(java.time.Duration.ofDays(14)), clock.instant());
        clock.advance(java.time.Duration.ofMinutes(5));

        JobRunReport report = job.run();

        assertThat(report.repaired()).isZero();
        assertThat(report.skipped()).isZero();
        assertThat(tracker.createdSubTasks()).isEmpty();
    }

    @Test
    void only_one_of_two_runs_repairing_the_same_claim_takes_it_over() {
        Instant claimedAt = Instant.parse("2026-03-15T09:00:00Z");
        log.claim(INCIDENT, 1, claimedAt, claimedAt);

        boolean first = log.reclaim(INCIDENT, 1, claimedAt, claimedAt.plusSeconds(3600));
        boolean second = log.reclaim(INCIDENT, 1, claimedAt, claimedAt.plusSeconds(3601));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
    }
}
