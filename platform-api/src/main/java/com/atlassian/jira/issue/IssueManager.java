// Mirrors: com.atlassian.jira.issue.IssueManager from jira-api 11.3.1; source: [S1] ScrumPokerAction.java,
// EstimateFieldServiceImpl.java; [S4] issue/IssueManager.java (6.3). Evidence:
// getIssueObject(String)/getIssueByCurrentKey C11, others C(6.3); only runtime DataAccessException thrown
package com.atlassian.jira.issue;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Collection;
import java.util.List;

/** Low-level issue lookup without permission checks. */
public interface IssueManager {
    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/test/java/.../notification/impl/CommandEventRendererTest.java:85 (getIssueObject(3L))")
    MutableIssue getIssueObject(Long id);

    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/helper/ScrumPokerPermissions.java:36")
    MutableIssue getIssueObject(String key);

    MutableIssue getIssueByCurrentKey(String key);

    List<Issue> getIssueObjects(Collection<Long> ids);
}
