// Mirrors: com.atlassian.webresource.api.assembler.RequiredResources from atlassian-plugins-webresource-api (Platform
// 8); source: [S2] IssueWebPanel.java (11.0). Evidence: C11
package com.atlassian.webresource.api.assembler;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Requires web resources or contexts for the current page (fluent). */
public interface RequiredResources {
    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/user/SlackPersonalNotificationsServlet.java:76 (assembler().resources().requireWebResource)")
    RequiredResources requireWebResource(String moduleCompleteKey);

    // requireWebResource(ResourcePhase, String) also exists (Platform 6 jar); not declared: ResourcePhase is not
    // stood in and the overload differs in arity.

    RequiredResources requireContext(String context);
}
