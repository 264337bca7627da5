// Mirrors: com.atlassian.jira.issue.search.SearchException from jira-api 11.3.1; source: [S4]
// issue/search/SearchException.java (6.3); still caught as checked in [S2] JqlIndexSearcher.java (11.0). Evidence: C11
package com.atlassian.jira.issue.search;

import com.atlassian.jira.JiraException;

/** Checked failure of a search. */
public class SearchException extends JiraException {
    public SearchException() {}

    public SearchException(String message) {
        super(message);
    }

    public SearchException(Exception cause) {
        super(cause);
    }

    public SearchException(String message, Exception cause) {
        super(message, cause);
    }
}
