// Mirrors: com.atlassian.jira.config.properties.ApplicationProperties (Jira's, not SAL's) from jira-api 11.3.1; source: [S4] turgaycelik/mysource jira-api/.../config/properties/ApplicationProperties.java (6.3); getApplicationProperties() in ComponentAccessor C(9.12 S6). Evidence: C(6.3 source); U for 11
package com.atlassian.jira.config.properties;

/** Jira's own settings (General configuration, look and feel, date formats). */
public interface ApplicationProperties {
    /** The property, or the default from Jira's jira-application.properties when the administrator never set it. */
    String getDefaultBackedString(String name);
}
