// Mirrors: com.atlassian.webresource.api.assembler.WebResourceAssembler from atlassian-plugins-webresource-api
// (Platform 8); source: [S2] IssueWebPanel.java (11.0). Evidence: C11
package com.atlassian.webresource.api.assembler;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Collects the web resources a page needs. */
public interface WebResourceAssembler {
    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/user/SlackPersonalNotificationsServlet.java:76 (assembler().resources().requireWebResource)")
    RequiredResources resources();
}
