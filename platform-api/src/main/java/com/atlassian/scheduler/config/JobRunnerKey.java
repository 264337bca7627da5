// Mirrors: com.atlassian.scheduler.config.JobRunnerKey from atlassian-scheduler-api (Platform 8); source: [S5]
// ngannk-fptu/Decompiled-Files
// com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/config/JobRunnerKey.java (4.1.0).
// Evidence: C (final, Comparable, of/equals/hashCode/toString); Serializable U
// Value behaviour as in the real class.
package com.atlassian.scheduler.config;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.io.Serializable;
import java.util.Objects;

/** Identifies a registered JobRunner (one per kind of job). */
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {
    private static final long serialVersionUID = 1L;

    private final String id;

    private JobRunnerKey(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/config/JobRunnerKey.java (4.1.0)")
    public static JobRunnerKey of(String id) {
        return new JobRunnerKey(id);
    }

    @Override
    public int compareTo(JobRunnerKey other) {
        return id.compareTo(other.id);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof JobRunnerKey other && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
