// Mirrors: com.atlassian.jira.util.ErrorCollection from jira-api 11.3.1; source: [S4] util/ErrorCollection.java (6.3). Evidence: C(6.3)
package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

/** Field errors and general error messages from a Jira service. */
public interface ErrorCollection {
    Collection<String> getErrorMessages();

    Map<String, String> getErrors();

    boolean hasAnyErrors();

    void addError(String field, String message);

    void addErrorMessage(String message);
}
