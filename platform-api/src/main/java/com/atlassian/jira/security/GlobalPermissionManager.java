// Mirrors: com.atlassian.jira.security.GlobalPermissionManager from jira-api 11.3.1; source: [S1] condition/UserHasProjectAdministrationPermission.java. Evidence: C11
package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Global (site-wide) permission checks. */
public interface GlobalPermissionManager {
    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
