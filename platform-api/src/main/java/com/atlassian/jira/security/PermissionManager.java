// Mirrors: com.atlassian.jira.security.PermissionManager from jira-api 11.3.1; source: [S1]
// helper/ScrumPokerPermissions.java, condition/UserHasProjectAdministrationPermission.java; [S4] (6.3). Evidence:
// Issue/Project overloads C11, getProjects C(6.3)
package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Collection;

/** Project permission checks; a null user means anonymous. */
public interface PermissionManager {
    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/helper/ScrumPokerPermissions.java:36")
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/condition/UserHasProjectAdministrationPermission.java")
    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

    @Evidence(level = Level.OLDER, source = "[S4] security/PermissionManager.java (6.3)")
    boolean hasPermission(
            ProjectPermissionKey permissionKey, Project project, ApplicationUser user, boolean issueCreation);

    // The int permissionsId overloads of 6.3 are gone since 7 (JIRA-API-FACTS.md section 1) and not declared.

    Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user);
}
