// Mirrors: com.atlassian.jira.JiraDataTypes from jira-api 11.3.1; source: [S1] (ISSUE, 11.3.1), [S4] JiraDataTypes.java
// (6.3). Evidence: ISSUE C11
// The real constants are JiraDataTypeImpl instances over the Java class; a private equivalent keeps the type internal
// here.
package com.atlassian.jira;

import com.atlassian.jira.issue.Issue;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Collection;
import java.util.List;

/** The built-in data types; the plugin only needs ISSUE. */
public final class JiraDataTypes {
    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/jql/ActiveScrumPokerSessionsJqlFunction.java getDataType()")
    public static final JiraDataType ISSUE = new ClassDataType(Issue.class);

    private JiraDataTypes() {}

    private record ClassDataType(Class<?> type) implements JiraDataType {
        @Override
        public Collection<String> asStrings() {
            return List.of(type.getName());
        }

        @Override
        public boolean matches(JiraDataType otherType) {
            return otherType.asStrings().contains(type.getName());
        }
    }
}
