package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One checkpoint; CLAIM_KEY ("incidentId:number") is unique, so only one node's claim INSERT can succeed. */
@Preload
@Table("CHECKPOINT")
public interface CheckpointEntity extends Entity {

    @NotNull
    @Unique
    String getClaimKey();

    void setClaimKey(String claimKey);

    @NotNull
    @Indexed
    long getIncidentId();

    void setIncidentId(long incidentId);

    @NotNull
    String getIncidentKey();

    void setIncidentKey(String incidentKey);

    @NotNull
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    int getCheckpointNumber();

    void setCheckpointNumber(int checkpointNumber);

    @NotNull
    long getDueAt();

    void setDueAt(long dueAt);

    @NotNull
    @Indexed
    long getClaimedAt();

    void setClaimedAt(long claimedAt);

    Long getSubTaskId();

    void setSubTaskId(Long subTaskId);

    String getSubTaskKey();

    void setSubTaskKey(String subTaskKey);

    @NotNull
    @Indexed
    String getState();

    void setState(String state);
}
