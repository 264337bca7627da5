package io.debrief.plugin.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.RunOutcome;
import io.debrief.core.insights.IncidentIndexing;
import io.debrief.plugin.review.index.ItemIndexReconcileScheduler;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/** The incident index's reconcile is registered on every node and scheduled once per cluster every six hours. */
class IncidentIndexReconcileSchedulerTest {

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final IncidentIndexing indexing = mock(IncidentIndexing.class);
    private final IncidentIndexing.Feed feed = each -> true;
    private final IncidentIndexReconcileJob job = new IncidentIndexReconcileJob(indexing, feed);
    private final IncidentIndexReconcileScheduler jobScheduler = new IncidentIndexReconcileScheduler(scheduler, job);

    @Test
    void on_start_the_runner_is_registered_then_scheduled_once_per_cluster_every_six_hours() throws Exception {
        // when
        jobScheduler.onStart();

        // then
        InOrder order = inOrder(scheduler);
        order.verify(scheduler).registerJobRunner(IncidentIndexReconcileScheduler.RUNNER_KEY, job);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        order.verify(scheduler).scheduleJob(eq(IncidentIndexReconcileScheduler.JOB_ID), config.capture());
        assertThat(config.getValue().getJobRunnerKey()).isEqualTo(IncidentIndexReconcileScheduler.RUNNER_KEY);
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(config.getValue().getSchedule()).isEqualTo(Schedule.forCronExpression("0 32 */6 * * ?"));
    }

    @Test
    void its_job_is_not_the_item_index_reconcile() {
        assertThat(IncidentIndexReconcileScheduler.JOB_ID).isNotEqualTo(ItemIndexReconcileScheduler.JOB_ID);
        assertThat(IncidentIndexReconcileScheduler.RUNNER_KEY).isNotEqualTo(ItemIndexReconcileScheduler.RUNNER_KEY);
    }

    @Test
    void a_scheduler_refusal_is_logged_and_the_runner_stays_registered() throws Exception {
        // given
        doThrow(new SchedulerServiceException("refused")).when(scheduler).scheduleJob(any(), any());

        // when
        jobScheduler.onStart();

        // then
        verify(scheduler).registerJobRunner(IncidentIndexReconcileScheduler.RUNNER_KEY, job);
    }

    @Test
    void on_stop_only_this_nodes_runner_is_unregistered() {
        // when
        jobScheduler.onStop();

        // then
        verify(scheduler).unregisterJobRunner(IncidentIndexReconcileScheduler.RUNNER_KEY);
        org.mockito.Mockito.verifyNoMoreInteractions(scheduler);
    }

    @Test
    void a_run_that_cannot_read_fails_and_says_so() {
        // given
        when(indexing.reconcile(feed)).thenThrow(new IllegalStateException("database down"));

        // when
        JobRunnerResponse response = job.runJob(null);

        // then
        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.FAILED);
    }

    @Test
    void a_run_reports_how_many_incidents_it_wrote() {
        // given
        when(indexing.reconcile(feed)).thenReturn(7);

        // when
        JobRunnerResponse response = job.runJob(null);

        // then
        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(response.getMessage()).contains("7 written");
    }
}
