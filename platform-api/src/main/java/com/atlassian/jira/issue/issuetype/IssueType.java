// Mirrors: com.atlassian.jira.issue.issuetype.IssueType from jira-api 11.3.1; source: [S2] SlackMessageResource.java
// (anonymous impl). Evidence: C11
package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.issue.IssueConstant;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** An issue type (standard or sub-task). */
public interface IssueType extends IssueConstant {
    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java:299 (anonymous IssueType, @Override)")
    boolean isSubTask();
}
