package io.debrief.plugin.persistence;

import static io.debrief.core.testkit.TrackerFixtures.ALICE;
import static io.debrief.core.testkit.TrackerFixtures.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.common.IssueRef;
import io.debrief.core.review.Decision;
import io.debrief.core.review.DecisionRecord;
import io.debrief.core.review.ReviewDecisionLog;
import io.debrief.core.testkit.InMemoryReviewDecisionLog;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import io.debrief.plugin.persistence.testkit.OnEachDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** What every {@link ReviewDecisionLog} does, on the in-memory fake and on Active Objects (H2, PostgreSQL). */
class ReviewDecisionLogContractTest {

    private static final IssueRef ITEM = new IssueRef(7001, "OPS-50", "OPS");
    private static final IssueRef OTHER_ITEM = new IssueRef(7002, "OPS-51", "OPS");
    private static final IssueRef UNDECIDED = new IssueRef(7003, "OPS-52", "OPS");
    private static final Instant MAY = Instant.parse("2026-05-04T10:00:00Z");

    abstract static class Contract {

        ReviewDecisionLog log;

        abstract ReviewDecisionLog newLog();

        @BeforeEach
        void freshLog() {
            log = newLog();
        }

        @Test
        void decisionsAppendInVersionOrderAndTheHistoryKeepsThemAll() {
            // given
            DecisionRecord keep = new DecisionRecord(ITEM, new Decision.Keep(), ALICE, MAY, 1);
            DecisionRecord prioritise =
                    new DecisionRecord(ITEM, new Decision.Prioritise(), BOB, MAY.plusSeconds(60), 2);
            DecisionRecord close = new DecisionRecord(
                    ITEM, new Decision.CloseIrrelevant("service retired"), ALICE, MAY.plusSeconds(120), 3);

            // when
            List<Boolean> appended = List.of(log.append(keep), log.append(prioritise), log.append(close));

            // then
            assertThat(appended).containsOnly(true);
            assertThat(log.history(ITEM)).containsExactly(keep, prioritise, close);
            assertThat(log.currentVersion(ITEM)).isEqualTo(3);
            assertThat(log.currentVersion(UNDECIDED)).isZero();
        }

        @Test
        void aVersionTakenAlreadyOrAGapIsRefused() {
            // given
            log.append(new DecisionRecord(ITEM, new Decision.Keep(), ALICE, MAY, 1));

            // when
            boolean sameVersion = log.append(new DecisionRecord(ITEM, new Decision.Prioritise(), BOB, MAY, 1));
            boolean gap = log.append(new DecisionRecord(ITEM, new Decision.Prioritise(), BOB, MAY, 3));

            // then
            assertThat(sameVersion).isFalse();
            assertThat(gap).isFalse();
            assertThat(log.history(ITEM)).extracting(DecisionRecord::decision).containsExactly(new Decision.Keep());
        }

        @Test
        void onlyTheLatestDecisionCanBeWithdrawnAndItsVersionIsFreeAgain() {
            // given
            DecisionRecord keep = new DecisionRecord(ITEM, new Decision.Keep(), ALICE, MAY, 1);
            DecisionRecord close = new DecisionRecord(ITEM, new Decision.CloseIrrelevant("duplicate"), BOB, MAY, 2);
            log.append(keep);
            log.append(close);

            // when: the first is no longer the latest, the second is
            log.withdraw(keep);
            log.withdraw(close);

            // then
            assertThat(log.history(ITEM)).containsExactly(keep);
            assertThat(log.currentVersion(ITEM)).isEqualTo(1);
            assertThat(log.append(new DecisionRecord(ITEM, new Decision.Prioritise(), BOB, MAY, 2)))
                    .isTrue();
        }

        @Test
        void latestGivesEachDecidedItemItsNewestDecisionInOneRead() {
            // given
            log.append(new DecisionRecord(ITEM, new Decision.Keep(), ALICE, MAY, 1));
            log.append(new DecisionRecord(ITEM, new Decision.Prioritise(), BOB, MAY.plusSeconds(1), 2));
            log.append(new DecisionRecord(OTHER_ITEM, new Decision.CloseIrrelevant("duplicate"), BOB, MAY, 1));

            // when
            var latest = log.latest(List.of(ITEM, OTHER_ITEM, UNDECIDED));

            // then
            assertThat(latest).containsOnlyKeys(ITEM, OTHER_ITEM);
            assertThat(latest.get(ITEM).decision()).isEqualTo(new Decision.Prioritise());
            assertThat(latest.get(OTHER_ITEM).decision()).isEqualTo(new Decision.CloseIrrelevant("duplicate"));
        }
    }

    @Nested
    class InMemory extends Contract {
        @Override
        ReviewDecisionLog newLog() {
            return new InMemoryReviewDecisionLog();
        }
    }

    @Nested
    @OnEachDatabase
    class OnActiveObjects extends Contract {
        @Parameter
        AoTestDatabase database;

        @Override
        ReviewDecisionLog newLog() {
            return new AoReviewDecisionLog(database.clean());
        }
    }
}
