// Mirrors: com.atlassian.jira.plugin.issuetabpanel.ShowPanelRequest (final class) from jira-api 11.3.1; source: [S4]
// (6.3); ApplicationUser remoteUser() in Atlassian Connect code. Evidence: C
// Constructor: the public (@Internal) one of Jira 5-6 source (Issue, remoteUser), with ApplicationUser for User as
// everywhere since 7, so a host (the sandbox) can ask a tab; plugin tests still mock it.
package com.atlassian.jira.plugin.issuetabpanel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Objects;

/** Asks a tab whether it should be shown for an issue and user. */
public final class ShowPanelRequest {
    private final Issue issue;
    private final ApplicationUser remoteUser;

    public ShowPanelRequest(Issue issue, ApplicationUser remoteUser) {
        this.issue = Objects.requireNonNull(issue, "issue");
        this.remoteUser = remoteUser;
    }

    @Evidence(level = Level.OLDER, source = "[S4] (6.3), ApplicationUser remoteUser() in Atlassian Connect code")
    public Issue issue() {
        return issue;
    }

    /** Null for anonymous users. */
    public ApplicationUser remoteUser() {
        return remoteUser;
    }

    @Evidence(level = Level.OLDER, source = "[S4] (6.3), ApplicationUser remoteUser() in Atlassian Connect code")
    public boolean isAnonymous() {
        return remoteUser == null;
    }
}
