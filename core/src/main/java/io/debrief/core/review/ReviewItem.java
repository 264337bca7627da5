package io.debrief.core.review;

import io.debrief.core.common.ActionItemCategory;
import io.debrief.core.common.IssueRef;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One open action item as the monthly review shows it.
 *
 * @param incident     nullable: the incident is not known (e.g. a label added by hand)
 * @param due          nullable: no due date
 * @param lastDecision nullable: never decided on
 * @param category     nullable: not recorded
 */
public record ReviewItem(
        IssueRef item,
        String summary,
        IssueRef incident,
        long ageDays,
        LocalDate due,
        int checkpointsPassed,
        int timesDeferred,
        DecisionRecord lastDecision,
        Set<String> components,
        ActionItemCategory category,
        String priority) {

    public ReviewItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(summary, "summary");
        components = Set.copyOf(components);
    }

    /** The version a decision on this item must expect. */
    public long version() {
        return lastDecision == null ? 0 : lastDecision.version();
    }

    public boolean overdueOn(LocalDate today) {
        return due != null && due.isBefore(today);
    }
}
