package io.debrief.core.insights;

import io.debrief.core.common.IssueRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the incident index keeps of one of an incident's debrief action items.
 *
 * @param createdOn      the day it was created, in the site's zone
 * @param due            nullable: no due date
 * @param resolved       nullable: still open
 * @param resolvedInTime resolved on or before its due date (or it had none)
 * @param dropped        closed by a review decision "irrelevant" (which always carries a reason)
 * @param secured        under an issue security level: only the tracker can say who may see it
 */
public record IncidentItem(
        IssueRef ref,
        LocalDate createdOn,
        LocalDate due,
        Instant resolved,
        boolean resolvedInTime,
        boolean dropped,
        boolean secured) {

    public IncidentItem {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(createdOn, "createdOn");
    }

    public boolean open() {
        return resolved == null;
    }

    /** Done (not dropped) on or before its due date, or done without one. */
    public boolean doneByDue() {
        return resolved != null && !dropped && resolvedInTime;
    }

    /** Open and due before today. */
    public boolean overdueOn(LocalDate today) {
        return resolved == null && due != null && due.isBefore(today);
    }

    /** Created on or before the day of {@code instant} and not yet resolved at that instant. */
    public boolean openAt(Instant instant, LocalDate dayOfInstant) {
        return !createdOn.isAfter(dayOfInstant) && (resolved == null || resolved.isAfter(instant));
    }
}
