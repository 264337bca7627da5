// Mirrors: com.atlassian.jira.config.ResolutionManager from jira-api 11.3.1; source: [S4] config/ResolutionManager.java
// (6.3). Evidence: C(6.3)
package com.atlassian.jira.config;

import com.atlassian.jira.issue.resolution.Resolution;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.List;

/** The instance's resolutions. */
public interface ResolutionManager {
    @Evidence(level = Level.OLDER, source = "[S4] config/ResolutionManager.java (6.3)")
    List<Resolution> getResolutions();

    Resolution getResolution(String id);
}
