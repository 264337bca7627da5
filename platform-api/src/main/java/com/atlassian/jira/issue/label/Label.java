// Mirrors: com.atlassian.jira.issue.label.Label from jira-api 11.3.1; source: [S4] issue/label/Label.java (6.3).
// Evidence: C(6.3)
// Value behaviour as in the real class (read in 6.3): label must not be null; equals/hashCode over id, issue and label
// (the real class also compares customFieldId, which is null for this constructor; that constructor is not stood in).
package com.atlassian.jira.issue.label;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;
import java.util.Objects;

/** One label on one issue. */
public final class Label {
    private final Long id;
    private final Long issue;
    private final String label;

    public Label(Long id, Long issue, String label) {
        this.id = id;
        this.issue = issue;
        this.label = Objects.requireNonNull(label, "label");
    }

    public Long getId() {
        return id;
    }

    public Long getIssue() {
        return issue;
    }

    @Evidence(level = Level.OLDER, source = "[S4] issue/label/Label.java (6.3)")
    public String getLabel() {
        return label;
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || (o instanceof Label other
                        && Objects.equals(id, other.id)
                        && Objects.equals(issue, other.issue)
                        && Objects.equals(label, other.label));
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, issue, label);
    }

    @Override
    public String toString() {
        return label;
    }
}
