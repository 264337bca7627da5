package io.debrief.sandbox;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One field change of one sandbox issue (what Jira's change history records): the status (field null, as rows from
 * before fields were recorded) or another field such as labels.
 */
@Preload
@Table("SB_STATUS_CHANGE")
public interface SandboxStatusChangeEntity extends Entity {
    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    /** Null for the status. */
    String getField();

    void setField(String field);

    /** Null: no value (labels: none). */
    String getFromStatus();

    void setFromStatus(String fromStatus);

    String getToStatus();

    void setToStatus(String toStatus);

    /** Nullable: a change the sandbox made on its own (the seed, a job). */
    String getAuthor();

    void setAuthor(String author);

    @NotNull
    Date getChanged();

    void setChanged(Date changed);
}
