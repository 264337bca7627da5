package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One reminder or digest claimed for sending (issue 16): SENT_KEY names what was sent ("reminder:OVERDUE:10042:2026-
 * 05-04", "digest:OPS:alice:2026-05-04") and is unique, so of two nodes claiming the same mail only one row, and one
 * mail, results.
 */
@Preload
@Table("FOLLOWUP_SENT")
public interface FollowUpSentEntity extends Entity {

    @NotNull
    @Unique
    String getSentKey();

    void setSentKey(String sentKey);

    @NotNull
    long getSentAt();

    void setSentAt(long sentAt);
}
