// Mirrors: com.atlassian.jira.security.GlobalPermissionManager from jira-api 11.3.1; source: [S1]
// condition/UserHasProjectAdministrationPermission.java. Evidence: C11
package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Global (site-wide) permission checks. */
public interface GlobalPermissionManager {
    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/condition/UserHasProjectAdministrationPermission.java")
    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);

    // 6.3 also has hasPermission(GlobalPermissionType[, ApplicationUser]) and the int-id forms (deprecated there);
    // none is seen after 6.3, so they are not declared. Every call of ours passes a GlobalPermissionKey constant.
}
