// Mirrors: com.atlassian.jira.util.MessageSet from jira-api 11.3.1; source: [S4] util/MessageSet.java (6.3). Evidence:
// C(6.3)
// Nested Level enum and MessageLink class, and the link-carrying overloads, are omitted (not used).
package com.atlassian.jira.util;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.io.Serializable;
import java.util.Set;

/** Errors and warnings from validation (e.g. of a JQL function's arguments). */
public interface MessageSet extends Serializable {
    @Evidence(level = Level.OLDER, source = "[S4] util/MessageSet.java (6.3)")
    void addErrorMessage(String errorMessage);

    // addErrorMessage(String, MessageLink) also exists (6.3); not declared: MessageLink is not stood in and the
    // overload differs in arity, so no call of ours can bind to it by mistake.

    void addWarningMessage(String warningMessage);

    boolean hasAnyErrors();

    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/test/java/de/codescape/jira/plugins/scrumpoker/jql/ActiveScrumPokerSessionsJqlFunctionTest.java:61")
    Set<String> getErrorMessages();

    Set<String> getWarningMessages();

    void addMessageSet(MessageSet messageSet);
}
