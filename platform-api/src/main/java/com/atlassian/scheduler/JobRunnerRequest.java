// Mirrors: com.atlassian.scheduler.JobRunnerRequest from atlassian-scheduler-api (Platform 8); source: [S5]
// ngannk-fptu/Decompiled-Files
// com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/JobRunnerRequest.java (4.1.0).
// Evidence: C
package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import java.util.Date;

/** What the scheduler tells a runner about the current run. */
public interface JobRunnerRequest {
    Date getStartTime();

    JobId getJobId();

    JobConfig getJobConfig();

    boolean isCancellationRequested();
}
