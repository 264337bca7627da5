package io.debrief.plugin.persistence;

import static io.debrief.core.testkit.TrackerFixtures.INCIDENT;
import static io.debrief.core.testkit.TrackerFixtures.OTHER_INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.checkpoint.Checkpoint;
import io.debrief.core.checkpoint.CheckpointLog;
import io.debrief.core.checkpoint.ItemOutcome;
import io.debrief.core.common.IssueRef;
import io.debrief.core.testkit.InMemoryCheckpointLog;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import io.debrief.plugin.persistence.testkit.OnEachDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** What every {@link CheckpointLog} does, on the in-memory fake and on Active Objects (H2, PostgreSQL). */
class CheckpointLogContractTest {

    private static final Instant DUE = Instant.parse("2026-03-15T06:00:00Z");
    private static final Instant RUN = DUE.plus(Duration.ofMinutes(1));
    private static final IssueRef SUB_TASK = new IssueRef(5001, "INC-40", "INC");
    private static final IssueRef ITEM_A = new IssueRef(7001, "INC-50", "INC");
    private static final IssueRef ITEM_B = new IssueRef(7002, "INC-51", "INC");
    private static final IssueRef ITEM_C = new IssueRef(7003, "INC-52", "INC");

    abstract static class Contract {

        CheckpointLog log;

        abstract CheckpointLog newLog();

        @BeforeEach
        void freshLog() {
            log = newLog();
        }

        @Test
        void onlyTheFirstClaimOfANumberWins() {
            // when
            boolean first = log.claim(INCIDENT, 1, DUE, RUN);
            boolean again = log.claim(INCIDENT, 1, DUE, RUN.plusSeconds(5));
            boolean otherNumber = log.claim(INCIDENT, 2, DUE, RUN);
            boolean otherIncident = log.claim(OTHER_INCIDENT, 1, DUE, RUN);

            // then
            assertThat(first).isTrue();
            assertThat(again).isFalse();
            assertThat(otherNumber).isTrue();
            assertThat(otherIncident).isTrue();
            assertThat(log.history(INCIDENT))
                    .containsExactly(
                            Checkpoint.claimed(INCIDENT, 1, DUE, RUN), Checkpoint.claimed(INCIDENT, 2, DUE, RUN));
            assertThat(log.lastNumber(INCIDENT)).isEqualTo(2);
            assertThat(log.lastNumber(new IssueRef(999, "INC-999", "INC"))).isZero();
        }

        @Test
        void aCheckpointIsOpenedThenClosedWithAnOutcomePerItem() {
            // given
            log.claim(INCIDENT, 1, DUE, RUN);
            log.markOpened(INCIDENT, 1, SUB_TASK);
            Map<IssueRef, ItemOutcome> outcomes = Map.of(
                    ITEM_A,
                    new ItemOutcome.Done(),
                    ITEM_B,
                    new ItemOutcome.Replanned(LocalDate.of(2026, 4, 1)),
                    ITEM_C,
                    new ItemOutcome.Dropped("the service was retired"));

            // when
            log.recordOutcomes(INCIDENT, 1, outcomes);

            // then
            assertThat(log.history(INCIDENT))
                    .containsExactly(Checkpoint.claimed(INCIDENT, 1, DUE, RUN)
                            .opened(SUB_TASK)
                            .closed(outcomes));
        }

