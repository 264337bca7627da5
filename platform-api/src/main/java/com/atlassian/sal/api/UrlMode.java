// Mirrors: com.atlassian.sal.api.UrlMode from sal-api (Platform 8); source: [S5] ngannk-fptu/Decompiled-Files
// com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/UrlMode.java (5.1.4). Evidence: C(5.1.4)
package com.atlassian.sal.api;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Which form of base URL to return. */
public enum UrlMode {
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/manager/impl/DefaultDedicatedChannelManager.java:233")
    CANONICAL,
    AUTO
}
