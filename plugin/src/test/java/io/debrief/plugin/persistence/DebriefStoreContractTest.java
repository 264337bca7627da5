package io.debrief.plugin.persistence;

import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.plugin.persistence.testkit.StoredDebriefs.awaiting;
import static io.debrief.plugin.persistence.testkit.StoredDebriefs.held;
import static io.debrief.plugin.persistence.testkit.StoredDebriefs.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.ConflictException;
import io.debrief.core.common.Page;
import io.debrief.core.common.PageRequest;
import io.debrief.core.debrief.Debrief;
import io.debrief.core.debrief.DebriefStore;
import io.debrief.core.debrief.LibraryFilter;
import io.debrief.core.debrief.PublishedRecord;
import io.debrief.core.incident.Fact;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.incident.Severity;
import io.debrief.core.settings.Targets;
import io.debrief.core.testkit.InMemoryDebriefStore;
import io.debrief.core.testkit.TimelineFixtures;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import io.debrief.plugin.persistence.testkit.OnEachDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** What every {@link DebriefStore} does, on the in-memory fake and on Active Objects (H2, PostgreSQL). */
class DebriefStoreContractTest {

    private static final Instant MARCH = Instant.parse("2026-03-10T09:00:00Z");
    private static final Instant APRIL = Instant.parse("2026-04-10T09:00:00Z");

    abstract static class Contract {

        DebriefStore store;

        abstract DebriefStore newStore();

        @BeforeEach
        void freshStore() {
            store = newStore();
        }

        @Test
        void aFirstSaveIsVersionOneAndReadsBackTheSame() {
            // given
            Incident incident = anIncident().id(1).key("OPS-1").build();

            // when
            Debrief saved = store.save(incident, awaiting(1, "the cache expired"), 0);

            // then
            assertThat(saved.version()).isEqualTo(1);
            assertThat(store.find(1)).contains(saved);
            assertThat(store.find(2)).isEmpty();
            assertThat(store.find(1).map(Debrief::isReadOnly)).contains(false);
        }

        @Test
        void everySaveRaisesTheVersionAndAStaleOneIsAConflict() {
            // given
            Incident incident = anIncident().id(1).key("OPS-1").build();
            Debrief first = store.save(incident, awaiting(1, "draft"), 0);
            Debrief second = store.save(incident, held(1, MARCH, "held"), first.version());

            // when / then
            assertThat(second.version()).isEqualTo(2);
            assertThatThrownBy(() -> store.save(incident, awaiting(1, "from an old page"), first.version()))
                    .isInstanceOfSatisfying(
                            ConflictException.class,
                            conflict -> assertThat(conflict.messageKey()).isEqualTo("debrief.error.stale"));
            assertThatThrownBy(() -> store.save(incident, awaiting(1, "a second first save"), 0))
                    .isInstanceOf(ConflictException.class);
            assertThat(store.find(1)).contains(second);
        }

        @Test
        void aPublishedDebriefReadsBackWithItsRecordWhetherFoundOrListed() {
            // given: a record with a manual entry, a derived one (no store id, no author) and an unknown fact
            Incident incident = anIncident().id(7).key("PAY-33").build();
            PublishedRecord record = new PublishedRecord(
                    new Targets(Duration.ofMinutes(3), Duration.ofMinutes(90)),
                    new IncidentFacts(MARCH.minusSeconds(3600), MARCH.minusSeconds(3300), null, MARCH),
                    List.of(
                            TimelineFixtures.anEntry()
                                    .id(41)
                                    .incidentId(7)
                                    .started(MARCH.minusSeconds(3600))
                                    .text("migration merged")
                                    .link("https://git.example/pr/9")
                                    .build(),
                            TimelineEntry.comment(7, MARCH.minusSeconds(3000), "rolling back", 501, null),
                            TimelineFixtures.anEntry()
                                    .id(42)
                                    .incidentId(7)
                                    .resolved(MARCH)
                                    .build()),
                    MARCH.plusSeconds(60));
            store.save(anIncident().id(8).key("PAY-34").build(), published(8, APRIL, "legacy"), 0);

            // when
            Debrief saved = store.save(incident, published(7, MARCH, "what we learned", record), 0);

            // then
            assertThat(store.find(7)).contains(saved);
            assertThat(store.find(7).orElseThrow().record()).isEqualTo(record);
            assertThat(store.find(7).orElseThrow().holdOverride()).isEqualTo("clock skew on the pager host");
            assertThat(store.find(7).orElseThrow().holdLintSeen()).isEqualTo(3);
            assertThat(store.find(8).orElseThrow().holdLintSeen()).isNull();
            assertThat(store.find(8).orElseThrow().record()).isNull();
            assertThat(store.published(LibraryFilter.any(), PageRequest.first(10))
                            .items())
                    .containsExactly(store.find(8).orElseThrow(), saved);
        }

