// Mirrors: com.atlassian.plugin.web.Condition from atlassian-plugins-webfragment-api (Platform 8); source: [S5]
// webfragment-api 6.0.1 com/atlassian/plugin/web/Condition.java. Evidence: C; complete abstract method set
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/** Decides whether a web fragment is shown. */
public interface Condition {
    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
