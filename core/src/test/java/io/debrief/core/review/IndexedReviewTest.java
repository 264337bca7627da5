package io.debrief.core.review;

import static io.debrief.core.testkit.TrackedIssueBuilder.anActionItem;
import static io.debrief.core.testkit.TrackedIssueBuilder.anOrdinaryIssue;
import static io.debrief.core.testkit.TrackerFixtures.ALICE;
import static io.debrief.core.testkit.TrackerFixtures.INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.checkpoint.ItemOutcome;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.PageRequest;
import io.debrief.core.testkit.InMemoryCheckpointLog;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemoryItemIndex;
import io.debrief.core.testkit.InMemoryReviewDecisionLog;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.ScriptedViewer;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.tracker.Audience;
import io.debrief.core.tracker.ItemSearch;
import io.debrief.core.tracker.StatusCategory;
import io.debrief.core.tracker.TrackedIssue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The review served from the item index: the same answer as reading every item from the tracker, for at most one
 * tracker search and at most a page of issues; and the reconcile that puts the index right after changes no event
 * reported.
 */
class IndexedReviewTest {

    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    private static final String[] PROJECTS = {"OPS", "PAY", "WEB", "INC"};

    private final TestClock clock = TestClock.at(NOW.toString());
    private final InMemoryIssueTracker tracker = new InMemoryIssueTracker(clock);
    private final InMemoryCheckpointLog checkpoints = new InMemoryCheckpointLog();
    private final InMemoryReviewDecisionLog decisions = new InMemoryReviewDecisionLog();
    private final InMemorySettings settings = new InMemorySettings();
    private final InMemoryItemIndex index = new InMemoryItemIndex(checkpoints);
    private final ItemIndexing indexing = new ItemIndexing(index, settings, clock);
    private final MonthlyReviewService reading =
            new MonthlyReviewService(tracker, checkpoints, decisions, settings, clock);
    private final MonthlyReviewService indexed =
            new MonthlyReviewService(tracker, checkpoints, decisions, settings, clock, index);

