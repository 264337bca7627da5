// Mirrors: com.atlassian.jira.config.properties.APKeys (@PublicApi interface of constants) from jira-api 11.3.1;
// source: [S4] turgaycelik/mysource jira-api/.../config/properties/APKeys.java (6.3); JIRA_DATE_PICKER_JAVA_FORMAT read
// through ApplicationProperties.getDefaultBackedString in many 8.x plugins. Evidence: C(6.3 source); U for 11
package com.atlassian.jira.config.properties;

/** Keys of Jira's application properties; only the date picker's Java format is read. */
public interface APKeys {
    String JIRA_DATE_PICKER_JAVA_FORMAT = "jira.date.picker.java.format";
}
