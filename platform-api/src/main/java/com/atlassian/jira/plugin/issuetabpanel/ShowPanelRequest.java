// Mirrors: com.atlassian.jira.plugin.issuetabpanel.ShowPanelRequest (final class) from jira-api 11.3.1; source: [S4] (6.3); ApplicationUser remoteUser() in Atlassian Connect code. Evidence: C
// Constructor private: Jira builds requests; plugin tests mock them (Mockito inline).
package com.atlassian.jira.plugin.issuetabpanel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Asks a tab whether it should be shown for an issue and user. */
public final class ShowPanelRequest {
    private ShowPanelRequest() {
    }

    @Evidence(level = Level.OLDER, source = "[S4] (6.3), ApplicationUser remoteUser() in Atlassian Connect code")
    public Issue issue() {
        throw new UnsupportedOperationException("stand-in");
    }

    /** Null for anonymous users. */
    public ApplicationUser remoteUser() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Evidence(level = Level.OLDER, source = "[S4] (6.3), ApplicationUser remoteUser() in Atlassian Connect code")
    public boolean isAnonymous() {
        throw new UnsupportedOperationException("stand-in");
    }
}
