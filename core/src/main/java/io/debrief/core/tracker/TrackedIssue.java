package io.debrief.core.tracker;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.ActionItemCategory;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What core needs to know about one issue in the tracker, read at one moment.
 *
 * @param assignee   nullable: unassigned
 * @param due        nullable: no due date
 * @param resolved   nullable: not resolved
 * @param incident   nullable: the incident this issue is a debrief action item of, when it is one
 * @param category   nullable: what the action item improves, when recorded
 * @param components the project components (teams) the issue belongs to
 */
public record TrackedIssue(
        IssueRef ref,
        StatusCategory status,
        String summary,
        UserRef assignee,
        LocalDate due,
        Instant created,
        Instant resolved,
        String priority,
        Set<String> labels,
        Set<String> components,
        IssueRef incident,
        ActionItemCategory category) {

    public TrackedIssue {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(created, "created");
        labels = Set.copyOf(labels);
        components = Set.copyOf(components);
    }

    /**
     * The issue as a person may be shown it: the incident it belongs to is left out (as if unlinked) when they may not
     * browse that incident, so a list never names an incident, or groups by one, from a project hidden to the reader.
     */
    public TrackedIssue visibleTo(Viewer viewer) {
        if (incident == null || viewer.canBrowse(incident)) {
            return this;
        }
        return new TrackedIssue(
                ref, status, summary, assignee, due, created, resolved, priority, labels, components, null, category);
    }

    /** The same issue as an item of that incident (null: of none). */
    public TrackedIssue withIncident(IssueRef belongsTo) {
        return new TrackedIssue(
                ref,
                status,
                summary,
                assignee,
                due,
                created,
                resolved,
                priority,
                labels,
                components,
                belongsTo,
                category);
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    /** Whether the issue was still open at that moment; an issue resolved exactly then was no longer open. */
    public boolean openAt(Instant moment) {
        if (resolved == null) {
            return status.isOpen();
        }
        return resolved.isAfter(moment);
    }

    public boolean hasLabel(String label) {
        return labels.contains(label);
    }

    public String key() {
        return ref.key();
    }
}
