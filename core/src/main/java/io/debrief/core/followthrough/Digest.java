package io.debrief.core.followthrough;

import io.debrief.core.common.IssueRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One project's weekly digest for one person: only what that person may browse.
 *
 * @param week              the first day of the digest's week (the settings' digest day)
 * @param overdueItems      open action items of the project past their due date, oldest due first
 * @param checkpointsDue    incidents of the project whose next checkpoint comes due within the coming week
 * @param debriefsOverdue   resolved incidents of the project whose debrief window has closed without one held
 */
public record Digest(
        String recipientKey,
        String projectKey,
        LocalDate week,
        List<OverdueItem> overdueItems,
        List<CheckpointDue> checkpointsDue,
        List<IssueRef> debriefsOverdue) {

    public Digest {
        Objects.requireNonNull(recipientKey, "recipientKey");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(week, "week");
        overdueItems = List.copyOf(overdueItems);
        checkpointsDue = List.copyOf(checkpointsDue);
        debriefsOverdue = List.copyOf(debriefsOverdue);
    }

    public boolean isEmpty() {
        return overdueItems.isEmpty() && checkpointsDue.isEmpty() && debriefsOverdue.isEmpty();
    }

    /**
     * An overdue item as the digest lists it.
     *
     * @param incident nullable: none, or one the recipient may not browse
     */
    public record OverdueItem(IssueRef item, LocalDate due, IssueRef incident) {}

    /** An incident whose next checkpoint comes due this week, and when its debrief was held. */
    public record CheckpointDue(IssueRef incident, Instant heldAt) {}
}
