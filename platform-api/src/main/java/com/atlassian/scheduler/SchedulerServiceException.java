// Mirrors: com.atlassian.scheduler.SchedulerServiceException from atlassian-scheduler-api (Platform 8); source: [S5]
// ngannk-fptu/Decompiled-Files
// com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/SchedulerServiceException.java (4.1.0).
// Evidence: C; checked
package com.atlassian.scheduler;

/** Checked failure to schedule a job. */
public class SchedulerServiceException extends Exception {
    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
