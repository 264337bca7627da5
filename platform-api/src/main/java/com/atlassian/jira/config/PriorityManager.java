// Mirrors: com.atlassian.jira.config.PriorityManager from jira-api 11.3.1; source: [S4] config/PriorityManager.java (6.3). Evidence: C(6.3)
package com.atlassian.jira.config;

import com.atlassian.jira.issue.priority.Priority;
import java.util.List;

/** The instance's priorities. */
public interface PriorityManager {
    List<Priority> getPriorities();

    Priority getPriority(String id);
}
