// Mirrors: com.atlassian.sal.api.pluginsettings.PluginSettingsFactory from sal-api (Platform 8); source: [S5]
// ngannk-fptu/Decompiled-Files
// com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/pluginsettings/PluginSettingsFactory.java (5.1.4); C11 [S1]
// upgrade/Upgrade01RemovePluginSettings.java. Evidence: C11
package com.atlassian.sal.api.pluginsettings;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Hands out global or keyed (e.g. per project) settings stores. */
public interface PluginSettingsFactory {
    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/upgrade/Upgrade01RemovePluginSettings.java:49")
    PluginSettings createGlobalSettings();

    PluginSettings createSettingsForKey(String key);
}
