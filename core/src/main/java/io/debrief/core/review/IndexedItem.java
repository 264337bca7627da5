package io.debrief.core.review;

import io.debrief.core.common.IssueRef;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What the item index keeps of one debrief action item: what the review pages, sorts and totals by, so a review
 * reads the tracker only for the page it shows.
 *
 * @param incident    nullable: not linked to an incident
 * @param createdOn   the day it was created, in the site's zone (its age is counted from it)
 * @param due         nullable: no due date
 * @param resolved    nullable: not resolved
 * @param resolvedInTime whether it was resolved on or before its due date (or had none); false while open
 * @param secured     the tracker restricts it further than its project (Jira: an issue security level), so only the
 *                    tracker can say who may see it
 */
public record IndexedItem(
        IssueRef item,
        IssueRef incident,
        boolean open,
        LocalDate createdOn,
        LocalDate due,
        Instant resolved,
        boolean resolvedInTime,
        boolean secured) {

    public IndexedItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(createdOn, "createdOn");
    }

    /** The index row for an item as the tracker holds it; the zone decides the day it was resolved on. */
    public static IndexedItem of(TrackedIssue issue, boolean secured, ZoneId zone) {
        boolean inTime = issue.resolved() != null
                && (issue.due() == null
                        || !LocalDate.ofInstant(issue.resolved(), zone).isAfter(issue.due()));
        return new IndexedItem(
                issue.ref(),
                issue.incident(),
                issue.isOpen(),
                LocalDate.ofInstant(issue.created(), zone),
                issue.due(),
                issue.resolved(),
                inTime,
                secured);
    }
}