    @Test
    void answers_every_sort_grouping_age_and_page_as_reading_every_item_does() {
        List<TrackedIssue> world = givenRandomItems(300, new Random(17));
        world.forEach(issue -> indexing.changed(issue, false));
        List<ScriptedViewer> viewers = List.of(
                ScriptedViewer.as(ALICE),
                ScriptedViewer.as(ALICE).cannotBrowseProject("PAY").cannotBrowseProject("INC"));

        for (ScriptedViewer viewer : viewers) {
            for (ReviewSort sort : ReviewSort.values()) {
                for (ReviewGrouping grouping : ReviewGrouping.values()) {
                    for (int minAge : new int[] {0, 40}) {
                        for (PageRequest page :
                                List.of(PageRequest.first(50), new PageRequest(50, 50), new PageRequest(280, 50))) {
                            for (Set<String> projects : List.of(Set.<String>of(), Set.of("OPS", "PAY"))) {
                                ReviewQuery query = new ReviewQuery(projects, minAge, grouping, sort, page);

                                assertThat(indexed.query(query, viewer))
                                        .as("%s %s age %d %s %s", sort, grouping, minAge, page, projects)
                                        .isEqualTo(reading.query(query, viewer));
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void with_items_under_security_levels_it_answers_as_reading_every_item_does_for_each_viewer() {
        // given: one item in six under an issue security level; a viewer who may see only some of them
        List<TrackedIssue> world = givenRandomItems(300, new Random(29));
        List<TrackedIssue> secured = new ArrayList<>();
        for (int i = 0; i < world.size(); i++) {
            boolean isSecured = i % 6 == 0;
            indexing.changed(world.get(i), isSecured);
            if (isSecured) {
                secured.add(world.get(i));
            }
        }
        ScriptedViewer seesHalf = ScriptedViewer.as(ALICE);
        for (int i = 0; i < secured.size(); i += 2) {
            seesHalf = seesHalf.cannotBrowse(secured.get(i).ref());
        }
        List<ScriptedViewer> viewers = List.of(ScriptedViewer.as(ALICE), seesHalf, seesHalf.cannotBrowseProject("PAY"));

        for (ScriptedViewer viewer : viewers) {
            for (ReviewSort sort : ReviewSort.values()) {
                for (int minAge : new int[] {0, 40}) {
                    for (PageRequest page :
                            List.of(PageRequest.first(50), new PageRequest(50, 50), new PageRequest(230, 50))) {
                        for (Set<String> projects : List.of(Set.<String>of(), Set.of("OPS", "PAY"))) {
                            ReviewQuery query = new ReviewQuery(projects, minAge, ReviewGrouping.NONE, sort, page);

                            // then
                            assertThat(indexed.query(query, viewer))
                                    .as("%s age %d %s %s", sort, minAge, page, projects)
                                    .isEqualTo(reading.query(query, viewer));
                        }
                    }
                }
            }
        }
    }

    @Test
    void with_items_under_security_levels_a_page_costs_two_searches_and_no_lookup_per_item() {
        // given: 500 items, one in ten secured
        List<TrackedIssue> world = givenRandomItems(500, new Random(5));
        int securedOpen = 0;
        for (int i = 0; i < world.size(); i++) {
            indexing.changed(world.get(i), i % 10 == 0);
            securedOpen += i % 10 == 0 ? 1 : 0;
        }

        // when / then: one search for the secured ones (at most all of them), one for the page
        assertEverySortsFirstPageCostsAtMost(2, 20 + securedOpen);
    }

    /** The first page of 20, in every sort, as alice: at most these searches and issues, no per-issue lookup. */
    private void assertEverySortsFirstPageCostsAtMost(int searches, int issues) {
        for (ReviewSort sort : ReviewSort.values()) {
            tracker.resetCounts();
            indexed.query(
                    new ReviewQuery(Set.of(), 0, ReviewGrouping.INCIDENT, sort, PageRequest.first(20)),
                    ScriptedViewer.as(ALICE));

            assertThat(tracker.searches()).as("searches, %s", sort).isLessThanOrEqualTo(searches);
            assertThat(tracker.materialised()).as("issues read, %s", sort).isLessThanOrEqualTo(issues);
            assertThat(tracker.lookups()).as("per-issue lookups, %s", sort).isZero();
        }
    }

    @Test
    void with_a_filter_it_answers_as_reading_every_item_does_taking_the_pages_incidents_from_the_index() {
        // given: a filter only the tracker reads; incidents a viewer may not browse; one item the index misses
        List<TrackedIssue> world = givenRandomItems(300, new Random(41));
        tracker.understands("component = team-1", issue -> issue.components().contains("team-1"));
        world.stream().skip(1).forEach(issue -> indexing.changed(issue, false));
        ScriptedViewer hidesAnIncident =
                ScriptedViewer.as(ALICE).cannotBrowse(world.get(3).incident());

        for (ScriptedViewer viewer : List.of(ScriptedViewer.as(ALICE), hidesAnIncident)) {
            for (ReviewSort sort : ReviewSort.values()) {
                for (ReviewGrouping grouping : ReviewGrouping.values()) {
                    for (PageRequest page : List.of(PageRequest.first(50), new PageRequest(40, 50))) {
                        ReviewQuery query =
                                new ReviewQuery(Set.of(), 0, grouping, sort, page).withFilter("component = team-1");
                        tracker.resetCounts();

                        // when
                        ReviewResult answer = indexed.query(query, viewer);
                        int lookups = tracker.lookups();

                        // then
                        assertThat(answer).as("%s %s %s", sort, grouping, page).isEqualTo(reading.query(query, viewer));
                        assertThat(lookups)
                                .as("per-issue lookups, %s %s: at most the item the index misses", sort, page)
                                .isLessThanOrEqualTo(1);
                    }
                }
            }
        }
    }

    @Test
    void a_review_page_makes_one_search_of_at_most_a_page_and_no_lookup_per_item() {
        givenRandomItems(500, new Random(3)).forEach(issue -> indexing.changed(issue, false));

        assertEverySortsFirstPageCostsAtMost(2, 20);
    }

    @Test
    void an_item_under_a_security_level_is_never_counted_for_someone_who_may_not_see_it() {
        TrackedIssue open = anActionItem()
                .of(INCIDENT)
                .createdAt(NOW.minus(Duration.ofDays(3)))
                .build();
        TrackedIssue secret = anActionItem()
                .of(INCIDENT)
                .createdAt(NOW.minus(Duration.ofDays(3)))
                .build();
        tracker.given(open, secret);
        indexing.changed(open, false);
        indexing.changed(secret, true);

        ReviewResult result =
                indexed.query(ReviewQuery.defaults(), ScriptedViewer.as(ALICE).cannotBrowse(secret.ref()));

        assertThat(result.page().items()).extracting(ReviewItem::item).containsExactly(open.ref());
        assertThat(result.page().total()).isEqualTo(1);
        assertThat(result.totals().open()).isEqualTo(1);
    }

    @Test
    void an_item_deleted_behind_the_index_is_left_off_the_page_until_the_reconcile_forgets_it() {
        TrackedIssue kept =
                anActionItem().createdAt(NOW.minus(Duration.ofDays(9))).build();
        TrackedIssue gone =
                anActionItem().createdAt(NOW.minus(Duration.ofDays(8))).build();
        tracker.given(kept, gone);
        indexing.changed(kept, false);
        indexing.changed(gone, false);
        tracker.deleted(gone.ref());

        assertThat(indexed.query(ReviewQuery.defaults(), ScriptedViewer.as(ALICE))
                        .page()
                        .items())
                .extracting(ReviewItem::item)
                .containsExactly(kept.ref());

        int forgotten = indexing.reconcile(everyItem());

        assertThat(forgotten).isEqualTo(1);
        assertThat(index.itemIds()).containsExactly(kept.ref().id());
        assertThat(indexed.query(ReviewQuery.defaults(), ScriptedViewer.as(ALICE))
                        .totals()
                        .open())
                .isEqualTo(1);
    }

    @Test
    void a_label_removed_by_a_bulk_edit_that_sent_no_event_is_forgotten_by_the_reconcile() {
        TrackedIssue item = anActionItem().build();
        tracker.given(item);
        indexing.changed(item, false);
        TrackedIssue unlabelled = new TrackedIssue(
                item.ref(),
                item.status(),
                item.summary(),
                item.assignee(),
                item.due(),
                item.created(),
                item.resolved(),
                item.priority(),
                Set.of(),
                item.components(),
                item.incident(),
                item.category());
        tracker.given(unlabelled);

        indexing.reconcile(everyItem());

        assertThat(index.itemIds()).isEmpty();
    }

    @Test
    void an_item_moved_to_another_project_is_kept_under_its_new_key_by_the_reconcile() {
        TrackedIssue item = anActionItem().inProject("OPS").build();
        tracker.given(item);
        indexing.changed(item, false);
        TrackedIssue moved = tracker.moved(item, "PAY");

        indexing.reconcile(everyItem());

        assertThat(index.row(item.ref().id())).hasValueSatisfying(row -> {
            assertThat(row.item()).isEqualTo(moved.ref());
            assertThat(row.item().projectKey()).isEqualTo("PAY");
        });
        assertThat(indexed.query(
                                ReviewQuery.defaults(), ScriptedViewer.as(ALICE).cannotBrowseProject("PAY"))
                        .totals()
                        .open())
                .isZero();
    }

    @Test
    void a_reconcile_that_could_not_read_every_item_forgets_nothing() {
        TrackedIssue item = anActionItem().build();
        indexing.changed(item, false);

        int forgotten = indexing.reconcile(each -> false);

        assertThat(forgotten).isZero();
        assertThat(index.itemIds()).containsExactly(item.ref().id());
    }

    @Test
    void an_issue_that_loses_the_label_in_an_event_is_forgotten_at_once() {
        TrackedIssue item = anActionItem().build();
        indexing.changed(item, false);

        indexing.changed(
                new TrackedIssue(
                        item.ref(),
                        item.status(),
                        item.summary(),
                        item.assignee(),
                        item.due(),
                        item.created(),
                        item.resolved(),
                        item.priority(),
                        Set.of("other"),
                        item.components(),
                        item.incident(),
                        item.category()),
                false);

        assertThat(index.itemIds()).isEmpty();
    }

    private ItemIndexing.Feed everyItem() {
        return each -> {
            tracker.allDebriefItems(
                            new ItemSearch(settings.global().label(), Set.of(), null, null, false, null),
                            Audience.system())
                    .forEach(issue -> each.accept(new ItemIndexing.Seen(issue, false)));
            return true;
        };
    }

    /** Open and closed items across four projects and ten incidents, some overdue, some deferred or decided. */
    private List<TrackedIssue> givenRandomItems(int count, Random random) {
        List<TrackedIssue> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            IssueRef incident = new IssueRef(7000 + random.nextInt(10), "INC-" + (7000 + random.nextInt(10)), "INC");
            incident = new IssueRef(incident.id(), "INC-" + incident.id(), "INC");
            var builder = anActionItem()
                    .inProject(PROJECTS[random.nextInt(PROJECTS.length)])
                    .of(incident)
                    .createdAt(NOW.minus(Duration.ofHours(random.nextInt(24 * 120))))
                    .due(
                            random.nextInt(3) == 0
                                    ? null
                                    : LocalDate.parse("2026-03-20").plusDays(random.nextInt(60) - 30))
                    .inComponent("team-" + random.nextInt(3));
            if (random.nextInt(5) == 0) {
                builder.status(StatusCategory.DONE).resolvedAt(NOW.minus(Duration.ofHours(random.nextInt(24 * 40))));
            }
            TrackedIssue item = builder.build();
            items.add(item);
            if (random.nextInt(6) == 0) {
                checkpoints.claim(incident, 1 + i, NOW.minus(Duration.ofDays(5)), NOW.minus(Duration.ofDays(5)));
                checkpoints.markOpened(incident, 1 + i, new IssueRef(80_000 + i, "INC-" + (80_000 + i), "INC"));
                checkpoints.recordOutcomes(
                        incident, 1 + i, Map.of(item.ref(), new ItemOutcome.Replanned(LocalDate.parse("2026-05-01"))));
            }
        }
        List<TrackedIssue> issues = new ArrayList<>(items);
        for (int id = 7000; id < 7010; id++) {
            // the incidents are issues of the tracker too, in INC, carrying no debrief label
            issues.add(
                    anOrdinaryIssue().ref(new IssueRef(id, "INC-" + id, "INC")).build());
        }
        tracker.given(issues.toArray(TrackedIssue[]::new));
        return items;
    }
}
