package io.debrief.plugin.insights;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import io.debrief.plugin.DebriefPlugin;
import io.debrief.plugin.jira.ClusterJobScheduler;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/**
 * Registers the reconcile runner on every node at every start (runners are node-local) and schedules it once per
 * cluster by {@link #CRON}.
 */
@Component
@ExportAsService(LifecycleAware.class)
public class IncidentIndexReconcileScheduler extends ClusterJobScheduler {

    public static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of(DebriefPlugin.KEY + ":incident-index-reconcile");
    public static final JobId JOB_ID = JobId.of(DebriefPlugin.KEY + ":incident-index-reconcile");
    /** Every six hours, at 32 past (away from the hour and from the other reconciles at 17 and 47). */
    static final String CRON = "0 32 */6 * * ?";

    @Inject
    public IncidentIndexReconcileScheduler(@ComponentImport SchedulerService scheduler, IncidentIndexReconcileJob job) {
        super(scheduler, RUNNER_KEY, JOB_ID, job, CRON, "the incident index reconcile");
    }
}
