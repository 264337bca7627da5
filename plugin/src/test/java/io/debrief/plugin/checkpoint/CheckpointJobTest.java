package io.debrief.plugin.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.RunOutcome;
import io.debrief.core.checkpoint.JobRunReport;
import io.debrief.core.checkpoint.OpenDueCheckpoints;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.KeepingTime;
import io.debrief.core.testkit.InMemoryJobRunLog;
import io.debrief.core.testkit.InMemorySettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

class CheckpointJobTest {

    private final OpenDueCheckpoints checkpoints = mock(OpenDueCheckpoints.class);
    private final KeepingTime time = () -> Clock.fixed(Instant.parse("2026-11-24T06:00:00Z"), ZoneOffset.UTC);
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final InMemoryJobRunLog runLog = new InMemoryJobRunLog();
    private final CheckpointJob job = new CheckpointJob(checkpoints, time, runLog);
    private final CheckpointJobScheduler jobScheduler =
            new CheckpointJobScheduler(scheduler, job, new InMemorySettings());

    @Test
    void aRunSucceedsWithWhatItDidEvenWhenSomeIncidentsFailed() {
        when(checkpoints.run())
                .thenReturn(new JobRunReport(
                        2,
                        1,
                        3,
                        List.of(new JobRunReport.Failure(new IssueRef(10, "OPS-1", "OPS"), "boom")),
                        Duration.ofMillis(42)));

        JobRunnerResponse response = job.runJob(mock(JobRunnerRequest.class));

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(response.getMessage()).isEqualTo("opened 2, repaired 1, skipped 3, failed 1 in 42 ms");
    }

    @Test
    void everyRunIsKeptInTheRunLogForTheAdminPage() {
        // given
        when(checkpoints.run()).thenReturn(new JobRunReport(1, 0, 0, List.of(), Duration.ofMillis(5)));

        // when
        job.runJob(mock(JobRunnerRequest.class));

        // then
        assertThat(runLog.latest(10))
                .singleElement()
                .satisfies(run -> assertThat(run.report().opened()).isEqualTo(1));
    }

    @Test
    void aRunThatCannotRunAtAllFails() {
        when(checkpoints.run()).thenThrow(new IllegalStateException("database down"));

        JobRunnerResponse response = job.runJob(mock(JobRunnerRequest.class));

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.FAILED);
    }

    @Test
    void onStartTheRunnerIsRegisteredThenTheJobScheduledOncePerClusterWithTheGlobalCron() throws Exception {
        jobScheduler.onStart();

        InOrder order = inOrder(scheduler);
        order.verify(scheduler).registerJobRunner(CheckpointJobScheduler.RUNNER_KEY, job);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        order.verify(scheduler).scheduleJob(eq(CheckpointJobScheduler.JOB_ID), config.capture());
        assertThat(config.getValue().getJobRunnerKey()).isEqualTo(CheckpointJobScheduler.RUNNER_KEY);
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(config.getValue().getSchedule()).isEqualTo(Schedule.forCronExpression("0 0 6 * * ?"));
    }

    @Test
    void aSchedulerRefusalIsReportedNotThrown() throws Exception {
        doThrow(new SchedulerServiceException("bad cron")).when(scheduler).scheduleJob(any(), any());

        boolean scheduled = jobScheduler.reschedule("not a cron");

        assertThat(scheduled).isFalse();
    }

    @Test
    void onStopOnlyThisNodesRunnerIsUnregistered() {
        jobScheduler.onStop();

        verify(scheduler).unregisterJobRunner(CheckpointJobScheduler.RUNNER_KEY);
        org.mockito.Mockito.verifyNoMoreInteractions(scheduler);
    }
}
