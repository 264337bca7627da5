// Mirrors: com.atlassian.scheduler.config.JobId from atlassian-scheduler-api (Platform 8); source: [S5]
// ngannk-fptu/Decompiled-Files
// com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/config/JobId.java (4.1.0). Evidence: C
// (final, Comparable, of/equals/hashCode/toString); Serializable U
// Value behaviour as in the real class.
package com.atlassian.scheduler.config;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.io.Serializable;
import java.util.Objects;

/** Identifies one scheduled job. */
public final class JobId implements Serializable, Comparable<JobId> {
    private static final long serialVersionUID = 1L;

    private final String id;

    private JobId(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/config/JobId.java (4.1.0)")
    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public int compareTo(JobId other) {
        return id.compareTo(other.id);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof JobId other && id.equals(other.id));
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
