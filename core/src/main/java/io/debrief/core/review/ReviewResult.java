package io.debrief.core.review;

import io.debrief.core.common.Page;
import java.util.List;
import java.util.Objects;

/** One page of the monthly review: the items in order, the same items grouped, and the totals over all of them. */
public record ReviewResult(Page<ReviewItem> page, List<ReviewGroup> groups, ReviewTotals totals) {

    public ReviewResult {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(totals, "totals");
        groups = List.copyOf(groups);
    }
}
