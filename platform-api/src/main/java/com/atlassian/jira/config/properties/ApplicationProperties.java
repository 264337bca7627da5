// Mirrors: com.atlassian.jira.config.properties.ApplicationProperties (Jira's, not SAL's) from jira-api 11.3.1; source:
// [S4] turgaycelik/mysource jira-api/.../config/properties/ApplicationProperties.java (6.3); getApplicationProperties()
// in ComponentAccessor C(9.12 S6). Evidence: C(6.3 source); U for 11
package com.atlassian.jira.config.properties;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Jira's own settings (General configuration, look and feel, date formats). */
public interface ApplicationProperties {
    /** The property, or the default from Jira's jira-application.properties when the administrator never set it. */
    @Evidence(
            level = Level.OLDER,
            source =
                    "[S4] turgaycelik/mysource jira-api/.../config/properties/ApplicationProperties.java (6.3), getApplicationProperties() in ComponentAccessor C(9.12 S6)")
    String getDefaultBackedString(String name);
}
