// Mirrors: com.atlassian.sal.api.user.UserManager from sal-api (Platform 8); source: [S5] ngannk-fptu/Decompiled-Files
// com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/user/UserManager.java (5.1.4);
// getRemoteUserKey/isAdmin/isSystemAdmin C11 [S2] JSP/.../web/rest/ConfigurationRestService.java. Evidence: C(5.1.4),
// C11 for those three
// getRemoteUser(HttpServletRequest): javax in 5.1.4; jakarta in Platform 8 is U (inferred from Jira 11 being
// jakarta-only).
package com.atlassian.sal.api.user;

import jakarta.servlet.http.HttpServletRequest;

/** SAL's product-neutral view of the current user and admin rights (not Jira's UserManager). */
public interface UserManager {
    /** Null for anonymous requests. */
    UserProfile getRemoteUser();

    /** Null for anonymous requests. */
    UserKey getRemoteUserKey();

    /** U: parameter type is jakarta in Platform 8 by inference. */
    UserProfile getRemoteUser(HttpServletRequest request);

    UserProfile getUserProfile(UserKey userKey);

    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);
}