        @Test
        void aCheckpointIsClosedOnlyOnceAndAReopenedOneCanBeClosedAgain() {
            // given
            log.claim(INCIDENT, 1, DUE, RUN);
            log.markOpened(INCIDENT, 1, SUB_TASK);
            Map<IssueRef, ItemOutcome> first = Map.of(ITEM_A, new ItemOutcome.Replanned(LocalDate.of(2026, 4, 1)));
            Map<IssueRef, ItemOutcome> second = Map.of(ITEM_A, new ItemOutcome.Dropped("changed our mind"));

            // when / then: the first close wins, the second writes nothing
            assertThat(log.recordOutcomes(INCIDENT, 1, first)).isTrue();
            assertThat(log.recordOutcomes(INCIDENT, 1, second)).isFalse();
            assertThat(log.history(INCIDENT).get(0).outcomes()).isEqualTo(first);
            assertThat(log.timesReplanned(List.of(ITEM_A))).containsEntry(ITEM_A, 1);

            // when reopened (its tracker writes failed), it is open without outcomes and can be closed again
            log.reopen(INCIDENT, 1);
            assertThat(log.history(INCIDENT))
                    .containsExactly(Checkpoint.claimed(INCIDENT, 1, DUE, RUN).opened(SUB_TASK));
            assertThat(log.timesReplanned(List.of(ITEM_A))).containsEntry(ITEM_A, 0);
            assertThat(log.recordOutcomes(INCIDENT, 1, second)).isTrue();
            assertThat(log.history(INCIDENT).get(0).outcomes()).isEqualTo(second);
        }

        @Test
        void anUnknownOrUnopenedCheckpointIsNotClosed() {
            assertThat(log.recordOutcomes(INCIDENT, 7, Map.of())).isFalse();
            assertThat(log.history(INCIDENT)).isEmpty();
        }

        @Test
        void historiesOfManyIncidentsAreTheirHistoriesReadAtOnce() {
            // given: one incident with a closed and an open checkpoint, one with a claim, one with none
            IssueRef other = new IssueRef(2002, "INC-2", "INC");
            IssueRef none = new IssueRef(2003, "INC-3", "INC");
            log.claim(INCIDENT, 1, DUE, RUN);
            log.markOpened(INCIDENT, 1, SUB_TASK);
            log.recordOutcomes(
                    INCIDENT,
                    1,
                    Map.of(
                            ITEM_A,
                            new ItemOutcome.Done(),
                            ITEM_B,
                            new ItemOutcome.Replanned(LocalDate.of(2026, 4, 1))));
            log.claim(INCIDENT, 2, DUE.plus(Duration.ofDays(14)), RUN);
            log.claim(other, 1, DUE, RUN);

            // when
            Map<IssueRef, List<Checkpoint>> histories = log.histories(List.of(INCIDENT, other, none));

            // then
            assertThat(histories).containsOnlyKeys(INCIDENT, other, none);
            assertThat(histories.get(INCIDENT)).isEqualTo(log.history(INCIDENT)).hasSize(2);
            assertThat(histories.get(other)).isEqualTo(log.history(other)).hasSize(1);
            assertThat(histories.get(none)).isEmpty();
        }

        @Test
        void timesReplannedCountsTheCheckpointsThatReplannedEachItem() {
            // given: ITEM_B re-planned at two checkpoints, ITEM_A at one then done, ITEM_C never re-planned
            log.claim(INCIDENT, 1, DUE, RUN);
            log.markOpened(INCIDENT, 1, SUB_TASK);
            log.recordOutcomes(
                    INCIDENT,
                    1,
                    Map.of(
                            ITEM_A,
                            new ItemOutcome.Replanned(LocalDate.of(2026, 4, 1)),
                            ITEM_B,
                            new ItemOutcome.Replanned(LocalDate.of(2026, 4, 1)),
                            ITEM_C,
                            new ItemOutcome.Dropped("the service was retired")));
            log.claim(INCIDENT, 2, DUE.plus(Duration.ofDays(14)), RUN);
            log.markOpened(INCIDENT, 2, new IssueRef(5002, "INC-91", "INC"));
            log.recordOutcomes(
                    INCIDENT,
                    2,
                    Map.of(
                            ITEM_A,
                            new ItemOutcome.Done(),
                            ITEM_B,
                            new ItemOutcome.Replanned(LocalDate.of(2026, 5, 1))));
            IssueRef unknown = new IssueRef(3999, "OPS-99", "OPS");

            // when
            Map<IssueRef, Integer> counts = log.timesReplanned(List.of(ITEM_A, ITEM_B, ITEM_C, unknown));

            // then
            assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(ITEM_A, 1, ITEM_B, 2, ITEM_C, 0, unknown, 0));
        }

