package io.debrief.plugin.persistence;

import static io.debrief.core.testkit.TimelineFixtures.T0;
import static io.debrief.core.testkit.TimelineFixtures.anEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.ConflictException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.testkit.InMemoryTimelineStore;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.EntryVersion;
import io.debrief.core.timeline.Timeline;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.core.timeline.TimelineStore;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import io.debrief.plugin.persistence.testkit.OnEachDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** What every {@link TimelineStore} does, checked on the in-memory fake and on Active Objects (H2, PostgreSQL). */
class TimelineStoreContractTest {

    private static final long INCIDENT = 10_001;
    private static final Instant EDITED_AT = T0.plus(Duration.ofDays(2));

    abstract static class Contract {

        TimelineStore store;

        abstract TimelineStore newStore();

        @BeforeEach
        void freshStore() {
            store = newStore();
        }

        @Test
        void addAllStoresEveryEntryInTheGivenOrderWithTheirIds() {
            // when
            List<TimelineEntry> added = store.addAll(List.of(
                    anEntry()
                            .incidentId(INCIDENT)
                            .text("deploy")
                            .sourceRef("import:a")
                            .build(),
                    anEntry()
                            .incidentId(INCIDENT)
                            .text("alert")
                            .at(T0.plusSeconds(60))
                            .sourceRef("import:b")
                            .build()));

            // then
            assertThat(added).extracting(TimelineEntry::text).containsExactly("deploy", "alert");
            assertThat(added).allSatisfy(entry -> assertThat(entry.id()).isPositive());
            assertThat(store.entries(INCIDENT, false))
                    .extracting(TimelineEntry::sourceRef)
                    .containsExactlyInAnyOrder("import:a", "import:b");
        }

        @Test
        void addGivesAnIdAndTheEntryCanBeFoundUnderItsIncidentOnly() {
            // when
            TimelineEntry added = store.add(anEntry()
                    .incidentId(INCIDENT)
                    .text("deploy 42 started")
                    .link("https://ci.example/42")
                    .build());

            // then
            assertThat(added.id()).isPositive();
            assertThat(store.find(INCIDENT, added.id())).contains(added);
            assertThat(store.find(INCIDENT + 1, added.id())).isEmpty();
            assertThat(store.find(INCIDENT, added.id() + 1000)).isEmpty();
        }

        @Test
        void entriesAreThoseOfTheIncidentAndLeaveDeletedOnesOutUnlessAsked() {
            // given
            TimelineEntry kept =
                    store.add(anEntry().incidentId(INCIDENT).text("kept").build());
            TimelineEntry deleted = store.add(anEntry()
                    .incidentId(INCIDENT)
                    .text("gone")
                    .at(T0.plusSeconds(5))
                    .build());
            store.add(anEntry().incidentId(INCIDENT + 1).text("other incident").build());
            store.softDelete(INCIDENT, deleted.id());

            // when / then
            assertThat(store.entries(INCIDENT, false))
                    .extracting(TimelineEntry::text)
                    .containsExactly("kept");
            assertThat(store.entries(INCIDENT, true))
                    .extracting(TimelineEntry::id)
                    .containsExactlyInAnyOrder(kept.id(), deleted.id());
        }

        @Test
        void entriesAtTheSameInstantKeepTheOrderTheyWereRecordedIn() {
            // given three entries at one instant, recorded one after the other
            for (String text : List.of("first", "second", "third")) {
                store.add(anEntry()
                        .incidentId(INCIDENT)
                        .at(T0)
                        .recordedAt(T0.plusSeconds(60))
                        .text(text)
                        .build());
            }

            // when
            List<TimelineEntry> ordered =
                    Timeline.of(store.entries(INCIDENT, false)).entries();

            // then
            assertThat(ordered).extracting(TimelineEntry::text).containsExactly("first", "second", "third");
        }

