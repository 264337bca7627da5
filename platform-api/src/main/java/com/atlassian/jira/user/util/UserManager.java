// Mirrors: com.atlassian.jira.user.util.UserManager from jira-api 11.3.1; source: [S1] rest/mapper/SessionEntityMapper.java (getUserByKey), [S4] user/util/UserManager.java (6.3). Evidence: getUserByKey C11, getUserByName C(6.3)
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Jira's own user lookup (not SAL's UserManager). */
public interface UserManager {
    /** Null when no user has that key. */
    ApplicationUser getUserByKey(String userKey);

    /** Null when no user has that name. */
    ApplicationUser getUserByName(String userName);
}
