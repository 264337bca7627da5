// Mirrors: com.atlassian.jira.issue.Issue from jira-api 11.3.1; source: [S2] atlassian-slack-integration-server JSP/.../web/rest/SlackMessageResource.java (anonymous Issue impl against Jira 11.0). Evidence: C11
// Only the getters the plugin calls are declared; super-interfaces IssueContext and WithId are omitted (the plugin never uses them as types).
package com.atlassian.jira.issue;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Set;

/** A read-only view of a Jira issue. */
public interface Issue {
    Long getId();

    String getKey();

    String getSummary();

    String getDescription();

    Project getProjectObject();

    Long getProjectId();

    IssueType getIssueType();

    String getIssueTypeId();

    Status getStatus();

    ApplicationUser getAssignee();

    ApplicationUser getAssigneeUser();

    ApplicationUser getReporter();

    Timestamp getCreated();

    Timestamp getUpdated();

    Timestamp getResolutionDate();

    Timestamp getDueDate();

    Priority getPriority();

    Resolution getResolution();

    Set<Label> getLabels();

    Collection<ProjectComponent> getComponents();

    boolean isSubTask();

    Long getParentId();

    Issue getParentObject();
}
