package io.debrief.sandbox;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A sandbox issue: the few Jira issue fields the debrief process reads or writes. */
@Preload
@Table("SB_ISSUE")
public interface SandboxIssueEntity extends Entity {
    @NotNull
    @Unique
    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    /** Incident, Task, Bug or Debrief checkpoint. */
    @NotNull
    String getIssueType();

    void setIssueType(String issueType);

    @NotNull
    String getSummary();

    void setSummary(String summary);

    @NotNull
    String getStatus();

    void setStatus(String status);

    /** Jira's status category: new, indeterminate or done. */
    @NotNull
    String getStatusCategory();

    void setStatusCategory(String statusCategory);

    String getAssignee();

    void setAssignee(String assignee);

    String getReporter();

    void setReporter(String reporter);

    @NotNull
    Date getCreated();

    void setCreated(Date created);

    Date getResolved();

    void setResolved(Date resolved);

    Date getDue();

    void setDue(Date due);

    String getPriority();

    void setPriority(String priority);

    Long getParentId();

    void setParentId(Long parentId);

    String getComponent();

    void setComponent(String component);
}
