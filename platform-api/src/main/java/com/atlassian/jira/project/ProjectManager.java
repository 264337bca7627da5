// Mirrors: com.atlassian.jira.project.ProjectManager from jira-api 11.3.1; source: [S4] turgaycelik/mysource
// jira-api/.../project/ProjectManager.java (6.3); getProjectObjByKey also in many Jira 8+ scripts (find_string).
// Evidence: getProjectObj/getProjectObjByKey C(6.3, usage 8+); getProjectObjects C(6.3), U for 11 (prefer
// PermissionManager.getProjects)
// getProjects() is deliberately absent: it returned Collection<GenericValue> in 6.3 and its 11.x return type is
// unconfirmed.
package com.atlassian.jira.project;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.List;

/** Project lookup without permission checks. */
public interface ProjectManager {
    /** Null when no project has that id. */
    Project getProjectObj(Long id);

    /** Null when no project has that key. */
    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/test/java/.../SlackConfigureProjectActionTest.java:109")
    Project getProjectObjByKey(String projectKey);

    List<Project> getProjectObjects();
}
