// Mirrors: com.atlassian.sal.api.pluginsettings.PluginSettingsFactory from sal-api (Platform 8); source: [S5] ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/pluginsettings/PluginSettingsFactory.java (5.1.4); C11 [S1] upgrade/Upgrade01RemovePluginSettings.java. Evidence: C11
package com.atlassian.sal.api.pluginsettings;

/** Hands out global or keyed (e.g. per project) settings stores. */
public interface PluginSettingsFactory {
    PluginSettings createGlobalSettings();

    PluginSettings createSettingsForKey(String key);
}
