// Mirrors: com.atlassian.jira.permission.ProjectPermissions from jira-api 11.3.1; source: [S4] permission/ProjectPermissions.java (6.3); BROWSE/EDIT/ADMINISTER_PROJECTS used in [S1]. Evidence: those three C11, the others C(6.3)
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/** The built-in project permission keys (key string = constant name). */
public class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");
    public static final ProjectPermissionKey CREATE_ISSUES = new ProjectPermissionKey("CREATE_ISSUES");
    public static final ProjectPermissionKey LINK_ISSUES = new ProjectPermissionKey("LINK_ISSUES");
    public static final ProjectPermissionKey RESOLVE_ISSUES = new ProjectPermissionKey("RESOLVE_ISSUES");
    public static final ProjectPermissionKey ADMINISTER_PROJECTS = new ProjectPermissionKey("ADMINISTER_PROJECTS");

    // the real class is a constants holder; nothing should instantiate it
    private ProjectPermissions() {
    }
}
