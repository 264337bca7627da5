// Mirrors: com.atlassian.scheduler.JobRunner (@PublicSpi) from atlassian-scheduler-api (Platform 8); source: [S5]
// ngannk-fptu/Decompiled-Files
// com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/JobRunner.java (4.1.0). Evidence: C;
// complete abstract method set (one method)
package com.atlassian.scheduler;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** The code a scheduled job runs. */
public interface JobRunner {
    /** May return null (treated as success). */
    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/JobRunner.java (4.1.0)")
    JobRunnerResponse runJob(JobRunnerRequest request);
}
