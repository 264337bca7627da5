// Mirrors: com.atlassian.jira.security.plugin.ProjectPermissionKey from jira-api 11.3.1; source: [S4]
// security/plugin/ProjectPermissionKey.java (6.3). Evidence: C(6.3); value behaviour (equals/hashCode/toString on the
// key) as in the real class
package com.atlassian.jira.security.plugin;

import java.util.Objects;

/** The key of a project permission, e.g. "BROWSE_PROJECTS". */
public final class ProjectPermissionKey {
    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = Objects.requireNonNull(permissionKey, "permissionKey");
    }

    public String permissionKey() {
        return permissionKey;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ProjectPermissionKey other && permissionKey.equals(other.permissionKey));
    }

    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
