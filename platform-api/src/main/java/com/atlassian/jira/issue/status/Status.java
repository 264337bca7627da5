// Mirrors: com.atlassian.jira.issue.status.Status from jira-api 11.3.1; source: [S2] SlackMessageResource.java. Evidence: C11
package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.IssueConstant;
import com.atlassian.jira.issue.status.category.StatusCategory;

/** A workflow status. */
public interface Status extends IssueConstant {
    StatusCategory getStatusCategory();
}
