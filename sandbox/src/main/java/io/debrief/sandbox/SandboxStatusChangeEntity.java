package io.debrief.sandbox;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One status change of one sandbox issue (what Jira's change history records for the status field). */
@Preload
@Table("SB_STATUS_CHANGE")
public interface SandboxStatusChangeEntity extends Entity {
    @NotNull @Indexed long getIssueId();
    void setIssueId(long issueId);

    @NotNull String getFromStatus();
    void setFromStatus(String fromStatus);

    @NotNull String getToStatus();
    void setToStatus(String toStatus);

    /** Nullable: a change the sandbox made on its own (the seed, a job). */
    String getAuthor();
    void setAuthor(String author);

    @NotNull Date getChanged();
    void setChanged(Date changed);
}
