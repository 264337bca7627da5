// Mirrors: com.atlassian.plugin.web.ContextProvider from atlassian-plugins-webfragment-api (Platform 8); source: [S2]
// JSP/.../web/contextproviders/SlackGlobalAdminDataProvider.java (11.0), [S5] webfragment-api 6.0.1. Evidence: C11;
// complete abstract method set
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/** Supplies the template context of a web panel or web item. */
public interface ContextProvider {
    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
