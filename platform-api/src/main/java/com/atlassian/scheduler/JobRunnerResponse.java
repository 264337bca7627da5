// Mirrors: com.atlassian.scheduler.JobRunnerResponse from atlassian-scheduler-api (Platform 8); source: [S5]
// ngannk-fptu/Decompiled-Files
// com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/JobRunnerResponse.java (4.1.0).
// Evidence: C
// Value behaviour as in the real class (outcome + message, equals/hashCode); failed(Throwable) keeps only "Type:
// message".
package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Objects;

/** How a job run ended. */
public final class JobRunnerResponse {
    private final RunOutcome runOutcome;
    private final String message;

    private JobRunnerResponse(RunOutcome runOutcome, String message) {
        this.runOutcome = runOutcome;
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return success(null);
    }

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/JobRunnerResponse.java (4.1.0)")
    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse(RunOutcome.ABORTED, requireText(message));
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(RunOutcome.FAILED, requireText(message));
    }

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/JobRunnerResponse.java (4.1.0)")
    public static JobRunnerResponse failed(Throwable cause) {
        Objects.requireNonNull(cause, "cause");
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new JobRunnerResponse(RunOutcome.FAILED, text);
    }

    public RunOutcome getRunOutcome() {
        return runOutcome;
    }

    public String getMessage() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || (o instanceof JobRunnerResponse other
                        && runOutcome == other.runOutcome
                        && Objects.equals(message, other.message));
    }

    @Override
    public int hashCode() {
        return Objects.hash(runOutcome, message);
    }

    @Override
    public String toString() {
        return "JobRunnerResponse[runOutcome=" + runOutcome + ",message='" + message + "']";
    }

    // Jira rejects aborted/failed responses without a message in the same way
    private static String requireText(String message) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("The message must be specified");
        }
        return message;
    }
}
