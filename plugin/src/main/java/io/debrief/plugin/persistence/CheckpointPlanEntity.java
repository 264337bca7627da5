package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The checkpoint interval a project's held debriefs were last planned with (issue 17: {@link AoHeldDebriefs}); 0 when
 * the project did not take part. One row per project (unique), a handful in all: the checkpoint job reads them all on
 * every run to find the projects whose interval changed.
 */
@Preload
@Table("CHECKPOINT_PLAN")
public interface CheckpointPlanEntity extends Entity {

    @NotNull
    @Unique
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    int getIntervalDays();

    void setIntervalDays(int intervalDays);
}
