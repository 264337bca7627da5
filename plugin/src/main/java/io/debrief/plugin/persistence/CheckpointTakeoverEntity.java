package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The compare-and-set of a reclaim: TAKEOVER_KEY ("incidentId:number@previousClaimedAt") is unique, so of two runs
 * repairing the same claim only one can insert it (AO has no conditional UPDATE).
 */
@Table("CP_TAKEOVER")
public interface CheckpointTakeoverEntity extends Entity {

    @NotNull
    @Unique
    String getTakeoverKey();

    void setTakeoverKey(String takeoverKey);

    @NotNull
    long getTakenAt();

    void setTakenAt(long takenAt);
}
