package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The close of one checkpoint as a unique fact: CLOSE_KEY is the checkpoint's CLAIM_KEY ("incidentId:number"), so of
 * two identical closes (a double click, two tabs, two nodes) only one INSERT succeeds and only that one acts (AO has
 * no conditional UPDATE of the checkpoint's state).
 */
@Table("CP_CLOSE")
public interface CheckpointCloseEntity extends Entity {

    @NotNull
    @Unique
    String getCloseKey();

    void setCloseKey(String closeKey);
}
