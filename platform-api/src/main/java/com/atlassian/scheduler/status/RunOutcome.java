// Mirrors: com.atlassian.scheduler.status.RunOutcome from atlassian-scheduler-api (Platform 8); source: [S5]
// ngannk-fptu/Decompiled-Files
// com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/status/RunOutcome.java (4.1.0).
// Evidence: C
package com.atlassian.scheduler.status;

/** Result kind of a job run. */
public enum RunOutcome {
    SUCCESS,
    UNAVAILABLE,
    ABORTED,
    FAILED
}
