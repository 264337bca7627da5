package io.debrief.plugin.checkpoint;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.debrief.core.settings.Settings;
import io.debrief.plugin.CheckpointSchedule;
import io.debrief.plugin.DebriefPlugin;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registers the checkpoint job runner on every node at every start (runners are node-local) and schedules the job
 * once per cluster with the global cron expression; scheduling the same job id again replaces its schedule.
 */
@Component
@ExportAsService(LifecycleAware.class)
public class CheckpointJobScheduler implements LifecycleAware, CheckpointSchedule {

    public static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of(DebriefPlugin.KEY + ":checkpoint-job");
    public static final JobId JOB_ID = JobId.of(DebriefPlugin.KEY + ":checkpoint-job");

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointJobScheduler.class);

    private final SchedulerService scheduler;
    private final CheckpointJob job;
    private final Settings settings;

    @Inject
    public CheckpointJobScheduler(@ComponentImport SchedulerService scheduler, CheckpointJob job, Settings settings) {
        this.scheduler = scheduler;
        this.job = job;
        this.settings = settings;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER_KEY, job);
        reschedule(settings.global().jobCron());
    }

    @Override
    public void onStop() {
        // the schedule stays (other nodes run it); only this node's runner goes
        scheduler.unregisterJobRunner(RUNNER_KEY);
    }

    /** Schedules (or re-schedules) the job with the cron expression; returns whether the scheduler accepted it. */
    @Override
    public boolean reschedule(String cron) {
        JobConfig config = JobConfig.forJobRunnerKey(RUNNER_KEY)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forCronExpression(cron));
        try {
            scheduler.scheduleJob(JOB_ID, config);
            return true;
        } catch (Exception e) {
            // not catch (SchedulerServiceException): its throws is not seen in Jira 11 code (JIRA-API-FACTS.md §0)
            LOG.error("Debrief: could not schedule the checkpoint job with cron '{}'", cron, e);
            return false;
        }
    }
}
