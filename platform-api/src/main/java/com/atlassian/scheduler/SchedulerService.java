// Mirrors: com.atlassian.scheduler.SchedulerService from atlassian-scheduler-api (Platform 8); source: [S5]
// ngannk-fptu/Decompiled-Files
// com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/SchedulerService.java (4.1.0, API
// stable since 1.x). Evidence: C
package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.status.JobDetails;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Cluster-aware job scheduling: register runners on every node, schedule jobs once. */
public interface SchedulerService {
    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/SchedulerService.java (4.1.0, API stable since 1.x)")
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/SchedulerService.java (4.1.0, API stable since 1.x)")
    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/SchedulerService.java (4.1.0, API stable since 1.x)")
    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);

    /** Null when no such job is scheduled. */
    JobDetails getJobDetails(JobId jobId);
}
