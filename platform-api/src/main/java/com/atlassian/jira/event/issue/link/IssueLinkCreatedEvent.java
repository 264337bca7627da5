// Mirrors: com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent from jira-api 11.3.1; source:
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/event/issue/link/IssueLinkCreatedEvent.html (and
// jira/server), used in [S3] (8.20). Evidence: C(javadoc)
// Value behaviour (public constructor and getters as in Jira) so listener tests can fire real events.
package com.atlassian.jira.event.issue.link;

import com.atlassian.jira.issue.link.IssueLink;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.time.Instant;

/** Fired after an issue link was created. */
public class IssueLinkCreatedEvent {
    private final IssueLink issueLink;
    private final Instant eventCreation;

    public IssueLinkCreatedEvent(IssueLink issueLink, Instant eventCreation) {
        this.issueLink = issueLink;
        this.eventCreation = eventCreation;
    }

    @Evidence(
            level = Level.OLDER,
            source =
                    "https://docs.atlassian.com/jira/latest/com/atlassian/jira/event/issue/link/IssueLinkCreatedEvent.html (and jira/server), used in [S3] (8.20)")
    public IssueLink getIssueLink() {
        return issueLink;
    }

    public Instant getEventCreation() {
        return eventCreation;
    }
}
