package io.debrief.core.checkpoint;

import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.core.testkit.TrackerFixtures.ALICE;
import static io.debrief.core.testkit.TrackerFixtures.INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.UserRef;
import io.debrief.core.testkit.InMemoryCheckpointLog;
import io.debrief.core.testkit.InMemoryHeldDebriefs;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemoryJobRunLog;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TestClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointRunsTest {

    private final TestClock clock = TestClock.at("2026-03-20T09:00:00Z");
    private final InMemoryIssueTracker tracker = new InMemoryIssueTracker(clock);
    private final InMemoryHeldDebriefs held = new InMemoryHeldDebriefs();
    private final InMemoryJobRunLog runLog = new InMemoryJobRunLog();
    private final CheckpointRuns runs = new CheckpointRuns(
            new OpenDueCheckpoints(held, new InMemoryCheckpointLog(), tracker, new InMemorySettings(), clock),
            runLog,
            clock);
    private final ScriptedViewer administrator =
            ScriptedViewer.as(new UserRef("admin", "Admin")).asAdmin();

    @Test
    void every_run_is_recorded_with_its_report() {
        // given a debrief held 15 days ago with an open item
        tracker.given(anActionItem().build());
        held.held(INCIDENT, Instant.parse("2026-03-05T09:00:00Z"), ALICE);

        // when
        JobRunReport report = runs.run();

        // then
        assertThat(report.opened()).isEqualTo(1);
        assertThat(runs.latest(10, administrator))
                .containsExactly(new JobRunLog.JobRun(Instant.parse("2026-03-20T09:00:00Z"), report));
    }

    @Test
    void the_latest_runs_come_newest_first_and_the_limit_is_clamped() {
        runs.run();
        clock.advanceDays(1);
        runs.run();

        List<JobRunLog.JobRun> latest = runs.latest(0, administrator);

        assertThat(latest)
                .extracting(JobRunLog.JobRun::finishedAt)
                .containsExactly(Instant.parse("2026-03-21T09:00:00Z"));
        assertThat(runs.latest(1_000, administrator)).hasSize(2);
    }

    @Test
    void only_administrators_see_the_reports() {
        assertThatThrownBy(() -> runs.latest(5, ScriptedViewer.anonymous()))
                .isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> runs.latest(5, ScriptedViewer.as(ALICE))).isInstanceOf(ForbiddenException.class);
    }
}
