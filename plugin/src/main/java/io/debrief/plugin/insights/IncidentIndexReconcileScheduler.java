package io.debrief.plugin.insights;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.debrief.plugin.DebriefPlugin;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registers the reconcile runner on every node at every start (runners are node-local) and schedules it once per
 * cluster by {@link #CRON}.
 */
@Component
@ExportAsService(LifecycleAware.class)
public class IncidentIndexReconcileScheduler implements LifecycleAware {

    public static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of(DebriefPlugin.KEY + ":incident-index-reconcile");
    public static final JobId JOB_ID = JobId.of(DebriefPlugin.KEY + ":incident-index-reconcile");
    /** Every six hours, at 32 past (away from the hour and from the other reconciles at 17 and 47). */
    static final String CRON = "0 32 */6 * * ?";

    private static final Logger LOG = LoggerFactory.getLogger(IncidentIndexReconcileScheduler.class);

    private final SchedulerService scheduler;
    private final IncidentIndexReconcileJob job;

    @Inject
    public IncidentIndexReconcileScheduler(@ComponentImport SchedulerService scheduler, IncidentIndexReconcileJob job) {
        this.scheduler = scheduler;
        this.job = job;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER_KEY, job);
        JobConfig config = JobConfig.forJobRunnerKey(RUNNER_KEY)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forCronExpression(CRON));
        try {
            scheduler.scheduleJob(JOB_ID, config);
        } catch (Exception e) {
            // not catch (SchedulerServiceException): its throws is not seen in Jira 11 code (JIRA-API-FACTS.md §0)
            LOG.error("Debrief: could not schedule the incident index reconcile", e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER_KEY);
    }
}