        @Test
        void a_record_keeps_every_fact_which_of_them_were_approximate_and_the_optional_targets() {
            // given: all eight facts, two approximate, targets to acknowledge and mitigate, an approximate entry
            Incident incident = anIncident().id(9).key("PAY-35").build();
            PublishedRecord record = new PublishedRecord(
                    new Targets(Duration.ofMinutes(5), Duration.ofMinutes(60), Duration.ofMinutes(2), null),
                    new IncidentFacts(
                            MARCH.minusSeconds(4000),
                            MARCH.minusSeconds(3600),
                            MARCH.minusSeconds(3300),
                            MARCH.minusSeconds(3200),
                            MARCH.minusSeconds(3100),
                            MARCH.minusSeconds(1800),
                            MARCH,
                            MARCH.minusSeconds(600),
                            Set.of(Fact.ACKNOWLEDGED, Fact.IMPACT_STARTED)),
                    List.of(TimelineFixtures.anEntry()
                            .id(43)
                            .incidentId(9)
                            .kind(EntryKind.ACKNOWLEDGED)
                            .at(MARCH.minusSeconds(3200))
                            .approximate()
                            .build()),
                    MARCH.plusSeconds(60));

            // when
            store.save(incident, published(9, MARCH, "learned", record), 0);

            // then
            PublishedRecord read = store.find(9).orElseThrow().record();
            assertThat(read).isEqualTo(record);
            assertThat(read.facts().approximate()).containsExactlyInAnyOrder(Fact.ACKNOWLEDGED, Fact.IMPACT_STARTED);
            assertThat(read.targets().acknowledge()).isEqualTo(Duration.ofMinutes(2));
            assertThat(read.targets().mitigate()).isNull();
            assertThat(read.timeline().get(0).approximate()).isTrue();
        }

        @Test
        void aRecordIsWrittenOnceAndLaterSavesKeepIt() {
            // given
            Incident incident = anIncident().id(7).key("PAY-33").build();
            PublishedRecord record = new PublishedRecord(
                    Targets.DEFAULT,
                    IncidentFacts.none(),
                    List.of(TimelineEntry.comment(7, MARCH, "only a comment", 1, "bob")),
                    MARCH);
            Debrief first = store.save(incident, published(7, MARCH, "learned", record), 0);

            // when
            Debrief second = store.save(incident, first, first.version());

            // then
            assertThat(store.find(7).orElseThrow().record()).isEqualTo(record);
            assertThat(second.version()).isEqualTo(2);
        }

        @Test
        void heldListsOnlyHeldDebriefsByIncidentIdPageByPage() {
            // given
            for (long id = 5; id >= 1; id--) {
                store.save(anIncident().id(id).key("OPS-" + id).build(), held(id, MARCH, "held " + id), 0);
            }
            store.save(anIncident().id(6).key("OPS-6").build(), published(6, MARCH, "out"), 0);
            store.save(anIncident().id(7).key("OPS-7").build(), awaiting(7, "not yet"), 0);

            // when
            Page<Debrief> first = store.held(new PageRequest(0, 2));
            Page<Debrief> last = store.held(new PageRequest(4, 2));

            // then
            assertThat(first.items()).extracting(Debrief::incidentId).containsExactly(1L, 2L);
            assertThat(first.total()).isEqualTo(5);
            assertThat(last.items()).extracting(Debrief::incidentId).containsExactly(5L);
        }

        @Test
        void theLibraryFiltersByTextProjectSeverityAndMonthNewestFirst() {
            // given
            publish(1, "OPS-1", Severity.SEV1, "Checkout returns 502", MARCH, "a Cache expired at once");
            publish(2, "OPS-2", Severity.SEV2, "Search slow", MARCH.plusSeconds(60), "index rebuild 100%_done");
            publish(3, "WEB-1", Severity.SEV1, "Login loop", APRIL, "the cache again");
            store.save(anIncident().id(4).key("OPS-4").summary("cache").build(), held(4, MARCH, "cache"), 0);

            // when / then
            assertThat(ids(LibraryFilter.any())).containsExactly(3L, 2L, 1L);
            assertThat(ids(new LibraryFilter("CACHE", Set.of(), null, null, null)))
                    .containsExactly(3L, 1L);
            assertThat(ids(new LibraryFilter("", Set.of("OPS"), null, null, null)))
                    .containsExactly(2L, 1L);
            assertThat(ids(new LibraryFilter("", Set.of("OPS", "WEB"), Severity.SEV1, null, null)))
                    .containsExactly(3L, 1L);
            assertThat(ids(LibraryFilter.any().inMonth(YearMonth.of(2026, 3), ZoneOffset.UTC)))
                    .containsExactly(2L, 1L);
            assertThat(ids(new LibraryFilter("login", Set.of(), null, null, null)))
                    .containsExactly(3L);
            assertThat(ids(new LibraryFilter("100%_", Set.of(), null, null, null)))
                    .containsExactly(2L);
            assertThat(ids(new LibraryFilter("0%x", Set.of(), null, null, null)))
                    .isEmpty();
            assertThat(store.find(3).map(Debrief::isReadOnly)).contains(true);
        }

