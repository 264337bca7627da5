// Mirrors: com.atlassian.jira.util.MessageSet from jira-api 11.3.1; source: [S4] util/MessageSet.java (6.3). Evidence: C(6.3)
// Nested Level enum and MessageLink class, and the link-carrying overloads, are omitted (not used).
package com.atlassian.jira.util;

import java.io.Serializable;
import java.util.Set;

/** Errors and warnings from validation (e.g. of a JQL function's arguments). */
public interface MessageSet extends Serializable {
    void addErrorMessage(String errorMessage);

    void addWarningMessage(String warningMessage);

    boolean hasAnyErrors();

    Set<String> getErrorMessages();

    Set<String> getWarningMessages();

    void addMessageSet(MessageSet messageSet);
}
