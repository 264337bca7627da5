// Mirrors: com.atlassian.jira.util.ErrorCollection from jira-api 11.3.1; source: [S4] util/ErrorCollection.java (6.3).
// Evidence: C(6.3)
package com.atlassian.jira.util;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Collection;
import java.util.Map;

/** Field errors and general error messages from a Jira service. */
public interface ErrorCollection {
    @Evidence(level = Level.OLDER, source = "[S4] util/ErrorCollection.java (6.3)")
    Collection<String> getErrorMessages();

    @Evidence(level = Level.OLDER, source = "[S4] util/ErrorCollection.java (6.3)")
    Map<String, String> getErrors();

    boolean hasAnyErrors();

    void addError(String field, String message);

    void addErrorMessage(String message);
}
