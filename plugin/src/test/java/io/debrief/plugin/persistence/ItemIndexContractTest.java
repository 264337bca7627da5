package io.debrief.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.debrief.core.checkpoint.CheckpointLog;
import io.debrief.core.checkpoint.ItemOutcome;
import io.debrief.core.common.IssueRef;
import io.debrief.core.review.IndexedItem;
import io.debrief.core.review.ItemIndex;
import io.debrief.core.review.ReviewSort;
import io.debrief.core.testkit.InMemoryCheckpointLog;
import io.debrief.core.testkit.InMemoryItemIndex;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ItemIndex} answers: the Active Objects one (H2, PostgreSQL) pages, orders and counts exactly as
 * the in-memory one, which {@code IndexedReviewTest} holds to the review read from every item.
 */
class ItemIndexContractTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-20");
    private static final Instant MONTH_START = Instant.parse("2026-03-01T00:00:00Z");
    private static final String[] PROJECTS = {"OPS", "PAY", "WEB", "INC"};
    private static final IssueRef INCIDENT = new IssueRef(900, "INC-900", "INC");

    abstract static class Contract {

        ItemIndex index;
        CheckpointLog checkpoints;
        final InMemoryItemIndex reference = new InMemoryItemIndex();

        /** A fresh index and, over the same store, the checkpoint log whose re-plans it counts. */
        abstract ItemIndex newIndex();

        /** The index as another node of the cluster sees the same store (the in-memory one has no other node). */
        ItemIndex otherNode() {
            return index;
        }

        @BeforeEach
        void freshIndex() {
            index = newIndex();
        }

        @Test
        void pagesOrdersAndCountsAsTheReferenceDoesForEverySortAgeAndProjectSet() {
            // given
            Random random = new Random(11);
            for (int i = 0; i < 150; i++) {
                IndexedItem row = randomRow(i, random);
                index.put(row);
                reference.put(row);
            }

            // when / then
            // null: every project, no condition
            for (Set<String> projects :
                    java.util.Arrays.asList(Set.of("OPS"), Set.of("OPS", "PAY", "WEB"), Set.<String>of(), null)) {
                assertThat(index.counts(projects, TODAY, MONTH_START))
                        .as("counts %s", projects)
                        .isEqualTo(reference.counts(projects, TODAY, MONTH_START));
                assertThat(index.securedOpen(projects)).isEqualTo(reference.securedOpen(projects));
                for (LocalDate createdBy : new LocalDate[] {null, TODAY.minusDays(30)}) {
                    assertThat(index.allOpen(projects, createdBy))
                            .containsExactlyInAnyOrderElementsOf(reference.allOpen(projects, createdBy));
                    for (ReviewSort sort : List.of(
                            ReviewSort.OLDEST_FIRST,
                            ReviewSort.NEWEST_FIRST,
                            ReviewSort.DUE_FIRST,
                            ReviewSort.BY_KEY)) {
                        for (int start : new int[] {0, 20, 45, 70, 95, 140}) {
                            assertThat(index.open(projects, createdBy, sort, start, 20))
                                    .as("%s %s from %d by %s", projects, sort, start, createdBy)
                                    .isEqualTo(reference.open(projects, createdBy, sort, start, 20));
                        }
                    }
                }
            }
            // the secured items a viewer may see, paged and counted with the rest: every other secured one
            for (Set<String> projects : java.util.Arrays.asList(Set.of("OPS", "PAY", "WEB"), null)) {
                List<IndexedItem> secured = index.secured(projects, MONTH_START, 1000);
                assertThat(secured).isEqualTo(reference.secured(projects, MONTH_START, 1000));
                assertThat(secured).isNotEmpty().allMatch(IndexedItem::secured);
                Set<Long> visible = new java.util.HashSet<>();
                for (int i = 0; i < secured.size(); i += 2) {
                    visible.add(secured.get(i).item().id());
                }
                assertThat(index.counts(projects, TODAY, MONTH_START, visible))
                        .as("counts with secured, %s", projects)
                        .isEqualTo(reference.counts(projects, TODAY, MONTH_START, visible));
                for (LocalDate createdBy : new LocalDate[] {null, TODAY.minusDays(30)}) {
                    for (ReviewSort sort : ReviewSort.values()) {
                        for (int start : new int[] {0, 20, 45, 70, 95, 140}) {
                            assertThat(index.open(projects, createdBy, sort, start, 20, visible))
                                    .as("with secured: %s %s from %d by %s", projects, sort, start, createdBy)
                                    .isEqualTo(reference.open(projects, createdBy, sort, start, 20, visible));
                        }
                    }
                }
            }
            assertThat(index.ofIncidents(List.of(INCIDENT.id(), 12345L)))
                    .containsExactlyInAnyOrderElementsOf(reference.ofIncidents(List.of(INCIDENT.id(), 12345L)))
                    .isNotEmpty();
            assertThat(index.projects()).isEqualTo(reference.projects());
            assertThat(index.itemIds()).isEqualTo(reference.itemIds());
        }

        @Test
        void totals_follow_every_write_read_in_between_and_on_another_node() {
            // given
            Random random = new Random(23);
            ItemIndex other = otherNode();
            for (int i = 0; i < 60; i++) {
                IndexedItem row = randomRow(i, random);
                index.put(row);
                reference.put(row);
            }
            Instant lastMonth = MONTH_START.minusSeconds(29L * 86_400);

            for (int step = 0; step < 40; step++) {
                // when: a write on one node (new item, moved or resolved item, forgotten item)
                ItemIndex writer = step % 2 == 0 ? index : other;
                int which = random.nextInt(80);
                if (step % 7 == 3) {
                    writer.remove(1000 + which);
                    reference.remove(1000 + which);
                } else {
                    IndexedItem row = randomRow(which, random);
                    writer.put(row);
                    reference.put(row);
                }

                // then: both nodes count it at once, for any project set, day and month
                for (ItemIndex reader : List.of(index, other)) {
                    for (Set<String> projects : java.util.Arrays.asList(Set.of("OPS"), Set.of("PAY", "WEB"), null)) {
                        Instant since = step % 3 == 0 ? lastMonth : MONTH_START;
                        assertThat(reader.counts(projects, TODAY, since))
                                .as("step %d, %s", step, projects)
                                .isEqualTo(reference.counts(projects, TODAY, since));
                        assertThat(reader.open(projects, TODAY.minusDays(20), ReviewSort.OLDEST_FIRST, 0, 5)
                                        .total())
                                .isEqualTo(reference
                                        .open(projects, TODAY.minusDays(20), ReviewSort.OLDEST_FIRST, 0, 5)
                                        .total());
                    }
                }
            }
        }

        @Test
        void aSecondPutReplacesTheRowOfTheSameIssueAndRemoveForgetsIt() {
            // given
            IssueRef item = new IssueRef(41, "OPS-41", "OPS");
            index.put(new IndexedItem(item, INCIDENT, true, TODAY.minusDays(3), null, null, false, false));

            // when: moved to PAY, resolved in time
            IssueRef moved = new IssueRef(41, "PAY-7", "PAY");
            IndexedItem after = new IndexedItem(
                    moved, null, false, TODAY.minusDays(3), TODAY, MONTH_START.plusSeconds(5), true, false);
            index.put(after);

            // then
            assertThat(index.itemIds()).containsExactly(41L);
            assertThat(index.rows(List.of(item))).containsExactly(after);
            assertThat(index.projects()).containsExactly("PAY");
            assertThat(index.counts(Set.of("PAY"), TODAY, MONTH_START).closedInTime())
                    .isEqualTo(1);

            index.remove(41);
            index.remove(41);
            assertThat(index.itemIds()).isEmpty();
        }
    }

    abstract static class DeferralContract extends Contract {

        @Test
        void mostDeferredFollowsTheCheckpointLogAsCheckpointsCloseAndReopen() {
            // given: four open items; B re-planned at two checkpoints, C at one; A and D never
            IndexedItem a = openItem(11, "PAY");
            IndexedItem b = openItem(12, "WEB");
            IndexedItem c = openItem(13, "OPS");
            IndexedItem d = openItem(14, "OPS");
            index.put(a);
            index.put(b);
            replan(1, b.item(), c.item());
            replan(2, b.item());
            // D is indexed after its re-plan (a first fill, or a put by the listener later): it counts too
            replan(3, d.item());
            index.put(d);
            index.put(c);

            // then
            assertThat(keys(index.open(null, null, ReviewSort.MOST_DEFERRED, 0, 10)))
                    .containsExactly("WEB-12", "OPS-13", "OPS-14", "PAY-11");
            assertThat(keys(index.open(Set.of("OPS", "PAY"), null, ReviewSort.MOST_DEFERRED, 1, 2)))
                    .containsExactly("OPS-14", "PAY-11");
            assertThat(index.open(null, null, ReviewSort.MOST_DEFERRED, 0, 1).total())
                    .isEqualTo(4);

            // when: checkpoint 2 is reopened (its outcomes withdrawn) and B is written again by an issue event
            checkpoints.reopen(INCIDENT, 2);
            index.put(b);

            // then: B and C tie at one re-plan, in project key order
            assertThat(keys(index.open(null, null, ReviewSort.MOST_DEFERRED, 0, 10)))
                    .containsExactly("OPS-13", "OPS-14", "WEB-12", "PAY-11");
        }

        @Test
        void most_deferred_deep_pages_equal_the_offset_answer_across_writes_and_deferral_changes_on_another_node() {
            // given: items of four projects, some re-planned at one or more of three closed checkpoints
            Random random = new Random(37);
            ItemIndex other = otherNode();
            for (int i = 0; i < 70; i++) {
                index.put(randomRow(i, random));
            }
            int checkpoint = 0;
            while (checkpoint < 3) {
                replan(++checkpoint, randomItems(random));
            }

            for (int step = 0; step < 12; step++) {
                // when: a read on one node, then a write on the other: a re-plan at a new checkpoint, a reopened
                // checkpoint (its re-plans withdrawn) or an item written again
                ItemIndex reader = step % 2 == 0 ? index : other;
                ItemIndex writer = step % 2 == 0 ? other : index;
                assertDeepPagesAsFromTheFirstRow(reader, step);
                if (step % 3 == 0) {
                    replan(++checkpoint, randomItems(random));
                } else if (step % 3 == 1) {
                    checkpoints.reopen(INCIDENT, 1 + random.nextInt(checkpoint));
                } else {
                    writer.put(randomRow(random.nextInt(80), random));
                }

                // then: the other node's deep pages hold the rows the first page's order has there
                assertDeepPagesAsFromTheFirstRow(writer, step);
            }
        }

        /**
         * Every page equals the slice of the open rows ordered as "most deferred" says (re-plans from the checkpoint
         * log, most first; then project key; then issue id), worked out here from the unordered rows.
         */
        private void assertDeepPagesAsFromTheFirstRow(ItemIndex reader, int step) {
            for (Set<String> projects : java.util.Arrays.asList(null, Set.of("OPS", "PAY"), Set.of("WEB"))) {
                List<IndexedItem> open = reader.allOpen(projects, null).stream()
                        .filter(row -> !row.secured())
                        .toList();
                Map<IssueRef, Integer> replans = checkpoints.timesReplanned(
                        open.stream().map(IndexedItem::item).toList());
                List<IndexedItem> all = open.stream()
                        .sorted(java.util.Comparator.<IndexedItem>comparingInt(
                                        row -> -replans.getOrDefault(row.item(), 0))
                                .thenComparing(row -> row.item().projectKey())
                                .thenComparingLong(row -> row.item().id()))
                        .toList();
                for (int start : new int[] {0, 3, 7, 12, 19, 26, 33, 41, 52}) {
                    List<IndexedItem> expected =
                            start >= all.size() ? List.of() : all.subList(start, Math.min(all.size(), start + 6));
                    assertThat(reader.open(projects, null, ReviewSort.MOST_DEFERRED, start, 6))
                            .as("step %d, %s from %d", step, projects, start)
                            .isEqualTo(new ItemIndex.Slice(expected, all.size()));
                }
            }
        }

        private static IssueRef[] randomItems(Random random) {
            Map<Integer, IssueRef> items = new java.util.TreeMap<>();
            for (int i = 0; i < 12; i++) {
                int id = 1000 + random.nextInt(70);
                String project = PROJECTS[random.nextInt(PROJECTS.length)];
                items.putIfAbsent(id, new IssueRef(id, project + "-" + id, project));
            }
            return items.values().toArray(IssueRef[]::new);
        }

        private void replan(int number, IssueRef... items) {
            Instant at = MONTH_START.plusSeconds(number);
            checkpoints.claim(INCIDENT, number, at, at);
            checkpoints.markOpened(INCIDENT, number, new IssueRef(950 + number, "INC-" + (950 + number), "INC"));
            Map<IssueRef, ItemOutcome> outcomes = new java.util.LinkedHashMap<>();
            for (IssueRef item : items) {
                outcomes.put(item, new ItemOutcome.Replanned(TODAY.plusDays(number)));
            }
            assertThat(checkpoints.recordOutcomes(INCIDENT, number, outcomes)).isTrue();
        }

        private static IndexedItem openItem(long id, String project) {
            return new IndexedItem(
                    new IssueRef(id, project + "-" + id, project),
                    INCIDENT,
                    true,
                    TODAY.minusDays(5),
                    null,
                    null,
                    false,
                    false);
        }

        private static List<String> keys(ItemIndex.Slice slice) {
            return slice.items().stream().map(row -> row.item().key()).toList();
        }
    }

    private static IndexedItem randomRow(int i, Random random) {
        String project = PROJECTS[random.nextInt(PROJECTS.length)];
        boolean open = random.nextInt(5) != 0;
        LocalDate due = random.nextInt(3) == 0 ? null : TODAY.plusDays(random.nextInt(60) - 30);
        Instant resolved = open ? null : MONTH_START.plusSeconds(random.nextInt(60 * 86_400) - 30L * 86_400);
        return new IndexedItem(
                new IssueRef(1000 + i, project + "-" + (1000 + i), project),
                random.nextBoolean() ? INCIDENT : null,
                open,
                TODAY.minusDays(random.nextInt(90)),
                due,
                resolved,
                !open && random.nextBoolean(),
                random.nextInt(10) == 0);
    }

    @Nested
    class InMemory extends DeferralContract {
        @Override
        ItemIndex newIndex() {
            checkpoints = new InMemoryCheckpointLog();
            return new InMemoryItemIndex(checkpoints);
        }
    }

    @Nested
    class OnH2 extends DeferralContract {
        ActiveObjects ao;

        @Override
        ItemIndex newIndex() {
            ao = AoTestDatabase.H2.clean();
            checkpoints = new AoCheckpointLog(ao);
            return new AoItemIndex(ao);
        }

        @Override
        ItemIndex otherNode() {
            return new AoItemIndex(ao);
        }
    }

    @Nested
    class OnPostgres extends DeferralContract {
        ActiveObjects ao;

        @Override
        ItemIndex newIndex() {
            ao = AoTestDatabase.POSTGRES.clean();
            checkpoints = new AoCheckpointLog(ao);
            return new AoItemIndex(ao);
        }

        @Override
        ItemIndex otherNode() {
            return new AoItemIndex(ao);
        }
    }
}
