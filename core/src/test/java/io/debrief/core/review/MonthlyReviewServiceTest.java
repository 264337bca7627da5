package io.debrief.core.review;

import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.core.testkit.TrackedIssueBuilder.anOrdinaryIssue;
import static io.debrief.core.testkit.TrackerFixtures.ALICE;
import static io.debrief.core.testkit.TrackerFixtures.BOB;
import static io.debrief.core.testkit.TrackerFixtures.INCIDENT;
import static io.debrief.core.testkit.TrackerFixtures.OTHER_INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.debrief.core.checkpoint.ItemOutcome;
import io.debrief.core.common.ActionItemCategory;
import io.debrief.core.common.ConflictException;
import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.common.PageRequest;
import io.debrief.core.testkit.InMemoryCheckpointLog;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemoryReviewDecisionLog;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MonthlyReviewServiceTest {

    private final TestClock clock = TestClock.at("2026-03-20T10:00:00Z");
    private final InMemoryIssueTracker tracker = new InMemoryIssueTracker(clock);
    private final InMemoryCheckpointLog checkpoints = new InMemoryCheckpointLog();
    private final InMemoryReviewDecisionLog decisions = new InMemoryReviewDecisionLog();
    private final InMemorySettings settings = new InMemorySettings();
    private final MonthlyReviewService service =
            new MonthlyReviewService(tracker, checkpoints, decisions, settings, clock);

    private static Instant daysAgo(int days) {
        return Instant.parse("2026-03-20T10:00:00Z").minus(java.time.Duration.ofDays(days));
    }

    private void checkpointClosed(IssueRef incident, int number, Instant dueAt, Map<IssueRef, ItemOutcome> outcomes) {
        checkpoints.claim(incident, number, dueAt, dueAt);
        checkpoints.markOpened(incident, number, new IssueRef(9000 + number, "INC-" + (9000 + number), "INC"));
        checkpoints.recordOutcomes(incident, number, outcomes);
    }

    private static ItemOutcome replannedTo(String due) {
        return new ItemOutcome.Replanned(LocalDate.parse(due));
    }

    @Test
    void lists_only_items_the_viewer_may_browse_with_age_and_checkpoint_history() {
        TrackedIssue visible =
                anActionItem().of(INCIDENT).createdAt(daysAgo(30)).build();
        TrackedIssue hidden = anActionItem().of(INCIDENT).createdAt(daysAgo(30)).build();
        tracker.given(visible, hidden);
        checkpoints.claim(INCIDENT, 1, daysAgo(16), daysAgo(16));
        checkpoints.markOpened(INCIDENT, 1, new IssueRef(9, "INC-99", "INC"));
        checkpoints.recordOutcomes(
                INCIDENT, 1, Map.of(visible.ref(), new ItemOutcome.Replanned(LocalDate.parse("2026-04-30"))));
        checkpoints.recordQuiet(INCIDENT, 2, daysAgo(2), daysAgo(2));

        ReviewResult result =
                service.query(ReviewQuery.defaults(), ScriptedViewer.as(ALICE).cannotBrowse(hidden.ref()));

        assertThat(result.page().items()).singleElement().satisfies(item -> {
            assertThat(item.item()).isEqualTo(visible.ref());
            assertThat(item.ageDays()).isEqualTo(30);
            assertThat(item.checkpointsPassed()).isEqualTo(1);
            assertThat(item.timesDeferred()).isEqualTo(1);
            assertThat(item.incident()).isEqualTo(INCIDENT);
        });
        assertThat(result.totals().open()).isEqualTo(1);
    }

    @Test
    void an_item_of_an_incident_the_viewer_cannot_browse_shows_no_incident_group_or_checkpoints() {
        // given: an OPS item of a PAY incident, which had a checkpoint; carol may browse OPS but not PAY
        IssueRef payIncident = new IssueRef(3006, "PAY-6", "PAY");
        TrackedIssue opsItem =
                anActionItem().of(payIncident).createdAt(daysAgo(30)).build();
        tracker.given(opsItem);
        checkpointClosed(payIncident, 1, daysAgo(16), Map.of(opsItem.ref(), replannedTo("2026-04-30")));
        ScriptedViewer carol = ScriptedViewer.as(BOB).cannotBrowseProject("PAY");
        ReviewQuery byIncident =
                new ReviewQuery(Set.of(), 0, ReviewGrouping.INCIDENT, ReviewSort.OLDEST_FIRST, PageRequest.first(50));

        // when
        ReviewResult seenByCarol = service.query(byIncident, carol);
        ReviewResult seenByAlice = service.query(byIncident, ScriptedViewer.as(ALICE));

        // then: carol sees the item she may browse, but neither the PAY key nor a PAY group nor its checkpoints
        assertThat(seenByCarol.page().items()).singleElement().satisfies(item -> {
            assertThat(item.item()).isEqualTo(opsItem.ref());
            assertThat(item.incident()).isNull();
            assertThat(item.checkpointsPassed()).isZero();
        });
        assertThat(seenByCarol.groups()).extracting(ReviewGroup::key).doesNotContain("PAY-6");
        assertThat(seenByAlice.page().items())
                .singleElement()
                .satisfies(item -> assertThat(item.incident()).isEqualTo(payIncident));
        assertThat(seenByAlice.groups()).extracting(ReviewGroup::key).containsExactly("PAY-6");
    }

    @Test
    void applies_the_age_threshold_sorts_oldest_first_and_pages() {
        TrackedIssue young = anActionItem().createdAt(daysAgo(2)).build();
        TrackedIssue old = anActionItem().createdAt(daysAgo(90)).build();
        TrackedIssue middle = anActionItem().createdAt(daysAgo(40)).build();
        tracker.given(young, old, middle);
        ReviewQuery query =
                new ReviewQuery(Set.of(), 30, ReviewGrouping.NONE, ReviewSort.OLDEST_FIRST, PageRequest.first(1));

        ReviewResult result = service.query(query, ScriptedViewer.as(ALICE));

        assertThat(result.page().items()).extracting(ReviewItem::item).containsExactly(old.ref());
        assertThat(result.page().total()).isEqualTo(2);
        assertThat(result.totals().open()).isEqualTo(3);
    }

    @Test
    void most_deferred_sorts_every_open_item_by_its_replans_before_paging() {
        // given: the oldest item never re-planned, a newer one re-planned at two checkpoints, another at one
        TrackedIssue never = anActionItem().of(INCIDENT).createdAt(daysAgo(90)).build();
        TrackedIssue twice = anActionItem().of(INCIDENT).createdAt(daysAgo(40)).build();
        TrackedIssue once =
                anActionItem().of(OTHER_INCIDENT).createdAt(daysAgo(60)).build();
        tracker.given(never, twice, once);
        checkpointClosed(INCIDENT, 1, daysAgo(30), Map.of(twice.ref(), replannedTo("2026-03-01")));
        checkpointClosed(
                INCIDENT,
                2,
                daysAgo(16),
                Map.of(twice.ref(), replannedTo("2026-04-01"), never.ref(), new ItemOutcome.Done()));
        checkpointClosed(OTHER_INCIDENT, 1, daysAgo(16), Map.of(once.ref(), replannedTo("2026-04-01")));

        // when: pages of two
        ReviewQuery first =
                new ReviewQuery(Set.of(), 0, ReviewGrouping.NONE, ReviewSort.MOST_DEFERRED, PageRequest.first(2));
        ReviewResult page1 = service.query(first, ScriptedViewer.as(ALICE));
        ReviewResult page2 = service.query(
                new ReviewQuery(Set.of(), 0, ReviewGrouping.NONE, ReviewSort.MOST_DEFERRED, new PageRequest(2, 2)),
                ScriptedViewer.as(ALICE));

        // then
        assertThat(page1.page().items())
                .extracting(ReviewItem::item, ReviewItem::timesDeferred, ReviewItem::checkpointsPassed)
                .containsExactly(tuple(twice.ref(), 2, 2), tuple(once.ref(), 1, 1));
        assertThat(page2.page().items())
                .extracting(ReviewItem::item, ReviewItem::timesDeferred)
                .containsExactly(tuple(never.ref(), 0));
    }

    @Test
    void a_filter_narrows_the_list_and_the_totals_alike() {
        // given two open and two closed items, one of each at priority High, and a tracker that reads the filter
        TrackedIssue high = anActionItem().priority("High").build();
        TrackedIssue low = anActionItem().priority("Low").build();
        TrackedIssue closedHigh = anActionItem()
                .priority("High")
                .resolvedAt(Instant.parse("2026-03-10T00:00:00Z"))
                .build();
        TrackedIssue closedLow = anActionItem()
                .priority("Low")
                .resolvedAt(Instant.parse("2026-03-11T00:00:00Z"))
                .build();
        tracker.given(high, low, closedHigh, closedLow)
                .understands("priority = High", issue -> "High".equals(issue.priority()));

        // when
        ReviewResult result =
                service.query(ReviewQuery.defaults().withFilter("  priority = High "), ScriptedViewer.as(ALICE));

        // then
        assertThat(result.page().items()).extracting(ReviewItem::item).containsExactly(high.ref());
        assertThat(result.totals().open()).isEqualTo(1);
        assertThat(result.totals().closedThisMonth()).isEqualTo(1);
    }

    @Test
    void a_filter_the_tracker_cannot_read_is_refused_on_the_jql_field() {
        tracker.given(anActionItem().build());

        assertThatThrownBy(() -> service.query(
                        ReviewQuery.defaults().withFilter("priority ==== High"), ScriptedViewer.as(ALICE)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(error -> error.field())
                                .containsExactly("jql"));
    }

    @Test
    void a_filter_longer_than_2000_characters_is_refused_before_any_search() {
        assertThatThrownBy(() -> ReviewQuery.defaults().withFilter("x".repeat(2001)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ReviewQuery.defaults().withFilter("   ").filter()).isNull();
    }

    @Test
    void groups_a_page_by_team_and_by_category() {
        TrackedIssue payments = anActionItem()
                .inComponent("payments")
                .category(ActionItemCategory.FIX)
                .build();
        TrackedIssue search = anActionItem()
                .inComponent("search")
                .category(ActionItemCategory.DETECT)
                .build();
        TrackedIssue alsoPayments = anActionItem()
                .inComponent("payments")
                .category(ActionItemCategory.DETECT)
                .build();
        tracker.given(payments, search, alsoPayments);

        ReviewResult byTeam = service.query(
                new ReviewQuery(Set.of(), 0, ReviewGrouping.TEAM, ReviewSort.OLDEST_FIRST, PageRequest.first(50)),
                ScriptedViewer.as(ALICE));
        ReviewResult byCategory = service.query(
                new ReviewQuery(Set.of(), 0, ReviewGrouping.CATEGORY, ReviewSort.OLDEST_FIRST, PageRequest.first(50)),
                ScriptedViewer.as(ALICE));

        assertThat(byTeam.groups()).extracting(ReviewGroup::key).containsExactlyInAnyOrder("payments", "search");
        assertThat(byTeam.groups())
                .filteredOn(group -> group.key().equals("payments"))
                .singleElement()
                .satisfies(group -> assertThat(group.items()).hasSize(2));
        assertThat(byCategory.groups()).extracting(ReviewGroup::key).containsExactlyInAnyOrder("fix", "detect");
    }

    @Test
    void totals_count_items_closed_this_month_only() {
        TrackedIssue closedThisMonth = anActionItem()
                .due(LocalDate.parse("2026-03-31"))
                .resolvedAt(Instant.parse("2026-03-05T00:00:00Z"))
                .build();
        TrackedIssue closedLastMonth =
                anActionItem().resolvedAt(Instant.parse("2026-02-25T00:00:00Z")).build();
        tracker.given(closedThisMonth, closedLastMonth);

        ReviewTotals totals =
                service.query(ReviewQuery.defaults(), ScriptedViewer.as(ALICE)).totals();

        assertThat(totals.closedThisMonth()).isEqualTo(1);
        assertThat(totals.completionRate()).hasValue(1.0);
    }

    @Test
    void closing_as_irrelevant_resolves_with_the_configured_resolution_and_keeps_the_reason() {
        TrackedIssue item = anActionItem().of(INCIDENT).build();
        tracker.given(item);

        DecisionRecord record =
                service.decide(item.key(), Decision.closeIrrelevant("Service retired"), 0, ScriptedViewer.as(BOB));

        assertThat(record.version()).isEqualTo(1);
        assertThat(record.by()).isEqualTo(BOB);
        assertThat(tracker.resolutionOf(item.ref())).hasValue("Won't Do");
        assertThat(tracker.commentOn(item.ref())).hasValue("Service retired");
        assertThat(decisions.history(item.ref())).containsExactly(record);
    }

    @Test
    void a_decision_the_tracker_refuses_is_not_kept_and_can_be_taken_again() {
        // given: an item decided on once, whose workflow then refuses to resolve it
        TrackedIssue item = anActionItem().of(INCIDENT).build();
        tracker.given(item);
        DecisionRecord kept = service.decide(item.key(), Decision.keep(), 0, ScriptedViewer.as(BOB));
        tracker.refuseChangesTo(item.ref());

        // when
        assertThatThrownBy(() -> service.decide(
                        item.key(), Decision.closeIrrelevant("Service retired"), 1, ScriptedViewer.as(BOB)))
                .isInstanceOf(IllegalStateException.class);

        // then the history holds only what was carried out, and the same decision can be taken once the tracker agrees
        assertThat(decisions.history(item.ref())).containsExactly(kept);
        tracker.stopFailing();
        DecisionRecord closed =
                service.decide(item.key(), Decision.closeIrrelevant("Service retired"), 1, ScriptedViewer.as(BOB));
        assertThat(closed.version()).isEqualTo(2);
        assertThat(tracker.resolutionOf(item.ref())).hasValue("Won't Do");
    }

    @Test
    void prioritising_sets_the_configured_priority() {
        TrackedIssue item = anActionItem().of(OTHER_INCIDENT).priority("Low").build();
        tracker.given(item);

        service.decide(item.key(), Decision.prioritise(), 0, ScriptedViewer.as(ALICE));

        assertThat(tracker.find(item.key()).orElseThrow().priority()).isEqualTo("High");
    }

    @Test
    void a_second_decision_on_the_same_stale_page_is_a_conflict_and_changes_nothing() {
        TrackedIssue item = anActionItem().priority("Low").build();
        tracker.given(item);
        service.decide(item.key(), Decision.keep(), 0, ScriptedViewer.as(ALICE));

        assertThatThrownBy(() -> service.decide(item.key(), Decision.prioritise(), 0, ScriptedViewer.as(BOB)))
                .isInstanceOf(ConflictException.class);
        assertThat(tracker.find(item.key()).orElseThrow().priority()).isEqualTo("Low");
        assertThat(decisions.history(item.ref())).hasSize(1);
    }

    @Test
    void deciding_needs_edit_permission_and_a_visible_debrief_item() {
        TrackedIssue item = anActionItem().build();
        TrackedIssue notAnItem = anOrdinaryIssue().build();
        tracker.given(item, notAnItem);

        assertThatThrownBy(() -> service.decide(
                        item.key(), Decision.keep(), 0, ScriptedViewer.as(ALICE).cannotEdit(item.ref())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.decide(
                        item.key(), Decision.keep(), 0, ScriptedViewer.as(ALICE).cannotBrowse(item.ref())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.decide(notAnItem.key(), Decision.keep(), 0, ScriptedViewer.as(ALICE)))
                .isInstanceOf(NotFoundException.class);
        assertThat(decisions.history(item.ref())).isEmpty();
    }

    @Test
    void the_page_offers_a_decision_on_exactly_the_items_a_decision_would_be_accepted_for() {
        TrackedIssue editable = anActionItem().of(INCIDENT).build();
        TrackedIssue readOnly = anActionItem().of(INCIDENT).build();
        TrackedIssue otherReadOnly = anActionItem().of(OTHER_INCIDENT).build();
        tracker.given(editable, readOnly, otherReadOnly);
        ScriptedViewer viewer =
                ScriptedViewer.as(BOB).cannotEdit(readOnly.ref()).cannotEdit(otherReadOnly.ref());

        ReviewResult page = service.query(ReviewQuery.defaults(), viewer);

        assertThat(page.page().items()).hasSize(3);
        assertThat(page.decidable()).containsExactly(editable.ref());
        for (ReviewItem item : page.page().items()) {
            boolean accepted = acceptsKeep(item, viewer);
            assertThat(page.mayDecide(item.item())).as(item.item().key()).isEqualTo(accepted);
        }
    }

    @Test
    void a_browse_only_viewer_is_offered_no_decision_at_all() {
        TrackedIssue first = anActionItem().build();
        TrackedIssue second = anActionItem().build();
        tracker.given(first, second);

        ReviewResult page = service.query(
                ReviewQuery.defaults(),
                ScriptedViewer.as(BOB).cannotEdit(first.ref()).cannotEdit(second.ref()));

        assertThat(page.page().items()).hasSize(2);
        assertThat(page.decidable()).isEmpty();
    }

    /** Whether "keep" on this item, as this viewer, passes the access guards (true) or is refused 403 (false). */
    private boolean acceptsKeep(ReviewItem item, ScriptedViewer viewer) {
        try {
            service.mayDecide(item.item().key(), viewer);
            return true;
        } catch (ForbiddenException refused) {
            return false;
        }
    }

    @Test
    void sorts_by_due_date_with_undated_items_last_and_groups_by_incident() {
        TrackedIssue undated = anActionItem().of(INCIDENT).build();
        TrackedIssue late = anActionItem()
                .of(OTHER_INCIDENT)
                .due(LocalDate.parse("2026-05-01"))
                .build();
        TrackedIssue soon =
                anActionItem().of(INCIDENT).due(LocalDate.parse("2026-03-25")).build();
        tracker.given(undated, late, soon);

        ReviewResult result = service.query(
                new ReviewQuery(Set.of(), 0, ReviewGrouping.INCIDENT, ReviewSort.DUE_FIRST, PageRequest.first(50)),
                ScriptedViewer.as(ALICE));

        assertThat(result.page().items())
                .extracting(ReviewItem::item)
                .containsExactly(soon.ref(), late.ref(), undated.ref());
        assertThat(result.groups()).extracting(ReviewGroup::key).containsExactly("INC-12", "INC-13");
        assertThat(result.groups().get(0).items())
                .extracting(ReviewItem::item)
                .containsExactly(soon.ref(), undated.ref());
    }

    @Test
    void projects_the_viewer_cannot_browse_show_nothing() {
        tracker.given(anActionItem().build());

        ReviewResult result = service.query(
                new ReviewQuery(Set.of("OPS"), 0, ReviewGrouping.NONE, ReviewSort.OLDEST_FIRST, PageRequest.first(50)),
                ScriptedViewer.as(ALICE).cannotBrowseProject("OPS"));

        assertThat(result.page().items()).isEmpty();
        assertThat(result.totals().open()).isZero();
    }

    @Test
    void anonymous_callers_must_log_in() {
        assertThatThrownBy(() -> service.query(ReviewQuery.defaults(), ScriptedViewer.anonymous()))
                .isInstanceOf(io.debrief.core.common.NotAuthenticatedException.class);
    }

    @Test
    void history_lists_decisions_oldest_first_and_hides_items_the_viewer_may_not_browse() {
        TrackedIssue item = anActionItem().createdAt(daysAgo(30)).build();
        tracker.given(item);
        service.decide(item.key(), Decision.prioritise(), 0, ScriptedViewer.as(ALICE));
        service.decide(item.key(), Decision.keep(), 1, ScriptedViewer.as(ALICE));

        assertThat(service.history(item.key(), ScriptedViewer.as(BOB)))
                .extracting(DecisionRecord::decision)
                .containsExactly(Decision.prioritise(), Decision.keep());
        assertThatThrownBy(
                        () -> service.history(item.key(), ScriptedViewer.as(BOB).cannotBrowse(item.ref())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.history(item.key(), ScriptedViewer.anonymous()))
                .isInstanceOf(io.debrief.core.common.NotAuthenticatedException.class);
    }
}
