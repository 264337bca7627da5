package io.debrief.plugin;

/** The plugin's key in Jira: {@code <groupId>.<artifactId>} (plugin/pom.xml), which its settings and modules carry. */
public final class DebriefPlugin {

    /** The key of atlassian-plugin.xml, the prefix of its web-resources, settings keys and job ids. */
    public static final String KEY = "io.debrief.debrief-plugin";

    private DebriefPlugin() {}
}
