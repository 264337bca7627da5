package io.debrief.core.checkpoint;

import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.settings.ProjectSettings;
import io.debrief.core.tracker.CheckpointSummary;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CheckpointPolicyTest {

    private static final Instant HELD = Instant.parse("2026-03-01T09:00:00Z");
    private final CheckpointPolicy fortnightly = CheckpointPolicy.of(ProjectSettings.defaults("OPS"));

    private static Instant day(double days) {
        return HELD.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    private static TrackedIssue openItem() {
        return anActionItem().createdAt(HELD.minus(Duration.ofHours(1))).build();
    }

    @Nested
    class FirstCheckpoint {

        @Test
        void is_not_due_after_13_days() {
            assertThat(fortnightly.dueNow(HELD, day(13), 0, List.of(openItem())))
                    .isEmpty();
        }

        @Test
        void is_not_due_one_minute_before_14_days() {
            assertThat(fortnightly.dueNow(HELD, day(14).minusSeconds(60), 0, List.of(openItem())))
                    .isEmpty();
        }

        @Test
        void is_due_exactly_14_days_after_the_debrief() {
            assertThat(fortnightly.dueNow(HELD, day(14), 0, List.of(openItem())))
                    .hasValue(1);
        }

        @Test
        void is_still_due_after_15_days_when_the_job_ran_late() {
            assertThat(fortnightly.dueNow(HELD, day(15), 0, List.of(openItem())))
                    .hasValue(1);
        }

        @Test
        void is_not_due_again_once_claimed() {
            assertThat(fortnightly.dueNow(HELD, day(15), 1, List.of(openItem())))
                    .isEmpty();
        }
    }

    @Test
    void due_moments_are_whole_intervals_of_instant_time_after_the_debrief() {
        assertThat(fortnightly.dueAt(HELD, 1)).isEqualTo(Instant.parse("2026-03-15T09:00:00Z"));
        assertThat(fortnightly.dueAt(HELD, 3)).isEqualTo(Instant.parse("2026-04-12T09:00:00Z"));
    }

    @Test
    void no_checkpoint_when_every_item_was_closed_before_it_came_due() {
        TrackedIssue closedOnDay10 =
                anActionItem().createdAt(HELD).resolvedAt(day(10)).build();

        assertThat(fortnightly.dueNow(HELD, day(14), 0, List.of(closedOnDay10))).isEmpty();
    }

    @Test
    void items_closed_between_checkpoints_stop_the_next_one() {
        TrackedIssue closedOnDay20 =
                anActionItem().createdAt(HELD).resolvedAt(day(20)).build();

        assertThat(fortnightly.dueNow(HELD, day(14), 0, List.of(closedOnDay20))).hasValue(1);
        assertThat(fortnightly.dueNow(HELD, day(28), 1, List.of(closedOnDay20))).isEmpty();
    }

    @Test
    void one_open_item_among_closed_ones_keeps_checkpoints_coming() {
        TrackedIssue closed = anActionItem().createdAt(HELD).resolvedAt(day(3)).build();

        assertThat(fortnightly.dueNow(HELD, day(28), 1, List.of(closed, openItem())))
                .hasValue(2);
    }

    @Test
    void an_item_replanned_to_a_later_due_date_still_counts_as_open() {
        TrackedIssue replanned = anActionItem()
                .createdAt(HELD)
                .due(LocalDate.parse("2026-06-30"))
                .build();

        assertThat(fortnightly.dueNow(HELD, day(28), 1, List.of(replanned))).hasValue(2);
    }

    @Test
    void before_the_first_due_moment_the_last_claimed_number_is_not_even_read() {
        IntSupplier unread = () -> {
            throw new AssertionError("the log was read although nothing is due");
        };

        assertThat(fortnightly.newlyDue(HELD, day(13), unread)).isEmpty();
    }

    @Test
    void the_cheap_half_names_the_latest_unclaimed_number_and_the_items_decide_whether_it_opens() {
        TrackedIssue closedOnDay20 =
                anActionItem().createdAt(HELD).resolvedAt(day(20)).build();

        assertThat(fortnightly.newlyDue(HELD, day(29), () -> 0)).hasValue(2);
        assertThat(fortnightly.newlyDue(HELD, day(29), () -> 2)).isEmpty();
        assertThat(fortnightly.opens(HELD, 1, List.of(closedOnDay20))).isTrue();
        assertThat(fortnightly.opens(HELD, 2, List.of(closedOnDay20))).isFalse();
    }

    @Test
    void a_shorter_interval_brings_the_next_checkpoint_forward() {
        CheckpointPolicy weekly = new CheckpointPolicy(7);

        assertThat(weekly.dueNow(HELD, day(15), 1, List.of(openItem()))).hasValue(2);
        assertThat(weekly.dueAt(HELD, 3)).isEqualTo(day(21));
    }

    @Test
    void a_longer_interval_pushes_the_next_checkpoint_back() {
        CheckpointPolicy fourWeekly = new CheckpointPolicy(28);

        assertThat(fourWeekly.dueNow(HELD, day(15), 1, List.of(openItem()))).isEmpty();
        assertThat(fourWeekly.nextDue(HELD, day(15), List.of(openItem()))).hasValue(day(28));
    }

    @Test
    void after_a_long_outage_only_the_latest_due_checkpoint_is_opened() {
        assertThat(fortnightly.dueNow(HELD, day(45), 0, List.of(openItem()))).hasValue(3);
    }

    @Test
    void next_due_is_empty_when_nothing_is_open() {
        TrackedIssue closed = anActionItem().createdAt(HELD).resolvedAt(day(2)).build();

        assertThat(fortnightly.nextDue(HELD, day(3), List.of(closed))).isEmpty();
        assertThat(fortnightly.nextDue(HELD, day(3), List.of(openItem()))).hasValue(day(14));
    }

    @Test
    void intervals_outside_7_to_28_days_are_refused() {
        assertThatThrownBy(() -> new CheckpointPolicy(6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CheckpointPolicy(29)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_summary_names_number_days_and_incident() {
        CheckpointSummary summary = CheckpointSummary.of(
                1, fortnightly.daysSinceDebrief(1), io.debrief.core.testkit.TrackerFixtures.INCIDENT);

        assertThat(summary.messageKey()).isEqualTo("debrief.checkpoint.summary");
        assertThat(summary.englishText()).isEqualTo("Checkpoint 1 (14 days): INC-12 debrief");
    }
}
