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

    /** An open issue of {@code type} created at {@code created}, priority Medium; the builder fills in the rest. */
    public static Builder of(String projectKey, String type, String summary, Instant created) {
        return new Builder(projectKey, type, summary, created);
    }

    /** Builds a {@link NewIssue} field by field. */
    public static final class Builder {
        private final String projectKey;
        private final String type;
        private final String summary;
        private final Instant created;
        private String reporter;
        private String assignee;
        private String priority = "Medium";
        private String component;
        private Instant resolved;
        private Instant due;
        private Long parentId;
        private List<String> labels = List.of();

        private Builder(String projectKey, String type, String summary, Instant created) {
            this.projectKey = projectKey;
            this.type = type;
            this.summary = summary;
            this.created = created;
        }

        public Builder reportedBy(String user) {
            reporter = user;
            return this;
        }

        public Builder assignedTo(String user) {
            assignee = user;
            return this;
        }

        public Builder priority(String value) {
            priority = value;
            return this;
        }

        public Builder component(String value) {
            component = value;
            return this;
        }

        public Builder resolvedAt(Instant value) {
            resolved = value;
            return this;
        }

        public Builder dueAt(Instant value) {
            due = value;
            return this;
        }

        public Builder parent(long issueId) {
            parentId = issueId;
            return this;
        }

        public Builder labelled(String... values) {
            labels = List.of(values);
            return this;
        }

        public NewIssue build() {
            return new NewIssue(
                    projectKey,
                    type,
                    summary,
                    reporter,
                    assignee,
                    priority,
                    component,
                    created,
                    resolved,
                    due,
                    parentId,
                    labels);
        }
    }
}
