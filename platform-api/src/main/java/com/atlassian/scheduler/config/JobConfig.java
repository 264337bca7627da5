// Mirrors: com.atlassian.scheduler.config.JobConfig from atlassian-scheduler-api (Platform 8); source: [S5]
// ngannk-fptu/Decompiled-Files
// com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/config/JobConfig.java (4.1.0).
// Evidence: C
// Value behaviour as in the real class: immutable, with* return copies, equals/hashCode over all fields.
package com.atlassian.scheduler.config;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/** How to run a job: which runner, run mode, schedule and parameters. */
public final class JobConfig {
    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;
    private final Map<String, Serializable> parameters;

    private JobConfig(
            JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule, Map<String, Serializable> parameters) {
        this.jobRunnerKey = jobRunnerKey;
        this.runMode = runMode != null ? runMode : RunMode.RUN_ONCE_PER_CLUSTER;
        this.schedule = schedule != null ? schedule : Schedule.runOnce(null);
        this.parameters = parameters;
    }

    /** Defaults: RUN_ONCE_PER_CLUSTER, run once immediately, no parameters. */
    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/config/JobConfig.java (4.1.0)")
    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        Objects.requireNonNull(jobRunnerKey, "jobRunnerKey");
        return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, Schedule.runOnce(null), Map.of());
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    public Map<String, Serializable> getParameters() {
        return parameters;
    }

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/config/JobConfig.java (4.1.0)")
    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode, schedule, parameters);
    }

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/config/JobConfig.java (4.1.0)")
    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule, parameters);
    }

    public JobConfig withParameters(Map<String, Serializable> parameters) {
        return new JobConfig(jobRunnerKey, runMode, schedule, parameters == null ? Map.of() : Map.copyOf(parameters));
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || (o instanceof JobConfig other
                        && jobRunnerKey.equals(other.jobRunnerKey)
                        && runMode == other.runMode
                        && schedule.equals(other.schedule)
                        && parameters.equals(other.parameters));
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobRunnerKey, runMode, schedule, parameters);
    }

    @Override
    public String toString() {
        return "JobConfig[jobRunnerKey=" + jobRunnerKey + ",runMode=" + runMode + ",schedule=" + schedule
                + ",parameters=" + parameters + ']';
    }
}
