// Mirrors: com.atlassian.sal.api.pluginsettings.PluginSettings from sal-api (Platform 8); source: [S5] ngannk-fptu/Decompiled-Files com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/pluginsettings/PluginSettings.java (5.1.4). Evidence: C
// SAL contract: values are String, List<String>, Map<String,String> or Properties only (U for Platform 8).
package com.atlassian.sal.api.pluginsettings;

/** A small key-value store shared by all cluster nodes. */
public interface PluginSettings {
    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
