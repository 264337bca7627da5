// Mirrors: com.atlassian.jira.issue.status.Status from jira-api 11.3.1; source: [S2] SlackMessageResource.java.
// Evidence: C11
package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.IssueConstant;
import com.atlassian.jira.issue.status.category.StatusCategory;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** A workflow status. */
public interface Status extends IssueConstant {
    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java:643 (anonymous Status, @Override)")
    StatusCategory getStatusCategory();
}
