package io.debrief.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.debrief.core.common.IssueRef;
import io.debrief.core.intake.AlertIncident;
import io.debrief.core.intake.AlertIncidents;
import io.debrief.core.intake.EventFormat;
import io.debrief.core.intake.EventKind;
import io.debrief.core.intake.EventSource;
import io.debrief.core.intake.ExternalEvent;
import io.debrief.core.intake.IncidentsFromAlerts;
import io.debrief.core.intake.LabelMapping;
import io.debrief.core.intake.StoredEvent;
import io.debrief.core.testkit.InMemoryAlertIncidents;
import io.debrief.core.testkit.InMemoryEventDecisions;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemoryTimelineStore;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.timeline.FrozenTimelines;
import io.debrief.plugin.persistence.testkit.AoTestDatabase;
import io.debrief.plugin.persistence.testkit.OnEachDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.java.ao.DBParam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * What every {@link AlertIncidents} does, in memory and on Active Objects (H2, PostgreSQL): one claim per source, alert
 * and sequence, one resolution per incident; and on the databases, two nodes receiving the same alert open one issue.
 */
class AlertIncidentsContractTest {

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
    private static final IssueRef OPS_7 = new IssueRef(10_007, "OPS-7", "OPS");

    abstract static class Contract {

        abstract AlertIncidents links();

        @Test
        void a_claim_is_taken_once_per_source_alert_and_sequence_and_read_back_with_its_issue() {
            // given
            AlertIncidents links = links();

            // when
            boolean first = links.claim(AlertIncident.claim("prom", "am:4f2a", 1, 41, T0));
            boolean again = links.claim(AlertIncident.claim("prom", "am:4f2a", 1, 42, T0.plusSeconds(1)));
            boolean otherSource = links.claim(AlertIncident.claim("graf", "am:4f2a", 1, 43, T0));
            links.opened("prom", "am:4f2a", 1, OPS_7);

            // then
            assertThat(first).isTrue();
            assertThat(again).isFalse();
            assertThat(otherSource).isTrue();
            assertThat(links.forAlert("prom", "am:4f2a"))
                    .containsExactly(new AlertIncident("prom", "am:4f2a", 1, 41, T0, OPS_7, null, null));
            assertThat(links.forAlert("prom", "am:other")).isEmpty();
        }

        @Test
        void a_released_claim_may_be_taken_again() {
            // given
            AlertIncidents links = links();
            links.claim(AlertIncident.claim("prom", "am:4f2a", 1, 41, T0));

            // when
            links.release("prom", "am:4f2a", 1);

            // then
            assertThat(links.forAlert("prom", "am:4f2a")).isEmpty();
            assertThat(links.claim(AlertIncident.claim("prom", "am:4f2a", 1, 44, T0)))
                    .isTrue();
        }

