// Mirrors: com.atlassian.scheduler.config.RunMode from atlassian-scheduler-api (Platform 8); source: [S5]
// ngannk-fptu/Decompiled-Files
// com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/config/RunMode.java (4.1.0). Evidence:
// C
package com.atlassian.scheduler.config;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Whether a job runs once in the cluster or on every node. */
public enum RunMode {
    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files com.atlassian.scheduler_atlassian-scheduler-api-4.1.0/com/atlassian/scheduler/config/RunMode.java (4.1.0)")
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
