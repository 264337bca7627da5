package io.debrief.core.review;

import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.common.IssueRef;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewTotalsPolicyTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-20");
    private final ReviewTotalsPolicy policy = new ReviewTotalsPolicy();

    private static ReviewItem aged(long days, LocalDate due) {
        return new ReviewItem(
                new IssueRef(100 + days, "OPS-" + (100 + days), "OPS"),
                "item",
                null,
                days,
                due,
                0,
                0,
                null,
                Set.of(),
                null,
                null);
    }

    private static List<ReviewItem> agedDays(long... days) {
        return Arrays.stream(days).mapToObj(day -> aged(day, null)).toList();
    }

    private static TrackedIssue closed(String due, String resolved) {
        return anActionItem()
                .due(due == null ? null : LocalDate.parse(due))
                .resolvedAt(Instant.parse(resolved))
                .build();
    }

    @Test
    void median_of_an_odd_count_is_the_middle_age() {
        assertThat(policy.totals(agedDays(40, 2, 9), List.of(), TODAY, ZoneOffset.UTC)
                        .medianAgeDays())
                .hasValue(9.0);
    }

    @Test
    void median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assertThat(policy.totals(agedDays(1, 30, 10, 3), List.of(), TODAY, ZoneOffset.UTC)
                        .medianAgeDays())
                .hasValue(6.5);
    }

    @Test
    void no_open_items_means_no_median_rather_than_zero() {
        assertThat(policy.totals(List.of(), List.of(), TODAY, ZoneOffset.UTC).medianAgeDays())
                .isEmpty();
    }

    @Test
    void completion_rate_is_empty_when_nothing_was_closed() {
        ReviewTotals totals = policy.totals(agedDays(5), List.of(), TODAY, ZoneOffset.UTC);

        assertThat(totals.completionRate()).isEmpty();
        assertThat(totals.closedThisMonth()).isZero();
    }

    @Test
    void completion_rate_counts_items_closed_by_their_due_date_or_without_one() {
        List<TrackedIssue> closed = List.of(
                closed("2026-03-10", "2026-03-10T23:00:00Z"),
                closed("2026-03-10", "2026-03-11T08:00:00Z"),
                closed(null, "2026-03-12T08:00:00Z"),
                closed("2026-03-05", "2026-03-15T08:00:00Z"));

        assertThat(policy.totals(List.of(), closed, TODAY, ZoneOffset.UTC).completionRate())
                .hasValue(0.5);
    }

    @Test
    void counts_open_and_overdue_items() {
        List<ReviewItem> open = List.of(aged(3, LocalDate.parse("2026-03-19")), aged(4, TODAY), aged(5, null));

        ReviewTotals totals = policy.totals(open, List.of(), TODAY, ZoneOffset.UTC);

        assertThat(totals.open()).isEqualTo(3);
        assertThat(totals.overdue()).isEqualTo(1);
    }
}