        @Test
        void a_resolution_is_recorded_once_per_incident_and_can_be_taken_back() {
            // given
            AlertIncidents links = links();
            links.claim(AlertIncident.claim("prom", "am:4f2a", 1, 41, T0));
            links.opened("prom", "am:4f2a", 1, OPS_7);
            links.claim(AlertIncident.claim("prom", "am:4f2a", 2, 50, T0.plusSeconds(7200)));

            // when
            boolean first = links.resolve("prom", "am:4f2a", 1, 45, T0.plusSeconds(600));
            boolean second = links.resolve("prom", "am:4f2a", 1, 46, T0.plusSeconds(900));

            // then
            assertThat(first).isTrue();
            assertThat(second).isFalse();
            assertThat(links.forAlert("prom", "am:4f2a"))
                    .extracting(AlertIncident::sequence, AlertIncident::resolvedEventId, AlertIncident::resolvedAt)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1, 45L, T0.plusSeconds(600)),
                            org.assertj.core.groups.Tuple.tuple(2, null, null));
            links.unresolve("prom", "am:4f2a", 1);
            assertThat(links.forAlert("prom", "am:4f2a").get(0).resolutionRecorded())
                    .isFalse();
        }
    }

    @Nested
    class InMemory extends Contract {
        final InMemoryAlertIncidents links = new InMemoryAlertIncidents();

        @Override
        AlertIncidents links() {
            return links;
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
        AlertIncidents links() {
            return new AoAlertIncidents(ao);
        }

        @Test
        void two_nodes_receiving_the_same_alerts_at_once_open_one_incident_for_each() throws Exception {
            // given
            TestClock clock = TestClock.at("2026-11-24T10:00:00Z");
            InMemoryIssueTracker tracker = new InMemoryIssueTracker(clock).userMayOpenIncidentsIn("oncall-bot", "OPS");
            EventSource source = new EventSource(
                    1,
                    "prom",
                    "Prometheus",
                    EventFormat.ALERTMANAGER,
                    "hash",
                    null,
                    List.of(new LabelMapping("service", "*", "OPS", null)),
                    true,
                    "OPS",
                    "oncall-bot",
                    "oncall-bot",
                    T0,
                    null);
            IncidentsFromAlerts one = node(new AoAlertIncidents(ao), tracker, clock);
            IncidentsFromAlerts other = node(new AoAlertIncidents(database.otherNode()), tracker, clock);
            int alerts = 12;
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                // when
                for (int n = 0; n < alerts; n++) {
                    final int alert = n;
                    CountDownLatch start = new CountDownLatch(1);
                    String key = "am:race-" + alert;
                    Callable<Integer> onOne = () -> {
                        start.await();
                        return one.act(source, List.of(firing(100 + alert * 2L, key)))
                                .opened()
                                .size();
                    };
                    Callable<Integer> onOther = () -> {
                        start.await();
                        return other.act(source, List.of(firing(101 + alert * 2L, key)))
                                .opened()
                                .size();
                    };
                    List<Future<Integer>> both = List.of(pool.submit(onOne), pool.submit(onOther));
                    start.countDown();
                    int opened = 0;
                    for (Future<Integer> result : both) {
                        opened += result.get();
                    }

                    // then
                    assertThat(opened).as("incidents opened for %s", key).isEqualTo(1);
                    assertThat(new AoAlertIncidents(ao).forAlert("prom", key))
                            .singleElement()
                            .satisfies(link -> assertThat(link.issue()).isNotNull());
                }
                assertThat(tracker.createdIncidents()).hasSize(alerts);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void a_source_row_written_before_the_incident_settings_existed_opens_no_incidents() {
            // given: a row as release 1.1 wrote it, without project or acting user, its flag set by REST
            ao.create(
                    EventSourceEntity.class,
                    new DBParam("SOURCE_KEY", "legacy"),
                    new DBParam("NAME", "Legacy"),
                    new DBParam("FORMAT", EventFormat.ALERTMANAGER.name()),
                    new DBParam("SECRET_HASH", "hash"),
                    new DBParam("MAPPINGS", ""),
                    new DBParam("MAY_OPEN_INCIDENT", true),
                    new DBParam("CREATED_AT", T0.toEpochMilli()),
                    new DBParam("SECRET_ROTATED_AT", T0.toEpochMilli()));

            // when
            EventSource read = new AoEventSources(ao).byKey("legacy").orElseThrow();

            // then
            assertThat(read.incidentProject()).isNull();
            assertThat(read.actingUserKey()).isNull();
            assertThat(read.opensIncidents()).isFalse();
        }

        private IncidentsFromAlerts node(AlertIncidents links, InMemoryIssueTracker tracker, TestClock clock) {
            return new IncidentsFromAlerts(
                    links,
                    tracker,
                    new InMemoryTimelineStore(),
                    new InMemoryEventDecisions(),
                    FrozenTimelines.NONE,
                    clock);
        }

        private static StoredEvent firing(long id, String alertKey) {
            ExternalEvent event = new ExternalEvent(
                    alertKey + ":firing:" + id,
                    EventKind.ALERT_FIRING,
                    T0,
                    "HighErrorRate",
                    null,
                    alertKey,
                    Map.of("service", "checkout"),
                    Set.of());
            return new StoredEvent(id, "prom", EventFormat.ALERTMANAGER, event, "OPS", null, T0);
        }
    }
}
