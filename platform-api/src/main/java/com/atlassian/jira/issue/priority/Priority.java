// Mirrors: com.atlassian.jira.issue.priority.Priority from jira-api 11.3.1; source: [S2] SlackMessageResource.java.
// Evidence: C11
package com.atlassian.jira.issue.priority;

import com.atlassian.jira.issue.IssueConstant;

/** An issue priority. */
public interface Priority extends IssueConstant {}
