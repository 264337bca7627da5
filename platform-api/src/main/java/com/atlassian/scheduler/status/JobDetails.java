// Mirrors: com.atlassian.scheduler.status.JobDetails from atlassian-scheduler-api (Platform 8); source: [S5]
// ngannk-fptu/Decompiled-Files
// com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/status/JobDetails.java (4.1.0).
// Evidence: C
package com.atlassian.scheduler.status;

import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import java.util.Date;

/** A scheduled job as the scheduler knows it. */
public interface JobDetails {
    JobId getJobId();

    JobRunnerKey getJobRunnerKey();

    Schedule getSchedule();

    /** Null when the job will not run again. */
    Date getNextRunTime();
}
