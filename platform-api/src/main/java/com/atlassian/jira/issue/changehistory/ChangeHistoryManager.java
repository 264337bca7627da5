// Mirrors: com.atlassian.jira.issue.changehistory.ChangeHistoryManager from jira-api 11.3.1; source: [S4]
// issue/changehistory/ChangeHistoryManager.java (6.3). Evidence: C(6.3)
package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.history.ChangeItemBean;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.List;

/** An issue's change history (who changed which field when). */
public interface ChangeHistoryManager {
    @Evidence(level = Level.OLDER, source = "[S4] issue/changehistory/ChangeHistoryManager.java (6.3)")
    List<ChangeHistory> getChangeHistories(Issue issue);

    List<ChangeItemBean> getChangeItemsForField(Issue issue, String fieldName);
}
