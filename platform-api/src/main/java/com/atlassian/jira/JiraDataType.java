// Mirrors: com.atlassian.jira.JiraDataType from jira-api 11.3.1; source: [S4] JiraDataType.java (6.3). Evidence: C(6.3)
package com.atlassian.jira;

import java.util.Collection;

/** The data type a JQL function or field produces. */
public interface JiraDataType {
    Collection<String> asStrings();

    boolean matches(JiraDataType otherType);
}
