// Mirrors: com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent from jira-api 11.3.1; source:
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/event/issue/link/IssueLinkDeletedEvent.html (and
// jira/server), used in [S3] (8.20). Evidence: C(javadoc)
// Value behaviour (public constructor and getters as in Jira) so listener tests can fire real events.
package com.atlassian.jira.event.issue.link;

import com.atlassian.jira.issue.link.IssueLink;
import java.time.Instant;

/** Fired after an issue link was deleted. */
public class IssueLinkDeletedEvent {
    private final IssueLink issueLink;
    private final Instant eventCreation;

    public IssueLinkDeletedEvent(IssueLink issueLink, Instant eventCreation) {
        this.issueLink = issueLink;
        this.eventCreation = eventCreation;
    }

    public IssueLink getIssueLink() {
        return issueLink;
    }

    public Instant getEventCreation() {
        return eventCreation;
    }
}
