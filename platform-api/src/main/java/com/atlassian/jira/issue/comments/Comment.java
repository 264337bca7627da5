// Mirrors: com.atlassian.jira.issue.comments.Comment from jira-api 11.3.1; source: [S2]
// (getId/getBody/getCreated/getUpdated), [S4] issue/comments/Comment.java (6.3). Evidence: C11 / C(6.3);
// getGroupLevel/getRoleLevelId C11 ([S2], JIRA-API-FACTS section 2)
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Date;

/** A comment on an issue. */
public interface Comment {
    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/.../notification/impl/DefaultAttachmentHelper.java:112")
    Long getId();

    @Evidence(level = Level.OLDER, source = "[S4] issue/comments/Comment.java (6.3)")
    String getAuthorKey();

    ApplicationUser getAuthorApplicationUser();

    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/test/java/.../notification/impl/DefaultAttachmentHelperTest.java:158")
    String getBody();

    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/test/java/.../notification/impl/JiraIssueEventRendererTest.java:181")
    Date getCreated();

    Date getUpdated();

    Issue getIssue();

    /** The group a restricted comment is visible to, or null (C11: [S2] reads it to skip restricted comments). */
    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/test/java/.../DefaultDedicatedChannelManagerTest.java:155")
    String getGroupLevel();

    /** The project role a restricted comment is visible to, or null (C11: [S2]). */
    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/.../util/CommentUtil.java:11")
    Long getRoleLevelId();
}
