// Mirrors: com.atlassian.jira.config.PriorityManager from jira-api 11.3.1; source: [S4] config/PriorityManager.java
// (6.3). Evidence: C(6.3)
package com.atlassian.jira.config;

import com.atlassian.jira.issue.priority.Priority;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.List;

/** The instance's priorities. */
public interface PriorityManager {
    @Evidence(level = Level.OLDER, source = "[S4] config/PriorityManager.java (6.3)")
    List<Priority> getPriorities();

    Priority getPriority(String id);
}
