// Mirrors: com.atlassian.jira.issue.link.IssueLink from jira-api 11.3.1; source: [S3] mocks/MockIssueLink.java (8.20).
// Evidence: C(8.20)
package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** A directed link from a source issue to a destination issue. */
public interface IssueLink {
    @Evidence(level = Level.OLDER, source = "[S3] mocks/MockIssueLink.java (8.20)")
    Long getId();

    @Evidence(level = Level.OLDER, source = "[S3] mocks/MockIssueLink.java (8.20)")
    Long getLinkTypeId();

    Long getSourceId();

    Long getDestinationId();

    @Evidence(level = Level.OLDER, source = "[S3] mocks/MockIssueLink.java (8.20)")
    IssueLinkType getIssueLinkType();

    @Evidence(level = Level.OLDER, source = "[S3] mocks/MockIssueLink.java (8.20)")
    Issue getSourceObject();

    @Evidence(level = Level.OLDER, source = "[S3] mocks/MockIssueLink.java (8.20)")
    Issue getDestinationObject();

    boolean isSystemLink();
}
