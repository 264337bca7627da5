// Mirrors: com.atlassian.jira.project.Project from jira-api 11.3.1; source: [S2] SlackMessageResource.java (anonymous
// impl). Evidence: C11
package com.atlassian.jira.project;

import com.atlassian.jira.user.ApplicationUser;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** A Jira project. */
public interface Project {
    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java:127 (anonymous Project, @Override)")
    Long getId();

    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java:127 (anonymous Project, @Override)")
    String getKey();

    String getName();

    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java:127 (anonymous Project, @Override)")
    ApplicationUser getProjectLead();
}
