package io.debrief.sandbox.debrief;

import io.debrief.plugin.web.view.Views;
import io.debrief.sandbox.SoyRenderer;
import java.util.Map;

/**
 * The plugin's {@link Views} over the sandbox's Soy renderer, which compiles every plugin template at start: the
 * web-resource key only tells Jira where to find a template, so it is not needed here.
 */
final class SandboxViews implements Views {

    private final SoyRenderer soy;

    SandboxViews(SoyRenderer soy) {
        this.soy = soy;
    }

    @Override
    public String render(String webResourceKey, String templateName, Map<String, Object> data) {
        return soy.render(templateName, data);
    }
}
