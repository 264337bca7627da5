// Mirrors: com.atlassian.plugin.PluginParseException from atlassian-plugins-api (Platform 8); source: [S5]
// atlassian-plugins-api 7.4.0; thrown by ContextProvider.init in [S2]. Evidence: C (unchecked); constructor set U
package com.atlassian.plugin;

/** A module's XML configuration is invalid. */
public class PluginParseException extends PluginException {
    public PluginParseException() {}

    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(Throwable cause) {
        super(cause);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
