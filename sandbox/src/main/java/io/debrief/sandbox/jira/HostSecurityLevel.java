package io.debrief.sandbox.jira;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Issue security levels as far as the hosted Jira API goes: an issue under a level (its issue property
 * {@link #MEMBERS}, the user keys the level lets in, comma-separated) has {@code getSecurityLevelId()}, and the hosted
 * search and {@code PermissionManager} hide it from everyone else, as Jira does with a security level. Tests set it;
 * the sandbox's own pages and seed do not use it.
 */
public final class HostSecurityLevel {

    /** The issue property naming who the level lets in. */
    public static final String MEMBERS = "sandbox.security-level.members";

    /** The id of the sandbox's one level. */
    static final Long ID = 10_000L;

    private HostSecurityLevel() {}

    /** Whether a level written as {@link #MEMBERS} holds (null: the issue is under no level) lets the user in. */
    static boolean lets(String members, ApplicationUser user) {
        if (members == null) {
            return true;
        }
        Set<String> keys = Arrays.stream(members.split(","))
                .map(String::strip)
                .filter(key -> !key.isEmpty())
                .collect(Collectors.toSet());
        return user != null && keys.contains(user.getKey());
    }
}