        @Test
        void aQuietNumberIsTakenOnceCountsAsTheLastAndIsNoUnfinishedClaim() {
            // given
            log.claim(INCIDENT, 1, DUE, RUN);
            log.markOpened(INCIDENT, 1, SUB_TASK);

            // when: number 2 comes due with nothing open, recorded by two nodes, then claimed by a third
            boolean first = log.recordQuiet(INCIDENT, 2, DUE.plus(Duration.ofDays(14)), RUN);
            boolean second = log.recordQuiet(INCIDENT, 2, DUE.plus(Duration.ofDays(14)), RUN);
            boolean claimed = log.claim(INCIDENT, 2, DUE.plus(Duration.ofDays(14)), RUN);

            // then
            assertThat(List.of(first, second, claimed)).containsExactly(true, false, false);
            assertThat(log.lastNumber(INCIDENT)).isEqualTo(2);
            assertThat(log.history(INCIDENT))
                    .extracting(Checkpoint::state)
                    .containsExactly(Checkpoint.State.OPENED, Checkpoint.State.QUIET);
            assertThat(log.unfinishedClaims(RUN.plus(Duration.ofDays(365)), 10)).isEmpty();
        }

        @Test
        void unfinishedClaimsAreTheUnopenedOnesClaimedBeforeTheCutOffOldestFirst() {
            // given
            log.claim(INCIDENT, 2, DUE, RUN.plusSeconds(20));
            log.claim(INCIDENT, 1, DUE, RUN);
            log.claim(OTHER_INCIDENT, 1, DUE, RUN.plusSeconds(10));
            log.claim(OTHER_INCIDENT, 2, DUE, RUN.plusSeconds(5));
            log.markOpened(OTHER_INCIDENT, 2, SUB_TASK);
            log.claim(OTHER_INCIDENT, 3, DUE, RUN.plusSeconds(100));

            // when / then
            assertThat(log.unfinishedClaims(RUN.plusSeconds(50), 10))
                    .extracting(Checkpoint::incident, Checkpoint::number)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(INCIDENT, 1),
                            org.assertj.core.groups.Tuple.tuple(OTHER_INCIDENT, 1),
                            org.assertj.core.groups.Tuple.tuple(INCIDENT, 2));
            assertThat(log.unfinishedClaims(RUN.plusSeconds(50), 1)).hasSize(1);
        }

        @Test
        void aReclaimIsACompareAndSetOnTheClaimTime() {
            // given
            log.claim(INCIDENT, 1, DUE, RUN);
            Instant later = RUN.plus(Duration.ofHours(1));

            // when
            boolean first = log.reclaim(INCIDENT, 1, RUN, later);
            boolean secondWithTheSameView = log.reclaim(INCIDENT, 1, RUN, later.plusSeconds(1));

            // then
            assertThat(first).isTrue();
            assertThat(secondWithTheSameView).isFalse();
            assertThat(log.history(INCIDENT)).extracting(Checkpoint::claimedAt).containsExactly(later);
            assertThat(log.reclaim(INCIDENT, 1, later, later.plusSeconds(60))).isTrue();
        }

        @Test
        void anOpenedOrUnknownCheckpointCannotBeReclaimed() {
            log.claim(INCIDENT, 1, DUE, RUN);
            log.markOpened(INCIDENT, 1, SUB_TASK);

            assertThat(log.reclaim(INCIDENT, 1, RUN, RUN.plusSeconds(60))).isFalse();
            assertThat(log.reclaim(INCIDENT, 2, RUN, RUN.plusSeconds(60))).isFalse();
        }
    }

    @Nested
    class InMemory extends Contract {
        @Override
        CheckpointLog newLog() {
            return new InMemoryCheckpointLog();
        }
    }

    @Nested
    @OnEachDatabase
    class OnActiveObjects extends Contract {
        @Parameter
        AoTestDatabase database;

        @Override
        CheckpointLog newLog() {
            return new AoCheckpointLog(database.clean());
        }
    }
}
