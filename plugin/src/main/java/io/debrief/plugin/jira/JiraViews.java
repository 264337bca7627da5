package io.debrief.plugin.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.soy.renderer.SoyException;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import io.debrief.plugin.DebriefPlugin;
import io.debrief.plugin.web.view.Views;
import jakarta.inject.Inject;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Renders the plugin's server-side Soy templates with Jira's Soy renderer. */
@Component
class JiraViews implements Views {

    /** The plugin key; AMPS writes the same value into atlassian-plugin.xml from the pom. */
    static final String PLUGIN_KEY = DebriefPlugin.KEY;

    private final SoyTemplateRenderer soy;

    @Inject
    JiraViews(@ComponentImport SoyTemplateRenderer soy) {
        this.soy = soy;
    }

    @Override
    public String render(String webResourceKey, String templateName, Map<String, Object> data) {
        try {
            return soy.render(PLUGIN_KEY + ":" + webResourceKey, templateName, data);
        } catch (SoyException e) {
            // SoyException is unchecked in the stand-in and may be checked in Jira 11: catching it compiles either way
            throw new IllegalStateException("could not render " + templateName, e);
        }
    }
}
