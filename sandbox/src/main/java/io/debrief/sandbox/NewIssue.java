package io.debrief.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What it takes to create a sandbox issue; {@code resolved} set means the issue is created Done.
 */
public record NewIssue(
        String projectKey,
        String type,
        String summary,
        String reporter,
        String assignee,
        String priority,
        String component,
        Instant created,
        Instant resolved,
        Instant due,
        Long parentId,
        List<String> labels) {

    public NewIssue {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(created, "created");
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    /** An open issue of {@code type} created at {@code created}; the rest can be filled with the withers. */
    public static NewIssue of(String projectKey, String type, String summary, Instant created) {
        return new NewIssue(projectKey, type, summary, null, null, "Medium", null, created, null, null, null, List.of());
    }

    public NewIssue reportedBy(String user) {
        return new NewIssue(projectKey, type, summary, user, assignee, priority, component, created, resolved, due, parentId, labels);
    }

    public NewIssue assignedTo(String user) {
        return new NewIssue(projectKey, type, summary, reporter, user, priority, component, created, resolved, due, parentId, labels);
    }

    public NewIssue priority(String value) {
        return new NewIssue(projectKey, type, summary, reporter, assignee, value, component, created, resolved, due, parentId, labels);
    }

    public NewIssue component(String value) {
        return new NewIssue(projectKey, type, summary, reporter, assignee, priority, value, created, resolved, due, parentId, labels);
    }

    public NewIssue resolvedAt(Instant value) {
        return new NewIssue(projectKey, type, summary, reporter, assignee, priority, component, created, value, due, parentId, labels);
    }

    public NewIssue dueAt(Instant value) {
        return new NewIssue(projectKey, type, summary, reporter, assignee, priority, component, created, resolved, value, parentId, labels);
    }

    public NewIssue parent(long issueId) {
        return new NewIssue(projectKey, type, summary, reporter, assignee, priority, component, created, resolved, due, issueId, labels);
    }

    public NewIssue labelled(String... values) {
        return new NewIssue(projectKey, type, summary, reporter, assignee, priority, component, created, resolved, due, parentId, List.of(values));
    }
}
