// Mirrors: com.atlassian.jira.issue.IssueConstant from jira-api 11.3.1; source: [S2] SlackMessageResource.java
// (anonymous IssueType/Status/Priority impls against 11.0), [S4] issue/IssueConstant.java (6.3). Evidence: C11
package com.atlassian.jira.issue;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Common shape of issue types, statuses, priorities and resolutions. */
public interface IssueConstant {
    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java:484 (anonymous Priority implementing IssueConstant, @Override)")
    String getId();

    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/test/java/.../notification/impl/DefaultAttachmentHelperTest.java:92 (status.getName())")
    String getName();

    String getDescription();

    Long getSequence();
}
