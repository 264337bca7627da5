// Mirrors: com.atlassian.jira.issue.link.IssueLink from jira-api 11.3.1; source: [S3] mocks/MockIssueLink.java (8.20). Evidence: C(8.20)
package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;

/** A directed link from a source issue to a destination issue. */
public interface IssueLink {
    Long getId();

    Long getLinkTypeId();

    Long getSourceId();

    Long getDestinationId();

    IssueLinkType getIssueLinkType();

    Issue getSourceObject();

    Issue getDestinationObject();

    boolean isSystemLink();
}
