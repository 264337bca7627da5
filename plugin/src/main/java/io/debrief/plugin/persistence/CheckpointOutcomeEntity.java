package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** What one checkpoint recorded about one action item: DONE, REPLANNED (with NEW_DUE) or DROPPED (with REASON). */
@Preload
@Table("CP_OUTCOME")
public interface CheckpointOutcomeEntity extends Entity {

    @NotNull
    @Indexed
    String getClaimKey();

    void setClaimKey(String claimKey);

    @NotNull
    @Indexed
    long getItemId();

    void setItemId(long itemId);

    @NotNull
    String getItemKey();

    void setItemKey(String itemKey);

    @NotNull
    String getItemProjectKey();

    void setItemProjectKey(String itemProjectKey);

    @NotNull
    String getOutcome();

    void setOutcome(String outcome);

    String getNewDue();

    void setNewDue(String newDue);

    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);
}
