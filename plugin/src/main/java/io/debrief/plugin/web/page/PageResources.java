package io.debrief.plugin.web.page;

/**
 * Asks the host to include a web-resource (scripts, styles) in the page being rendered: Jira's page builder, or the
 * sandbox's own page assembly.
 */
public interface PageResources {

    /** @param webResourceKey the key in atlassian-plugin.xml, without the plugin key (e.g. "debrief-settings") */
    void require(String webResourceKey);
}
