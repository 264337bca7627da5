package io.debrief.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.debrief.core.intake.EventDecision;
import io.debrief.core.intake.EventDecisions;
import io.debrief.core.intake.EventFormat;
import io.debrief.core.intake.EventKind;
import io.debrief.core.intake.EventSource;
import io.debrief.core.intake.EventSources;
import io.debrief.core.intake.ExternalEvent;
import io.debrief.core.intake.ExternalEventLog;
import io.debrief.core.intake.LabelMapping;
import io.debrief.core.intake.StoredEvent;
import io.debrief.core.testkit.InMemoryEventDecisions;
import io.debrief.core.testkit.InMemoryEventSources;
import io.debrief.core.testkit.InMemoryExternalEventLog;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import io.debrief.plugin.persistence.testkit.OnEachDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** What every {@link EventSources} and {@link ExternalEventLog} do, on the fakes and on Active Objects. */
class IntakeStoresContractTest {

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    static EventSource source(String key) {
        return new EventSource(
                0,
                key,
                "Prometheus",
                EventFormat.ALERTMANAGER,
                "hash-1",
                null,
                List.of(
                        new LabelMapping("service", "checkout", "OPS", "Checkout\tTabs"),
                        new LabelMapping("team", "*", "WEB", null)),
                false,
                T0,
                null);
    }

    static StoredEvent event(String id, String project, Instant at, Set<String> mentions, Instant receivedAt) {
        ExternalEvent event = new ExternalEvent(
                id,
                EventKind.DEPLOY,
                at,
                "deployed \u2192 prod",
                "https://ci/1",
                "DEPLOY:checkout",
                Map.of("service", "checkout", "note", "two\nlines \\ and\ttabs"),
                mentions);
        return new StoredEvent(
                0, "ci", EventFormat.CLOUDEVENTS, event, project, project == null ? null : "Checkout", receivedAt);
    }

    abstract static class Contract {

        abstract EventSources sources();

        abstract ExternalEventLog log();

        abstract EventDecisions decisions();

        @Test
        void oneDecisionPerIncidentEventAndScopeIsKeptAndCanBeTakenBack() {
            EventDecision accepted = new EventDecision(7, 41, EventDecision.Outcome.ACCEPTED, null, "alice", T0);

            assertThat(decisions().record(accepted)).isTrue();
            assertThat(decisions().record(new EventDecision(7, 41, EventDecision.Outcome.DISMISSED, null, "bob", T0)))
                    .isFalse();
            assertThat(decisions()
                            .record(new EventDecision(
                                    7, 41, EventDecision.Outcome.START_REJECTED, 3L, null, T0.plusSeconds(1))))
                    .isTrue();
            assertThat(decisions().record(new EventDecision(8, 41, EventDecision.Outcome.DISMISSED, null, "bob", T0)))
                    .isTrue();

            assertThat(decisions().forIncident(7))
                    .containsExactly(
                            accepted,
                            new EventDecision(
                                    7, 41, EventDecision.Outcome.START_REJECTED, 3L, null, T0.plusSeconds(1)));
            decisions().remove(7, 41, EventDecision.Scope.SUGGESTION);
            assertThat(decisions().forIncident(7))
                    .extracting(EventDecision::outcome)
                    .containsExactly(EventDecision.Outcome.START_REJECTED);
        }

        @Test
        void aSourceRoundTripsWithItsMappingAndAKeyIsTakenOnce() {
            EventSource created = sources().create(source("prom")).orElseThrow();

            assertThat(sources().create(source("prom"))).isEmpty();
            EventSource read = sources().byKey("prom").orElseThrow();
            assertThat(read).isEqualTo(source("prom").withId(created.id()));
            assertThat(read.mappings().get(0).component()).isEqualTo("Checkout\tTabs");
            assertThat(read.mappings().get(1).component()).isNull();
        }

        @Test
        void aSourceIsUpdatedListedByKeyAndDeleted() {
            sources().create(source("zeta"));
            EventSource prom = sources().create(source("prom")).orElseThrow();

            sources().update(prom.withSecret("hash-2", T0.plusSeconds(60)));

            assertThat(sources().all()).extracting(EventSource::key).containsExactly("prom", "zeta");
            assertThat(sources().byKey("prom").orElseThrow().secretHash()).isEqualTo("hash-2");
            assertThat(sources().byKey("prom").orElseThrow().secretRotatedAt()).isEqualTo(T0.plusSeconds(60));
            sources().delete("prom");
            assertThat(sources().byKey("prom")).isEmpty();
        }

