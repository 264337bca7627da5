package io.debrief.plugin.library.security;

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
public class IncidentSecurityReconcileScheduler extends ClusterJobScheduler {

    public static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of(DebriefPlugin.KEY + ":incident-security-reconcile");
    public static final JobId JOB_ID = JobId.of(DebriefPlugin.KEY + ":incident-security-reconcile");
    /** Every six hours, at 47 past (away from the hour and from the item index reconcile at 17 past). */
    static final String CRON = "0 47 */6 * * ?";

    @Inject
    public IncidentSecurityReconcileScheduler(
            @ComponentImport SchedulerService scheduler, IncidentSecurityReconcileJob job) {
        super(scheduler, RUNNER_KEY, JOB_ID, job, CRON, "the incident security reconcile");
    }
}
