// Mirrors: com.atlassian.jira.issue.resolution.Resolution from jira-api 11.3.1; source: [S2] SlackMessageResource.java.
// Evidence: C11
package com.atlassian.jira.issue.resolution;

import com.atlassian.jira.issue.IssueConstant;

/** An issue resolution. */
public interface Resolution extends IssueConstant {}
