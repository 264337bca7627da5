// Mirrors: com.atlassian.sal.api.user.UserKey from sal-api (Platform 8); source: [S5] ngannk-fptu/Decompiled-Files
// com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/user/UserKey.java (5.1.4); getStringValue C11 [S2]. Evidence:
// C11
// Value behaviour (equals/hashCode/toString on the string) as in the real final class.
package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/** The stable key of a user (equals Jira's ApplicationUser.getKey()). */
public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    public String getStringValue() {
        return userkey;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof UserKey other && userkey.equals(other.userkey));
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    @Override
    public String toString() {
        return userkey;
    }
}
