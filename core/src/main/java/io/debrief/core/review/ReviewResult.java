package io.debrief.core.review;

import io.debrief.core.common.IssueRef;
import io.debrief.core.common.Page;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One page of the monthly review: the items in order, the same items grouped, the totals over all of them, and which
 * of the page's items the viewer may decide on (decided by {@link ReviewDecisionPolicy#allows}, the rule the decision
 * itself is guarded by), so a screen offers only what will be accepted.
 */
public record ReviewResult(
        Page<ReviewItem> page, List<ReviewGroup> groups, ReviewTotals totals, Set<IssueRef> decidable) {

    public ReviewResult {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(totals, "totals");
        groups = List.copyOf(groups);
        decidable = Set.copyOf(decidable);
    }

    /** Whether the viewer may take a review decision on this item of the page. */
    public boolean mayDecide(IssueRef item) {
        return decidable.contains(item);
    }
}