        @Test
        void anUpdateReplacesTheContentAndKeepsWhatItReplaced() {
            // given
            TimelineEntry original =
                    store.add(anEntry().incidentId(INCIDENT).text("v1").build());
            TimelineEntry second = edit(original, "v2");

            // when
            TimelineEntry third = edit(second, "v3");

            // then
            assertThat(third.version()).isEqualTo(3);
            assertThat(store.find(INCIDENT, original.id())).contains(third);
            assertThat(store.versions(original.id()))
                    .extracting(EntryVersion::version, EntryVersion::text)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1, "v1"), org.assertj.core.groups.Tuple.tuple(2, "v2"));
        }

        @Test
        void anUpdateFromAStaleVersionIsAConflictAndChangesNothing() {
            // given
            TimelineEntry original =
                    store.add(anEntry().incidentId(INCIDENT).text("v1").build());
            edit(original, "v2 by someone else");

            // when / then
            assertThatThrownBy(() -> edit(original, "v2 from an old page"))
                    .isInstanceOfSatisfying(
                            ConflictException.class,
                            conflict -> assertThat(conflict.messageKey()).isEqualTo("debrief.error.stale"));
            assertThat(store.find(INCIDENT, original.id()).orElseThrow().text()).isEqualTo("v2 by someone else");
            assertThat(store.versions(original.id())).hasSize(1);
        }

        @Test
        void updatingAnEntryThatDoesNotExistIsNotFound() {
            TimelineEntry never = anEntry().incidentId(INCIDENT).id(987_654).build();

            assertThatThrownBy(() -> store.update(
                            never.withContent(EntryKind.NOTE, T0, "x", null),
                            1,
                            EntryVersion.of(never, "bob", EDITED_AT)))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void softDeleteAndRestoreEachRaiseTheVersionAndKeepTheEntry() {
            // given
            TimelineEntry added =
                    store.add(anEntry().incidentId(INCIDENT).text("oops").build());

            // when
            TimelineEntry deleted = store.softDelete(INCIDENT, added.id());
            TimelineEntry restored = store.restore(INCIDENT, added.id());

            // then
            assertThat(deleted.deleted()).isTrue();
            assertThat(deleted.version()).isEqualTo(2);
            assertThat(restored.deleted()).isFalse();
            assertThat(restored.version()).isEqualTo(3);
            assertThat(store.find(INCIDENT, added.id())).contains(restored);
        }

        @Test
        void deletingAnotherIncidentsEntryIsNotFound() {
            TimelineEntry added = store.add(anEntry().incidentId(INCIDENT).build());

            assertThatThrownBy(() -> store.softDelete(INCIDENT + 1, added.id())).isInstanceOf(NotFoundException.class);
            assertThat(store.find(INCIDENT, added.id()).orElseThrow().deleted()).isFalse();
        }

        @Test
        void an_approximate_entry_reads_back_approximate_and_an_edit_keeps_the_flag_it_replaced() {
            // given: an entry marked approximate
            TimelineEntry original = store.add(anEntry()
                    .incidentId(INCIDENT)
                    .text("about then")
                    .approximate()
                    .build());
            assertThat(store.find(INCIDENT, original.id()).orElseThrow().approximate())
                    .isTrue();

            // when: an edit makes it exact
            TimelineEntry exact = original.withContent(original.kind(), original.at(), "exactly then", null, false);
            store.update(exact, original.version(), EntryVersion.of(original, "bob", EDITED_AT));

            // then: the entry is exact now, its earlier content was approximate
            assertThat(store.entries(INCIDENT, false))
                    .extracting(TimelineEntry::approximate)
                    .containsExactly(false);
            assertThat(store.versions(original.id()))
                    .extracting(EntryVersion::text, EntryVersion::approximate)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("about then", true));
        }

        @Test
        void an_entry_added_without_saying_reads_back_exact() {
            TimelineEntry added = store.add(anEntry().incidentId(INCIDENT).build());

            assertThat(store.find(INCIDENT, added.id()).orElseThrow().approximate())
                    .isFalse();
        }

        private TimelineEntry edit(TimelineEntry current, String text) {
            TimelineEntry changed = current.withContent(current.kind(), current.at(), text, current.link());
            return store.update(changed, current.version(), EntryVersion.of(current, "bob", EDITED_AT));
        }
    }

    @Nested
    class InMemory extends Contract {
        @Override
        TimelineStore newStore() {
            return new InMemoryTimelineStore();
        }
    }

    @Nested
    @OnEachDatabase
    class OnActiveObjects extends Contract {
        @Parameter
        AoTestDatabase database;

        @Override
        TimelineStore newStore() {
            return new AoTimelineStore(database.clean());
        }

        @Test
        void addAllIsOneTransactionAnEntryTheDatabaseRefusesLeavesNoneStored() {
            // given: the second entry's author key is longer than its column holds
            List<TimelineEntry> entries = List.of(
                    anEntry().incidentId(INCIDENT).text("first").build(),
                    anEntry()
                            .incidentId(INCIDENT)
                            .text("second")
                            .authorKey("k".repeat(4000))
                            .build());

            // when / then
            assertThatThrownBy(() -> store.addAll(entries)).isInstanceOf(RuntimeException.class);
            assertThat(store.entries(INCIDENT, true)).isEmpty();
        }
    }
}
