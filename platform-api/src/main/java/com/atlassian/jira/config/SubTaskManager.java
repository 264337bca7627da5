// Mirrors: com.atlassian.jira.config.SubTaskManager from jira-api 11.3.1; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/config/SubTaskManager.html (7.x), [S4]
// config/SubTaskManager.java (6.3). Evidence: signatures C(7.x); throws U
// createSubTaskIssueLink: 6.3 declared `throws CreateException`, the 7.x javadoc summary shows none. The stand-in keeps
// the
// checked exception so plugin code is forced to handle it; catch `Exception` (not CreateException) so it compiles on
// both.
package com.atlassian.jira.config;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Collection;

/** Sub-task support: is it on, which types exist, linking a sub-task to its parent. */
public interface SubTaskManager {
    @Evidence(
            level = Level.OLDER,
            source =
                    "https://docs.atlassian.com/jira/server/com/atlassian/jira/config/SubTaskManager.html (7.x), [S4] config/SubTaskManager.java (6.3)")
    boolean isSubTasksEnabled();

    Collection<IssueType> getSubTaskIssueTypeObjects();

    @Evidence(
            level = Level.OLDER,
            source =
                    "https://docs.atlassian.com/jira/server/com/atlassian/jira/config/SubTaskManager.html (7.x), [S4] config/SubTaskManager.java (6.3)")
    void createSubTaskIssueLink(Issue parentIssue, Issue subTaskIssue, ApplicationUser remoteUser)
            throws CreateException;

    // createSubTaskIssueLink(GenericValue, GenericValue, user) also exists (6.3); not declared: the stand-ins carry no
    // org.ofbiz types. NoBareNullToStandInsTest keeps our calls unambiguous against it.
}
