// Mirrors: com.atlassian.webresource.api.assembler.PageBuilderService from atlassian-plugins-webresource-api (Platform
// 8); source: [S2] JSP/.../web/panels/IssueWebPanel.java (11.0). Evidence: C11
package com.atlassian.webresource.api.assembler;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Gives the resource assembler of the page being rendered. */
public interface PageBuilderService {
    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/user/SlackPersonalNotificationsServlet.java:76 (assembler().resources().requireWebResource)")
    WebResourceAssembler assembler();
}
