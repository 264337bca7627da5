// Mirrors: com.atlassian.jira.issue.issuetype.IssueType from jira-api 11.3.1; source: [S2] SlackMessageResource.java (anonymous impl). Evidence: C11
package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.issue.IssueConstant;

/** An issue type (standard or sub-task). */
public interface IssueType extends IssueConstant {
    boolean isSubTask();
}
