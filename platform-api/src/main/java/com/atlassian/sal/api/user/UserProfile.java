// Mirrors: com.atlassian.sal.api.user.UserProfile from sal-api (Platform 8); source: [S5] ngannk-fptu/Decompiled-Files
// com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/user/UserProfile.java (5.1.4). Evidence: C(5.1.4)
package com.atlassian.sal.api.user;

/** Basic profile of a user as SAL sees it. */
public interface UserProfile {
    UserKey getUserKey();

    String getUsername();

    String getFullName();
}
