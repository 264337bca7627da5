// Mirrors: com.atlassian.jira.user.util.UserManager from jira-api 11.3.1; source: [S1]
// rest/mapper/SessionEntityMapper.java (getUserByKey), [S4] user/util/UserManager.java (6.3). Evidence: getUserByKey
// C11, getUserByName C(6.3)
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;
import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Jira's own user lookup (not SAL's UserManager). */
public interface UserManager {
    /** Null when no user has that key. */
    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/rest/mapper/SessionEntityMapper.java")
    ApplicationUser getUserByKey(String userKey);

    /** Null when no user has that name. */
    @Evidence(level = Level.OLDER, source = "[S4] user/util/UserManager.java (6.3)")
    ApplicationUser getUserByName(String userName);
}
