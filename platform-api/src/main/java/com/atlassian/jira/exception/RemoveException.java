// Mirrors: com.atlassian.jira.exception.RemoveException from jira-api 11.3.1; source: [S4]
// exception/RemoveException.java (6.3). Evidence: C(6.3); checked
package com.atlassian.jira.exception;

import com.atlassian.jira.JiraException;

/** Checked failure of a Jira remove operation. */
public class RemoveException extends JiraException {
    public RemoveException() {}

    public RemoveException(String message) {
        super(message);
    }

    public RemoveException(Throwable cause) {
        super(cause);
    }

    public RemoveException(String message, Throwable cause) {
        super(message, cause);
    }
}
