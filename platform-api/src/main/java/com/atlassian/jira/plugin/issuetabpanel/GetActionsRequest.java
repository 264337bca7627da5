// Mirrors: com.atlassian.jira.plugin.issuetabpanel.GetActionsRequest (final class) from jira-api 11.3.1; source: [S4] (6.3); issue()/isAsynchronous() in Jira 7+ plugins. Evidence: C; loggedInUser() is U in 11 and omitted (use remoteUser())
// Constructor private: Jira builds requests; plugin tests mock them (Mockito inline).
package com.atlassian.jira.plugin.issuetabpanel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Asks a tab for its content for an issue and user. */
public final class GetActionsRequest {
    private GetActionsRequest() {
    }

    @Evidence(level = Level.OLDER, source = "[S4] (6.3), issue()/isAsynchronous() in Jira 7+ plugins")
    public Issue issue() {
        throw new UnsupportedOperationException("stand-in");
    }

    /** Null for anonymous users. */
    public ApplicationUser remoteUser() {
        throw new UnsupportedOperationException("stand-in");
    }

    public boolean isAnonymous() {
        throw new UnsupportedOperationException("stand-in");
    }

    public boolean isAsynchronous() {
        throw new UnsupportedOperationException("stand-in");
    }
}
