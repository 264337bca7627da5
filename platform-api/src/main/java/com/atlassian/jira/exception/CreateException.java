// Mirrors: com.atlassian.jira.exception.CreateException from jira-api 11.3.1; source: [S4]
// exception/CreateException.java (6.3). Evidence: C(6.3); checked
package com.atlassian.jira.exception;

import com.atlassian.jira.JiraException;

/** Checked failure of a Jira create operation. */
public class CreateException extends JiraException {
    public CreateException() {}

    public CreateException(String message) {
        super(message);
    }

    public CreateException(Throwable cause) {
        super(cause);
    }

    public CreateException(String message, Throwable cause) {
        super(message, cause);
    }
}
