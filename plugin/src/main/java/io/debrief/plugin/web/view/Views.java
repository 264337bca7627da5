package io.debrief.plugin.web.view;

import java.util.Map;

/**
 * Renders a server-side Soy template of the plugin to HTML.
 *
 * <p>In Jira this is the platform's Soy renderer reading the template from a plugin web-resource; in the sandbox
 * and in tests it is Google Soy compiling the same {@code soy/*.soy} files. Template data must be maps, lists,
 * strings, numbers and booleans (not records), which both renderers understand: {@link ViewData#of} turns the typed
 * view a REST call answers into them.
 */
public interface Views {

    /**
     * @param webResourceKey the key of the web-resource in atlassian-plugin.xml that declares the template's soy file
     *                       as {@code <resource type="soy">} (e.g. "debrief-timeline")
     * @param templateName   the full template name, e.g. "Debrief.Timeline.tab"
     */
    String render(String webResourceKey, String templateName, Map<String, Object> data);
}
