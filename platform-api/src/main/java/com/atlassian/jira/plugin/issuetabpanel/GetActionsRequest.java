// Mirrors: com.atlassian.jira.plugin.issuetabpanel.GetActionsRequest (final class) from jira-api 11.3.1; source: [S4]
// (6.3); issue()/isAsynchronous() in Jira 7+ plugins. Evidence: C; loggedInUser() is U in 11 and omitted (use
// remoteUser())
// Constructor: the public (@Internal) one of Jira 5-6 source (Issue, remoteUser, asynchronous, showAll, focusId), with
// ApplicationUser for User as everywhere since 7, so a host (the sandbox) can ask a tab; plugin tests still mock it.
package com.atlassian.jira.plugin.issuetabpanel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Objects;

/** Asks a tab for its content for an issue and user. */
public final class GetActionsRequest {
    private final Issue issue;
    private final ApplicationUser remoteUser;
    private final boolean asynchronous;
    private final boolean showAll;
    private final String focusId;

    public GetActionsRequest(
            Issue issue, ApplicationUser remoteUser, boolean asynchronous, boolean showAll, String focusId) {
        this.issue = Objects.requireNonNull(issue, "issue");
        this.remoteUser = remoteUser;
        this.asynchronous = asynchronous;
        this.showAll = showAll;
        this.focusId = focusId;
    }

    @Evidence(level = Level.OLDER, source = "[S4] (6.3), issue()/isAsynchronous() in Jira 7+ plugins")
    public Issue issue() {
        return issue;
    }

    /** Null for anonymous users. */
    public ApplicationUser remoteUser() {
        return remoteUser;
    }

    public boolean isAnonymous() {
        return remoteUser == null;
    }

    public boolean isAsynchronous() {
        return asynchronous;
    }
}
