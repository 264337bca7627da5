package io.debrief.core.actionitem;

import static io.debrief.core.testkit.TrackedIssueBuilder.anOrdinaryIssue;
import static io.debrief.core.testkit.TrackerFixtures.ALICE;
import static io.debrief.core.testkit.TrackerFixtures.INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.common.ActionItemCategory;
import io.debrief.core.common.IssueRef;
import io.debrief.core.followthrough.CompletionTargets;
import io.debrief.core.followthrough.FollowUpSettings;
import io.debrief.core.testkit.InMemoryFollowUps;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemoryLabelRemovals;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.tracker.NewActionItem;
import io.debrief.core.tracker.TrackedIssue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A new action item's due date comes from the completion target of its priority unless one is given (issue 16). */
class ActionItemDueDateTest {

    private final TestClock clock = TestClock.at("2026-03-10T12:00:00Z");
    private final InMemoryIssueTracker tracker = new InMemoryIssueTracker(clock);
    private final InMemoryFollowUps.SettingsStore followUp = new InMemoryFollowUps.SettingsStore();
    private final ActionItemService service =
            new ActionItemService(tracker, new InMemorySettings(), new InMemoryLabelRemovals(), clock, followUp);

    private static NewActionItem item(LocalDate due, String priority) {
        return new NewActionItem(
                INCIDENT, null, null, "Alert on queue depth", null, due, ActionItemCategory.DETECT, priority);
    }

    private TrackedIssue created(NewActionItem item) {
        IssueRef ref = service.create(item, ScriptedViewer.as(ALICE));
        return tracker.find(ref.key()).orElseThrow();
    }

    @Test
    void an_item_of_a_highest_priority_incident_is_due_in_four_weeks_by_default() {
        // given
        tracker.given(anOrdinaryIssue().ref(INCIDENT).priority("Highest").build());

        // when
        TrackedIssue item = created(item(null, null));

        // then
        assertThat(item.due()).isEqualTo(LocalDate.parse("2026-04-07"));
        assertThat(item.priority()).isEqualTo("Highest");
    }

    @Test
    void an_item_of_a_medium_priority_incident_is_due_in_eight_weeks_by_default() {
        tracker.given(anOrdinaryIssue().ref(INCIDENT).priority("Medium").build());

        assertThat(created(item(null, null)).due()).isEqualTo(LocalDate.parse("2026-05-05"));
    }

    @Test
    void the_items_own_priority_decides_over_its_incidents() {
        tracker.given(anOrdinaryIssue().ref(INCIDENT).priority("Low").build());

        TrackedIssue item = created(item(null, "High"));

        assertThat(item.due()).isEqualTo(LocalDate.parse("2026-04-07"));
        assertThat(item.priority()).isEqualTo("High");
    }

    @Test
    void a_given_due_date_is_kept() {
        tracker.given(anOrdinaryIssue().ref(INCIDENT).priority("Highest").build());

        assertThat(created(item(LocalDate.parse("2026-03-20"), null)).due()).isEqualTo(LocalDate.parse("2026-03-20"));
    }

    @Test
    void the_admins_targets_apply_to_the_next_item_created() {
        // given
        tracker.given(anOrdinaryIssue().ref(INCIDENT).priority("High").build());
        followUp.save(new FollowUpSettings(new CompletionTargets(Map.of("High", 10), 30), 3, DayOfWeek.MONDAY));

        // when
        TrackedIssue item = created(item(null, null));

        // then
        assertThat(item.due()).isEqualTo(LocalDate.parse("2026-03-20"));
    }

    @Test
    void the_day_counts_from_is_today_in_the_clocks_zone() {
        // given: 23:30 UTC on the 10th is already the 11th in Berlin
        TestClock late = TestClock.at("2026-03-10T23:30:00Z");
        ActionItemService berlin = new ActionItemService(
                tracker,
                new InMemorySettings(),
                new InMemoryLabelRemovals(),
                late.withZone(java.time.ZoneId.of("Europe/Berlin")),
                followUp);
        tracker.given(anOrdinaryIssue().ref(INCIDENT).priority("High").build());

        // when
        IssueRef ref = berlin.create(item(null, null), ScriptedViewer.as(ALICE));

        // then
        assertThat(tracker.find(ref.key()).orElseThrow().due()).isEqualTo(LocalDate.parse("2026-04-08"));
    }
}
