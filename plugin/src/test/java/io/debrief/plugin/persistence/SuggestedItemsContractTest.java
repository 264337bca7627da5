package io.debrief.plugin.persistence;

import static io.debrief.core.testkit.TrackerFixtures.INCIDENT;
import static io.debrief.core.testkit.TrackerFixtures.OTHER_INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.actionitem.SuggestedItems;
import io.debrief.core.common.IssueRef;
import io.debrief.core.debrief.Question;
import io.debrief.core.testkit.InMemorySuggestedItems;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import io.debrief.plugin.persistence.testkit.OnEachDatabase;
import io.debrief.plugin.persistence.testkit.StartLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** What every {@link SuggestedItems} does, in memory and on Active Objects (H2, PostgreSQL). */
class SuggestedItemsContractTest {

    private static final Instant AT = Instant.parse("2026-03-10T12:00:00Z");
    private static final IssueRef ITEM = new IssueRef(7001, "INC-50", "INC");
    /** No claim counts as abandoned. */
    private static final Instant LONG_AGO = AT.minusSeconds(86_400);

    abstract static class Contract {

        SuggestedItems suggested;

        abstract SuggestedItems newStore();

        /** A second store on the same data with its own connections, as another node; the same store when none. */
        SuggestedItems otherNode() {
            return suggested;
        }

        @BeforeEach
        void freshStore() {
            suggested = newStore();
        }

        @Test
        void aSuggestionIsTakenOnceAndThenShowsItsItem() {
            // when
            boolean first = suggested.claim(INCIDENT, Question.IDENTIFIED_WITHIN_TARGET, AT, LONG_AGO);
            Map<Question, Optional<IssueRef>> whileCreating = suggested.taken(INCIDENT);
            suggested.created(INCIDENT, Question.IDENTIFIED_WITHIN_TARGET, ITEM);
            boolean again = suggested.claim(INCIDENT, Question.IDENTIFIED_WITHIN_TARGET, AT, LONG_AGO);

            // then
            assertThat(first).isTrue();
            assertThat(again).isFalse();
            assertThat(whileCreating).containsExactly(Map.entry(Question.IDENTIFIED_WITHIN_TARGET, Optional.empty()));
            assertThat(suggested.taken(INCIDENT))
                    .containsExactly(Map.entry(Question.IDENTIFIED_WITHIN_TARGET, Optional.of(ITEM)));
            assertThat(suggested.taken(OTHER_INCIDENT)).isEmpty();
            assertThat(suggested.claim(INCIDENT, Question.FIXED_WITHIN_TARGET, AT, LONG_AGO))
                    .isTrue();
            assertThat(suggested.claim(OTHER_INCIDENT, Question.IDENTIFIED_WITHIN_TARGET, AT, LONG_AGO))
                    .isTrue();
        }

        @Test
        void aReleasedClaimCanBeTakenAgainButACreatedItemIsNeverReleased() {
            // given
            suggested.claim(INCIDENT, Question.AUTO_RESOLVED, AT, LONG_AGO);

            // when
            suggested.release(INCIDENT, Question.AUTO_RESOLVED);

            // then
            assertThat(suggested.taken(INCIDENT)).isEmpty();
            assertThat(suggested.claim(INCIDENT, Question.AUTO_RESOLVED, AT, LONG_AGO))
                    .isTrue();
            suggested.created(INCIDENT, Question.AUTO_RESOLVED, ITEM);
            suggested.release(INCIDENT, Question.AUTO_RESOLVED);
            assertThat(suggested.taken(INCIDENT)).containsEntry(Question.AUTO_RESOLVED, Optional.of(ITEM));
        }

        @Test
        void aClaimAbandonedWithoutItsItemIsTakenOverOnceButAFreshOneOrOneWithItsItemIsNot() {
            // given a claim at AT whose item was never recorded
            suggested.claim(INCIDENT, Question.AUTO_RESOLVED, AT, LONG_AGO);
            Instant later = AT.plusSeconds(3600);

            // when / then: still fresh for a taker who counts from before AT
            assertThat(suggested.claim(INCIDENT, Question.AUTO_RESOLVED, later, AT))
                    .isFalse();
            // abandoned for one who counts from after it: the first takes it over, the second with the same view not
            assertThat(suggested.claim(INCIDENT, Question.AUTO_RESOLVED, later, AT.plusSeconds(1)))
                    .isTrue();
            assertThat(otherNode().claim(INCIDENT, Question.AUTO_RESOLVED, later, AT.plusSeconds(1)))
                    .isFalse();
            suggested.created(INCIDENT, Question.AUTO_RESOLVED, ITEM);
            assertThat(suggested.claim(
                            INCIDENT, Question.AUTO_RESOLVED, later.plusSeconds(3600), later.plusSeconds(60)))
                    .isFalse();
            assertThat(suggested.taken(INCIDENT)).containsEntry(Question.AUTO_RESOLVED, Optional.of(ITEM));
        }

        @Test
        void eightTakersAtOnceHaveExactlyOneWinner() throws Exception {
            ExecutorService people = Executors.newFixedThreadPool(8);
            try {
                StartLine start = new StartLine();
                List<Future<Boolean>> claims = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    SuggestedItems node = i % 2 == 0 ? suggested : otherNode();
                    claims.add(people.submit(
                            start.waiting(() -> node.claim(INCIDENT, Question.FIXED_WITHIN_TARGET, AT, LONG_AGO))));
                }
                start.go();
                List<Boolean> won = new ArrayList<>();
                for (Future<Boolean> claim : claims) {
                    won.add(claim.get(1, TimeUnit.MINUTES));
                }
                assertThat(won).containsOnlyOnce(true).hasSize(8);
            } finally {
                people.shutdownNow();
            }
        }
    }

    @Nested
    class InMemory extends Contract {
        @Override
        SuggestedItems newStore() {
            return new InMemorySuggestedItems();
        }
    }

    @Nested
    @OnEachDatabase
    class OnActiveObjects extends Contract {
        @Parameter
        AoTestDatabase database;

        @Override
        SuggestedItems newStore() {
            return new AoSuggestedItems(database.clean());
        }

        @Override
        SuggestedItems otherNode() {
            return new AoSuggestedItems(database.otherNode());
        }
    }
}
