package io.debrief.sandbox;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A named value stored against a sandbox issue, as Jira's issue properties: what the sandbox issue has no field for
 * (the checkpoint number of a sub-task, the resolution name and the comment left when an item was resolved).
 */
@Preload
@Table("SB_ISSUE_PROPERTY")
public interface IssuePropertyEntity extends Entity {
    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    String getName();

    void setName(String name);

    /** Unlimited, as Jira's description is long text: an incident opened from an alert lists its labels there. */
    @StringLength(StringLength.UNLIMITED)
    String getText();

    void setText(String text);
}
