// Mirrors: com.atlassian.jira.config.ConstantsManager from jira-api 11.3.1; source:
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/config/ConstantsManager.html, [S4] (6.3). Evidence:
// getAllIssueTypeObjects C(latest javadoc), getSubTaskIssueTypeObjects C(6.3)
package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Collection;

/** Cached issue constants (types, statuses, ...). */
public interface ConstantsManager {
    @Evidence(
            level = Level.DOC,
            source =
                    "https://docs.atlassian.com/jira/latest/com/atlassian/jira/config/ConstantsManager.html, [S4] (6.3)")
    Collection<IssueType> getAllIssueTypeObjects();

    Collection<IssueType> getSubTaskIssueTypeObjects();
}
