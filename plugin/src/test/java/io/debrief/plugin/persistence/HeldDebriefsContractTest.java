package io.debrief.plugin.persistence;

import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TrackerFixtures.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.checkpoint.HeldDebrief;
import io.debrief.core.checkpoint.HeldDebriefs;
import io.debrief.core.incident.Incident;
import io.debrief.core.testkit.InMemoryHeldDebriefs;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import io.debrief.plugin.persistence.testkit.OnEachDatabase;
import io.debrief.plugin.persistence.testkit.StoredDebriefs;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** What every {@link HeldDebriefs} does, on the in-memory fake and on Active Objects (H2, PostgreSQL). */
class HeldDebriefsContractTest {

    private static final Instant HELD_AT = Instant.parse("2026-03-05T15:00:00Z");

    abstract static class Contract {

        abstract HeldDebriefs heldDebriefs();

        /** Records that the incident's debrief was held at {@code heldAt}. */
        abstract void givenHeld(Incident incident, Instant heldAt);

        @Test
        void aHeldDebriefCarriesItsIncidentTimeAndOwner() {
            // given
            Incident incident = anIncident().id(7).key("OPS-7").owner(BOB).build();
            givenHeld(incident, HELD_AT);

            // when / then
            assertThat(heldDebriefs().find(incident.ref())).contains(new HeldDebrief(incident.ref(), HELD_AT, BOB));
            assertThat(heldDebriefs()
                            .find(anIncident().id(8).key("OPS-8").build().ref()))
                    .isEmpty();
        }

        @Test
        void aNewlyHeldDebriefIsFirstDueWhenAnyCheckpointCanFirstComeDue() {
            // given
            Incident incident = anIncident().id(7).key("OPS-7").build();
            givenHeld(incident, HELD_AT);

            // when / then: seven days (the shortest interval) after it was held
            assertThat(heldDebriefs().dueBy(HELD_AT.plus(Duration.ofDays(7)).minusMillis(1), 0, 10))
                    .isEmpty();
            assertThat(heldDebriefs().dueBy(HELD_AT.plus(Duration.ofDays(7)), 0, 10))
                    .extracting(HeldDebrief::incident)
                    .containsExactly(incident.ref());
        }

        @Test
        void aScheduledLookLeavesTheDueRangeUntilItComesAndAReplanMovesItWithTheInterval() {
            // given: checkpoint 1 done, next look planned for day 28 (interval 14)
            Incident incident = anIncident().id(7).key("OPS-7").build();
            Incident other = anIncident().id(9).key("OPS-9").build();
            givenHeld(incident, HELD_AT);
            givenHeld(other, HELD_AT);
            heldDebriefs().scheduleNext(incident.ref(), 1, HELD_AT.plus(Duration.ofDays(28)));
            heldDebriefs().scheduleNext(other.ref(), 1, HELD_AT.plus(Duration.ofDays(28)));
            heldDebriefs().recordPlan(incident.ref().projectKey(), 14);

            // then
            Instant day20 = HELD_AT.plus(Duration.ofDays(20));
            assertThat(heldDebriefs().dueBy(day20, 0, 10)).isEmpty();
            assertThat(heldDebriefs().plannedIntervals())
                    .containsEntry(incident.ref().projectKey(), 14);

            // when: the project's interval becomes 7, checkpoint 2 is due on day 14
            heldDebriefs().replan(incident.ref().projectKey(), 7);
            heldDebriefs().recordPlan(incident.ref().projectKey(), 21);

            // then: both are due on day 20, and the interval recorded is the re-planned one
            assertThat(heldDebriefs().dueBy(day20, 0, 10))
                    .extracting(held -> held.incident().id())
                    .containsExactly(7L, 9L);
            assertThat(heldDebriefs().dueBy(HELD_AT.plus(Duration.ofDays(14)).minusMillis(1), 0, 10))
                    .isEmpty();
            assertThat(heldDebriefs().plannedIntervals())
                    .containsEntry(incident.ref().projectKey(), 7);
        }

        @Test
        void pagesRunByIncidentIdWithoutSkippingOrRepeating() {
            // given
            for (long id : new long[] {30, 10, 20}) {
                givenHeld(anIncident().id(id).key("OPS-" + id).build(), HELD_AT.plusSeconds(id));
            }

            // when
            var first = heldDebriefs().heldAfter(0, 2);
            var second = heldDebriefs().heldAfter(first.get(1).incident().id(), 2);

            // then
            assertThat(first).extracting(held -> held.incident().id()).containsExactly(10L, 20L);
            assertThat(second).extracting(held -> held.incident().id()).containsExactly(30L);
        }
    }

    @Nested
    class InMemory extends Contract {
        final InMemoryHeldDebriefs fake = new InMemoryHeldDebriefs();

        @Override
        HeldDebriefs heldDebriefs() {
            return fake;
        }

        @Override
        void givenHeld(Incident incident, Instant heldAt) {
            fake.held(incident.ref(), heldAt, incident.owner());
        }
    }

    @Nested
    @OnEachDatabase
    class OnActiveObjects extends Contract {
        @Parameter
        AoTestDatabase database;

        com.atlassian.activeobjects.external.ActiveObjects ao;

        @BeforeEach
        void emptyDatabase() {
            ao = database.clean();
        }

        @Override
        HeldDebriefs heldDebriefs() {
            return new AoHeldDebriefs(ao);
        }

        @Override
        void givenHeld(Incident incident, Instant heldAt) {
            new AoDebriefStore(ao).save(incident, StoredDebriefs.held(incident.id(), heldAt, "held"), 0);
        }

        @Test
        void draftsBetweenHeldDebriefsAreSkippedAndAPageStillFillsUp() {
            // given: more drafts than a page between the held ones
            givenHeld(anIncident().id(10).key("OPS-10").build(), HELD_AT);
            for (long id = 11; id <= 14; id++) {
                Incident draft = anIncident().id(id).key("OPS-" + id).build();
                new AoDebriefStore(ao).save(draft, StoredDebriefs.awaiting(id, "draft"), 0);
            }
            givenHeld(anIncident().id(20).key("OPS-20").build(), HELD_AT);
            givenHeld(anIncident().id(30).key("OPS-30").build(), HELD_AT);

            // when
            var first = heldDebriefs().heldAfter(0, 2);
            var second = heldDebriefs().heldAfter(20, 2);

            // then
            assertThat(first).extracting(held -> held.incident().id()).containsExactly(10L, 20L);
            assertThat(second).extracting(held -> held.incident().id()).containsExactly(30L);
        }

        @Test
        void aDebriefNoLongerHeldIsNeverDue() {
            // given: held, then back to awaiting its debrief
            Incident incident = anIncident().id(10).key("OPS-10").build();
            givenHeld(incident, HELD_AT);
            new AoDebriefStore(ao).save(incident, StoredDebriefs.awaiting(10, "reopened"), 1);

            // then
            assertThat(heldDebriefs().dueBy(HELD_AT.plus(Duration.ofDays(400)), 0, 10))
                    .isEmpty();
        }
    }
}
