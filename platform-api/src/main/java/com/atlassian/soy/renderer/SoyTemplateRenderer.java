// Mirrors: com.atlassian.soy.renderer.SoyTemplateRenderer from soy-template-renderer-api (Platform 8); source: [S5]
// soy-template-renderer-api 6.0.7; C11 usage [S2] COMMON/.../user/SlackPersonalNotificationsServlet.java. Evidence:
// C(6.0.7), C11 usage
package com.atlassian.soy.renderer;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Map;

/** Renders server-side Soy templates; completeModuleKey = "pluginKey:webResourceKey" holding the .soy resource. */
public interface SoyTemplateRenderer {
    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/user/SlackPersonalNotificationsServlet.java:121")
    String render(String completeModuleKey, String templateName, Map<String, Object> data) throws SoyException;

    void render(Appendable appendable, String completeModuleKey, String templateName, Map<String, Object> data)
            throws SoyException;

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] ngannk-fptu/Decompiled-Files soy-template-renderer-api-6.0.7/com/atlassian/soy/renderer/SoyTemplateRenderer.java (Platform 6)")
    void render(
            Appendable appendable,
            String completeModuleKey,
            String templateName,
            Map<String, Object> data,
            Map<String, Object> injectedData)
            throws SoyException;
}
