// Mirrors: com.atlassian.jira.issue.IssueManager from jira-api 11.3.1; source: [S1] ScrumPokerAction.java, EstimateFieldServiceImpl.java; [S4] issue/IssueManager.java (6.3). Evidence: getIssueObject(String)/getIssueByCurrentKey C11, others C(6.3); only runtime DataAccessException thrown
package com.atlassian.jira.issue;

import java.util.Collection;
import java.util.List;

/** Low-level issue lookup without permission checks. */
public interface IssueManager {
    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);

    MutableIssue getIssueByCurrentKey(String key);

    List<Issue> getIssueObjects(Collection<Long> ids);
}
