// Mirrors: com.atlassian.jira.issue.link.IssueLinkManager from jira-api 11.3.1; source: [S3]
// mocks/MockIssueLinkManager.java (8.20),
// https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html (7.x). Evidence: C(8.20);
// removeIssueLink throws U
// removeIssueLink: 6.3 declared RemoveException, the 8.20 mock declares none. The stand-in keeps it; catch `Exception`.
package com.atlassian.jira.issue.link;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.List;

/** Creates, finds and removes links between issues. */
public interface IssueLinkManager {
    @Evidence(
            level = Level.OLDER,
            source =
                    "[S3] mocks/MockIssueLinkManager.java (8.20), https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html (7.x)")
    void createIssueLink(
            Long sourceIssueId,
            Long destinationIssueId,
            Long issueLinkTypeId,
            Long sequence,
            ApplicationUser remoteUser)
            throws CreateException;

    @Evidence(
            level = Level.OLDER,
            source =
                    "[S3] mocks/MockIssueLinkManager.java (8.20), https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html (7.x)")
    List<IssueLink> getOutwardLinks(Long sourceIssueId);

    List<IssueLink> getInwardLinks(Long destinationIssueId);

    /** Null when no such link exists. */
    @Evidence(level = Level.OLDER, source = "[S3] mocks/MockIssueLinkManager.java (8.20)")
    IssueLink getIssueLink(Long sourceId, Long destinationId, Long issueLinkTypeId);

    void removeIssueLink(IssueLink issueLink, ApplicationUser remoteUser) throws RemoveException;
}
