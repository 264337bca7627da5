package io.debrief.plugin.jira;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A job on a fixed cron schedule that runs once per cluster: its runner is registered on every node at every start
 * (runners are node-local) and unregistered at stop; scheduling the same job id again replaces its schedule. Each
 * job's scheduler is a component of its own slice that names its key, its cron expression and what it does.
 */
public abstract class ClusterJobScheduler implements LifecycleAware {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterJobScheduler.class);

    private final SchedulerService scheduler;
    private final JobRunnerKey runnerKey;
    private final JobId jobId;
    private final JobRunner job;
    private final String cron;
    private final String what;

    /**
     * @param what the job in words, for the log line when it cannot be scheduled ("the item index reconcile")
     */
    protected ClusterJobScheduler(
            SchedulerService scheduler, JobRunnerKey runnerKey, JobId jobId, JobRunner job, String cron, String what) {
        this.scheduler = scheduler;
        this.runnerKey = runnerKey;
        this.jobId = jobId;
        this.job = job;
        this.cron = cron;
        this.what = what;
    }

    @Override
    public final void onStart() {
        scheduler.registerJobRunner(runnerKey, job);
        JobConfig config = JobConfig.forJobRunnerKey(runnerKey)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forCronExpression(cron));
        try {
            scheduler.scheduleJob(jobId, config);
        } catch (Exception e) {
            // not catch (SchedulerServiceException): its throws is not seen in Jira 11 code (JIRA-API-FACTS.md §0)
            LOG.error("Debrief: could not schedule " + what, e);
        }
    }

    @Override
    public final void onStop() {
        scheduler.unregisterJobRunner(runnerKey);
    }
}