        @Test
        void theLibraryPagesWithATotal() {
            // given
            for (int i = 1; i <= 5; i++) {
                publish(i, "OPS-" + i, Severity.SEV3, "incident " + i, MARCH.plusSeconds(i), "analysis");
            }

            // when
            Page<Debrief> page = store.published(LibraryFilter.any(), new PageRequest(1, 2));

            // then
            assertThat(page.items()).extracting(Debrief::incidentId).containsExactly(4L, 3L);
            assertThat(page.total()).isEqualTo(5);
            assertThat(page.hasMore()).isTrue();
        }

        @Test
        void the_library_tells_secured_incidents_from_unsecured_ones_in_the_same_order() {
            // given
            publish(1, "OPS-1", Severity.SEV1, "one", MARCH, "a");
            store.save(anIncident().id(2).key("OPS-2").secured().build(), published(2, MARCH, "b"), 0);
            publish(3, "OPS-3", Severity.SEV1, "three", MARCH, "c");
            store.save(anIncident().id(4).key("OPS-4").secured().build(), published(4, APRIL, "d"), 0);

            // when / then: ties in publication broken by incident id, highest first, in every filter
            assertThat(ids(LibraryFilter.any())).containsExactly(4L, 3L, 2L, 1L);
            assertThat(ids(LibraryFilter.any().securedOnly(true))).containsExactly(4L, 2L);
            assertThat(ids(LibraryFilter.any().securedOnly(false))).containsExactly(3L, 1L);
            assertThat(ids(LibraryFilter.any().securedOnly(false).inMonth(YearMonth.of(2026, 3), ZoneOffset.UTC)))
                    .containsExactly(3L, 1L);
        }

        @Test
        void the_projects_holding_published_debriefs_include_one_published_since_they_were_read() {
            // given
            publish(1, "OPS-1", Severity.SEV1, "one", MARCH, "a");
            store.save(anIncident().id(2).key("PAY-2").build(), held(2, MARCH, "held only"), 0);
            Set<String> first = store.publishedProjects();

            // when
            publish(3, "WEB-3", Severity.SEV1, "three", APRIL, "c");

            // then
            assertThat(first).containsExactly("OPS");
            assertThat(store.publishedProjects()).containsExactlyInAnyOrder("OPS", "WEB");
        }

        @Test
        void an_incident_marked_secured_moves_between_the_two_and_a_mark_without_a_debrief_writes_nothing() {
            // given
            publish(1, "OPS-1", Severity.SEV1, "one", MARCH, "a");
            store.save(anIncident().id(2).key("OPS-2").secured().build(), published(2, APRIL, "b"), 0);

            // when
            boolean securedNow = store.markIncidentSecured(1, true);
            boolean unsecuredNow = store.markIncidentSecured(2, false);
            boolean again = store.markIncidentSecured(2, false);
            boolean none = store.markIncidentSecured(99, true);

            // then
            assertThat(List.of(securedNow, unsecuredNow, again, none)).containsExactly(true, true, false, false);
            assertThat(ids(LibraryFilter.any().securedOnly(true))).containsExactly(1L);
            assertThat(ids(LibraryFilter.any().securedOnly(false))).containsExactly(2L);
            assertThat(store.find(99)).isEmpty();
        }

        private void publish(long id, String key, Severity severity, String summary, Instant at, String analysis) {
            store.save(
                    anIncident()
                            .id(id)
                            .key(key)
                            .severity(severity)
                            .summary(summary)
                            .build(),
                    published(id, at, analysis),
                    0);
        }

        private java.util.List<Long> ids(LibraryFilter filter) {
            return store.published(filter, PageRequest.first(50)).items().stream()
                    .map(Debrief::incidentId)
                    .toList();
        }
    }

    @Nested
    class InMemory extends Contract {
        @Override
        DebriefStore newStore() {
            return new InMemoryDebriefStore();
        }
    }

    @Nested
    @OnEachDatabase
    class OnActiveObjects extends Contract {
        @Parameter
        AoTestDatabase database;

        @Override
        DebriefStore newStore() {
            return new AoDebriefStore(database.clean());
        }
    }
}
