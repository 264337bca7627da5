// Mirrors: com.atlassian.jira.issue.MutableIssue from jira-api 11.3.1; source: [S4] issue/MutableIssue.java (6.3);
// returned by IssueManager/IssueService in [S1]. Evidence: C(6.3)
// No setters declared: the plugin changes issues through IssueService only.
package com.atlassian.jira.issue;

/** An issue whose fields can be set before storing (the plugin only reads it). */
public interface MutableIssue extends Issue {}
