// Mirrors: com.atlassian.sal.api.pluginsettings.PluginSettings from sal-api (Platform 8); source: [S5]
// ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/pluginsettings/PluginSettings.java
// (5.1.4). Evidence: C
// SAL contract: values are String, List<String>, Map<String,String> or Properties only (U for Platform 8).
package com.atlassian.sal.api.pluginsettings;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** A small key-value store shared by all cluster nodes. */
public interface PluginSettings {
    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/upgrade/Upgrade01RemovePluginSettings.java:51")
    Object get(String key);

    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) slack-server-integration-common/src/test/java/com/atlassian/plugins/slack/settings/DefaultSlackSettingsServiceTest.java:109")
    Object put(String key, Object value);

    Object remove(String key);
}
