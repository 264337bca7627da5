// Mirrors: com.atlassian.jira.permission.ProjectPermissions from jira-api 11.3.1; source: [S4]
// permission/ProjectPermissions.java (6.3); BROWSE/EDIT/ADMINISTER_PROJECTS used in [S1]; VIEW_VOTERS_AND_WATCHERS in
// [S5]. Evidence: those three C11, VIEW_VOTERS_AND_WATCHERS C9, the others C(6.3)
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** The built-in project permission keys (key string = constant name). */
public class ProjectPermissions {
    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/helper/ScrumPokerPermissions.java:36")
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");

    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/helper/ScrumPokerPermissions.java:36")
    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");

    @Evidence(level = Level.OLDER, source = "[S4] permission/ProjectPermissions.java (6.3)")
    public static final ProjectPermissionKey CREATE_ISSUES = new ProjectPermissionKey("CREATE_ISSUES");

    public static final ProjectPermissionKey LINK_ISSUES = new ProjectPermissionKey("LINK_ISSUES");
    public static final ProjectPermissionKey RESOLVE_ISSUES = new ProjectPermissionKey("RESOLVE_ISSUES");
    public static final ProjectPermissionKey ADMINISTER_PROJECTS = new ProjectPermissionKey("ADMINISTER_PROJECTS");

    @Evidence(
            level = Level.C9,
            source =
                    "[S5] com.atlassian.oauth2.oauth2-scopes-plugin-3.1.5/com/atlassian/oauth2/scopes/request/basic/JiraScopesRequestCache.java (readPermission); [S4] permission/ProjectPermissions.java:49 (6.3)")
    public static final ProjectPermissionKey VIEW_VOTERS_AND_WATCHERS =
            new ProjectPermissionKey("VIEW_VOTERS_AND_WATCHERS");

    // the real class is a constants holder; nothing should instantiate it
    private ProjectPermissions() {}
}