        @Test
        void eventsAreStoredOncePerSourceAndEventIdAndReadBackWhole() {
            StoredEvent first = event("ce:a 1", "OPS", T0, Set.of("OPS-12"), T0);

            assertThat(log().addNew(List.of(first, event("ce:a 2", "OPS", T0.plusSeconds(60), Set.of(), T0))))
                    .isEqualTo(2);
            assertThat(log().addNew(List.of(first, event("ce:a 3", "OPS", T0.plusSeconds(120), Set.of(), T0))))
                    .isEqualTo(1);

            List<StoredEvent> about = log().about("OPS", "OPS-99", T0, T0.plusSeconds(3600), 100);
            assertThat(about)
                    .extracting(stored -> stored.event().eventId())
                    .containsExactly("ce:a 1", "ce:a 2", "ce:a 3");
            StoredEvent read = about.get(0);
            assertThat(read.event()).isEqualTo(first.event());
            assertThat(read.projectKey()).isEqualTo("OPS");
            assertThat(read.component()).isEqualTo("Checkout");
            assertThat(read.receivedAt()).isEqualTo(T0);
            assertThat(read.id()).isPositive();
        }

        @Test
        void eventsAboutAnIncidentAreItsProjectsOrMentionItWithinTheWindow() {
            log().addNew(List.of(
                    event("ops-in", "OPS", T0, Set.of(), T0),
                    event("web-mentions", "WEB", T0.plusSeconds(10), Set.of("OPS-12", "OPS-120"), T0),
                    event("web-other", "WEB", T0.plusSeconds(20), Set.of("OPS-120"), T0),
                    event("unrouted-mentions", null, T0.plusSeconds(30), Set.of("OPS-12"), T0),
                    event("ops-late", "OPS", T0.plusSeconds(7200), Set.of(), T0)));

            assertThat(log().about("OPS", "OPS-12", T0, T0.plusSeconds(3600), 100))
                    .extracting(stored -> stored.event().eventId())
                    .containsExactly("ops-in", "web-mentions", "unrouted-mentions");
            assertThat(log().about("OPS", "OPS-12", T0, T0.plusSeconds(3600), 2))
                    .hasSize(2);
        }

        @Test
        void retentionRemovesWhatWasReceivedBeforeTheCutoff() {
            log().addNew(List.of(
                    event("old", "OPS", T0, Set.of(), T0), event("new", "OPS", T0, Set.of(), T0.plusSeconds(86_400))));

            assertThat(log().removeReceivedBefore(T0.plusSeconds(3600))).isEqualTo(1);

            assertThat(log().about("OPS", "OPS-1", T0, T0, 10))
                    .extracting(stored -> stored.event().eventId())
                    .containsExactly("new");
        }
    }

    @Nested
    class InMemory extends Contract {
        final InMemoryEventSources sources = new InMemoryEventSources();
        final InMemoryExternalEventLog log = new InMemoryExternalEventLog();
        final InMemoryEventDecisions decisions = new InMemoryEventDecisions();

        @Override
        EventDecisions decisions() {
            return decisions;
        }

        @Override
        EventSources sources() {
            return sources;
        }

        @Override
        ExternalEventLog log() {
            return log;
        }
    }

    @Nested
    @OnEachDatabase
    class OnActiveObjects extends Contract {
        @Parameter
        AoTestDatabase database;

        ActiveObjects ao;

        @BeforeEach
        void emptyDatabase() {
            ao = database.clean();
        }

        @Override
        EventSources sources() {
            return new AoEventSources(ao);
        }

        @Override
        ExternalEventLog log() {
            return new AoExternalEventLog(ao);
        }

        @Override
        EventDecisions decisions() {
            return new AoEventDecisions(ao);
        }

        @Test
        void twoNodesStoringTheSameDeliveryAtOnceKeepEachEventOnce() throws Exception {
            List<StoredEvent> delivery = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                delivery.add(event("ce:race " + i, "OPS", T0.plusSeconds(i), Set.of(), T0));
            }
            ExternalEventLog one = new AoExternalEventLog(ao);
            ExternalEventLog other = new AoExternalEventLog(database.otherNode());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<Integer>> both = List.of(() -> one.addNew(delivery), () -> other.addNew(delivery));
                int added = 0;
                for (Future<Integer> result : pool.invokeAll(both)) {
                    added += result.get();
                }

                assertThat(added).isEqualTo(20);
                assertThat(log().about("OPS", "OPS-1", T0, T0.plusSeconds(60), 100))
                        .hasSize(20);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
