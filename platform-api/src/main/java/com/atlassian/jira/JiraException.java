// Mirrors: com.atlassian.jira.JiraException from jira-api 11.3.1; source: [S4] JiraException.java (6.3). Evidence:
// C(6.3); checked
package com.atlassian.jira;

/** Base of Jira's checked exceptions. */
public class JiraException extends Exception {
    public JiraException() {}

    public JiraException(String message) {
        super(message);
    }

    public JiraException(Throwable cause) {
        super(cause);
    }

    public JiraException(String message, Throwable cause) {
        super(message, cause);
    }
}
