// Mirrors: com.atlassian.jira.issue.IssueConstant from jira-api 11.3.1; source: [S2] SlackMessageResource.java (anonymous IssueType/Status/Priority impls against 11.0), [S4] issue/IssueConstant.java (6.3). Evidence: C11
package com.atlassian.jira.issue;

/** Common shape of issue types, statuses, priorities and resolutions. */
public interface IssueConstant {
    String getId();

    String getName();

    String getDescription();

    Long getSequence();
}
