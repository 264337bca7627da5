package io.debrief.core.review;

import java.time.LocalDate;
import java.util.Comparator;

/** The orders the review can list items in; ties are broken by item key so pages are stable. */
public enum ReviewSort {
    OLDEST_FIRST(Comparator.comparingLong(ReviewItem::ageDays).reversed()),
    NEWEST_FIRST(Comparator.comparingLong(ReviewItem::ageDays)),
    DUE_FIRST(Comparator.comparing(ReviewItem::due, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))),
    MOST_DEFERRED(Comparator.comparingInt(ReviewItem::timesDeferred).reversed()),
    /** By project, then issue number (the tie-break alone). */
    BY_KEY((left, right) -> 0);

    private final Comparator<ReviewItem> order;

    ReviewSort(Comparator<ReviewItem> order) {
        this.order = order;
    }

    public Comparator<ReviewItem> comparator() {
        return order.thenComparing(item -> item.item().projectKey())
                .thenComparingLong(item -> item.item().id());
    }
}
