// Mirrors: com.atlassian.sal.api.ApplicationProperties from sal-api (Platform 8); source: [S5]
// ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/ApplicationProperties.java
// (5.1.4); getBaseUrl(UrlMode.ABSOLUTE) C11 [S2] COMMON. Evidence: C(5.1.4), C11
package com.atlassian.sal.api;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** SAL's product properties: base URL and display name (not Jira's ApplicationProperties). */
public interface ApplicationProperties {
    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/manager/impl/DefaultDedicatedChannelManager.java:233 (UrlMode.CANONICAL)")
    String getBaseUrl(UrlMode urlMode);

    String getDisplayName();
}
