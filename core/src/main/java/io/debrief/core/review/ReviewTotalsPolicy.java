package io.debrief.core.review;

import io.debrief.core.tracker.TrackedIssue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * How the review's totals are counted: overdue means due before today; an item closed on or before its due date (or
 * without one) was closed in time; the median of an even count is the mean of the middle two.
 */
public final class ReviewTotalsPolicy {

    public ReviewTotals totals(
            Collection<ReviewItem> open, Collection<TrackedIssue> closedThisMonth, LocalDate today, ZoneId zone) {
        long overdue = open.stream().filter(item -> item.overdueOn(today)).count();
        long inTime = closedThisMonth.stream()
                .filter(item -> closedInTime(item, zone))
                .count();
        OptionalDouble rate = closedThisMonth.isEmpty()
                ? OptionalDouble.empty()
                : OptionalDouble.of((double) inTime / closedThisMonth.size());
        return new ReviewTotals(
                open.size(),
                overdue,
                closedThisMonth.size(),
                rate,
                median(open.stream().mapToLong(ReviewItem::ageDays).sorted().toArray()));
    }

    static OptionalDouble median(long[] sorted) {
        if (sorted.length == 0) {
            return OptionalDouble.empty();
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1
                ? OptionalDouble.of(sorted[middle])
                : OptionalDouble.of((sorted[middle - 1] + sorted[middle]) / 2.0);
    }

    private static boolean closedInTime(TrackedIssue item, ZoneId zone) {
        if (item.due() == null || item.resolved() == null) {
            return true;
        }
        return !LocalDate.ofInstant(item.resolved(), zone).isAfter(item.due());
    }
}
