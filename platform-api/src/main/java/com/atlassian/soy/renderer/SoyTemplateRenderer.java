// Mirrors: com.atlassian.soy.renderer.SoyTemplateRenderer from soy-template-renderer-api (Platform 8); source: [S5] soy-template-renderer-api 6.0.7; C11 usage [S2] COMMON/.../user/SlackPersonalNotificationsServlet.java. Evidence: C(6.0.7), C11 usage
package com.atlassian.soy.renderer;

import java.util.Map;

/** Renders server-side Soy templates; completeModuleKey = "pluginKey:webResourceKey" holding the .soy resource. */
public interface SoyTemplateRenderer {
    String render(String completeModuleKey, String templateName, Map<String, Object> data) throws SoyException;

    void render(Appendable appendable, String completeModuleKey, String templateName, Map<String, Object> data) throws SoyException;
}
