// Mirrors: com.atlassian.jira.user.ApplicationUser from jira-api 11.3.1; source: [S1] SessionResource.java, rest/mapper/SessionEntityMapper.java; [S4] user/ApplicationUser.java (6.3). Evidence: getKey/getUsername/getDisplayName C11, rest C(6.3)
package com.atlassian.jira.user;

import java.security.Principal;

/** A Jira user; {@link #getKey()} is the stable identity, the username can change. */
public interface ApplicationUser extends Principal {
    String getKey();

    String getUsername();

    @Override
    String getName();

    String getDisplayName();

    String getEmailAddress();

    boolean isActive();
}
