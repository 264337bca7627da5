package io.debrief.core.common;

import java.util.Objects;

/**
 * A reference to one issue in the tracker (in Jira: the issue id, its current key and its project key).
 *
 * <p>Core never holds tracker objects; adapters map their issues to this value.
 */
public record IssueRef(long id, String key, String projectKey) {

    public IssueRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(projectKey, "projectKey");
        if (id <= 0) {
            throw new IllegalArgumentException("issue id must be positive: " + id);
        }
        if (key.isBlank() || projectKey.isBlank()) {
            throw new IllegalArgumentException("issue key and project key must not be blank");
        }
    }

    /** Builds a reference whose project key is the part of the issue key before the last dash ("OPS-12" -> "OPS"). */
    public static IssueRef of(long id, String key) {
        int dash = key.lastIndexOf('-');
        if (dash <= 0) {
            throw new IllegalArgumentException("not an issue key: " + key);
        }
        return new IssueRef(id, key, key.substring(0, dash));
    }

    @Override
    public String toString() {
        return key;
    }
}
