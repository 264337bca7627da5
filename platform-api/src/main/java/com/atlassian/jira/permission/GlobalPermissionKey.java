// Mirrors: com.atlassian.jira.permission.GlobalPermissionKey from jira-api 11.3.1; source: [S1] (ADMINISTER,
// SYSTEM_ADMIN), [S4] permission/GlobalPermissionKey.java (6.3). Evidence: constants C11, of/getKey C(6.3); value
// behaviour as in the real class
package com.atlassian.jira.permission;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Objects;

/** The key of a global permission, e.g. "ADMINISTER". */
public final class GlobalPermissionKey {
    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/condition/UserHasProjectAdministrationPermission.java")
    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");

    @Evidence(
            level = Level.C11,
            source =
                    "[S1] codescape/jira-scrum-poker (Jira 11.3.1) src/main/java/de/codescape/jira/plugins/scrumpoker/condition/UserHasProjectAdministrationPermission.java")
    public static final GlobalPermissionKey SYSTEM_ADMIN = new GlobalPermissionKey("SYSTEM_ADMIN");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public static GlobalPermissionKey of(String key) {
        return new GlobalPermissionKey(key);
    }

    public String getKey() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof GlobalPermissionKey other && key.equals(other.key));
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
