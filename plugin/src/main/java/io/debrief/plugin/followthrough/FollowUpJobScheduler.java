package io.debrief.plugin.followthrough;

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
 * Registers the follow-through runner on every node at every start (runners are node-local) and schedules it once
 * per cluster, daily by {@link #CRON}; the sent log keeps a run that overlaps another from sending twice.
 */
@Component
@ExportAsService(LifecycleAware.class)
public class FollowUpJobScheduler extends ClusterJobScheduler {

    public static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of(DebriefPlugin.KEY + ":follow-up-job");
    public static final JobId JOB_ID = JobId.of(DebriefPlugin.KEY + ":follow-up-job");
    /** Every day at 07:40, before the working day and away from the checkpoint job's hour. */
    static final String CRON = "0 40 7 * * ?";

    @Inject
    public FollowUpJobScheduler(@ComponentImport SchedulerService scheduler, FollowUpJob job) {
        super(scheduler, RUNNER_KEY, JOB_ID, job, CRON, "the follow-through job");
    }
}
