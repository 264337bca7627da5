// Mirrors: com.atlassian.plugin.PluginException from atlassian-plugins-api (Platform 8); source: [S5]
// com.atlassian.plugins_atlassian-plugins-api-7.4.0 (unchecked). Evidence: C(7.4.0, unchecked); constructor set U
package com.atlassian.plugin;

/** Unchecked plugin-framework failure. */
public class PluginException extends RuntimeException {
    public PluginException() {}

    public PluginException(String message) {
        super(message);
    }

    public PluginException(Throwable cause) {
        super(cause);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
