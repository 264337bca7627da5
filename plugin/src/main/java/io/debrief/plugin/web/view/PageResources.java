package io.debrief.plugin.web.view;

/**
 * Asks the host to include a web-resource (JS, CSS, client-side Soy) in the page being rendered; Jira's adapter uses
 * its page builder, the sandbox links the files itself.
 */
public interface PageResources {

    /** A host that includes nothing (tests, or a host adding its scripts itself). */
    PageResources NONE = webResourceKey -> {};

    /** @param webResourceKey the key in atlassian-plugin.xml, e.g. "debrief-library" */
    void require(String webResourceKey);
}
