package io.debrief.plugin.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/** The one way the plugin's fixed-schedule jobs (reconciles, follow-through) are registered and scheduled. */
class ClusterJobSchedulerTest {

    private static final JobRunnerKey RUNNER = JobRunnerKey.of("io.debrief:test-job");
    private static final JobId JOB = JobId.of("io.debrief:test-job");
    private static final String CRON = "0 17 */6 * * ?";

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final JobRunner runner = mock(JobRunner.class);
    private final ClusterJobScheduler jobScheduler =
            new ClusterJobScheduler(scheduler, RUNNER, JOB, runner, CRON, "the test job") {};

    @Test
    void on_start_the_runner_is_registered_on_this_node_then_the_job_scheduled_once_per_cluster() throws Exception {
        // when
        jobScheduler.onStart();

        // then
        InOrder order = inOrder(scheduler);
        order.verify(scheduler).registerJobRunner(RUNNER, runner);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        order.verify(scheduler).scheduleJob(eq(JOB), config.capture());
        assertThat(config.getValue().getJobRunnerKey()).isEqualTo(RUNNER);
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(config.getValue().getSchedule()).isEqualTo(Schedule.forCronExpression(CRON));
    }

    @Test
    void a_scheduler_refusal_is_logged_and_the_start_goes_on() throws Exception {
        // given
        doThrow(new SchedulerServiceException("bad cron")).when(scheduler).scheduleJob(any(), any());

        // when / then
        assertThatCode(jobScheduler::onStart).doesNotThrowAnyException();
        verify(scheduler).registerJobRunner(RUNNER, runner);
    }

    @Test
    void on_stop_only_this_nodes_runner_is_unregistered_and_the_schedule_stays() {
        // when
        jobScheduler.onStop();

        // then
        verify(scheduler).unregisterJobRunner(RUNNER);
        verifyNoMoreInteractions(scheduler);
    }
}
