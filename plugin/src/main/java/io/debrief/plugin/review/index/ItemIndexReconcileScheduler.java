package io.debrief.plugin.review.index;

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
public class ItemIndexReconcileScheduler extends ClusterJobScheduler {

    public static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of(DebriefPlugin.KEY + ":item-index-reconcile");
    public static final JobId JOB_ID = JobId.of(DebriefPlugin.KEY + ":item-index-reconcile");
    /** Every six hours, at 17 past (away from the hour, when other jobs start). */
    static final String CRON = "0 17 */6 * * ?";

    @Inject
    public ItemIndexReconcileScheduler(@ComponentImport SchedulerService scheduler, ItemIndexReconcileJob job) {
        super(scheduler, RUNNER_KEY, JOB_ID, job, CRON, "the item index reconcile");
    }
}
