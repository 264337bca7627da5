package io.debrief.core.intake;

import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TestViewer.aViewer;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentAccess;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.incident.Phase;
import io.debrief.core.testkit.InMemoryEventDecisions;
import io.debrief.core.testkit.InMemoryExternalEventLog;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.InMemoryTimelineStore;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.testkit.TestViewer;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.NewTimelineEntry;
import io.debrief.core.timeline.Timeline;
import io.debrief.core.timeline.TimelineService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A pager's "acknowledged" event, once a person accepts it, is the incident's acknowledged fact. */
class AcknowledgementFeedsFactsTest {

    private static final Instant DETECTED = Instant.parse("2026-11-24T09:10:00Z");

    private final TestClock clock = TestClock.at("2026-11-24T12:00:00Z");
    private final Incident incident = anIncident()
            .id(501)
            .key("OPS-12")
            .created(DETECTED.plusSeconds(120))
            .resolvedAt(DETECTED.plus(Duration.ofMinutes(50)))
            .build();
    private final InMemoryIncidents incidents = new InMemoryIncidents().with(incident);
    private final InMemoryTimelineStore timelineStore = new InMemoryTimelineStore();
    private final TimelineService timeline = new TimelineService(incidents, timelineStore, DerivedEntries.NONE, clock);
    private final InMemoryExternalEventLog log = new InMemoryExternalEventLog();
    private final IncidentEvents events = new IncidentEvents(
            new IncidentAccess(incidents),
            timelineStore,
            DerivedEntries.NONE,
            timeline,
            log,
            new InMemoryEventDecisions(),
            clock);
    private final TestViewer alice = aViewer("alice");

    @Test
    void an_accepted_pagerduty_acknowledgement_sets_the_acknowledged_fact_and_times_the_acknowledge_phase() {
        // given: detection on the timeline, and PagerDuty's incident.acknowledged four minutes later naming OPS-12
        timeline.add("OPS-12", new NewTimelineEntry(EntryKind.DETECTED, DETECTED, "Paged", null), alice);
        Instant acknowledged = DETECTED.plus(Duration.ofMinutes(4));
        log.addNew(List.of(new StoredEvent(
                0,
                "pagerduty",
                EventFormat.PAGERDUTY,
                new ExternalEvent(
                        "ack-1",
                        EventKind.ALERT_ACKNOWLEDGED,
                        acknowledged,
                        "Acknowledged by the on-call",
                        null,
                        "PD-1",
                        Map.of(),
                        Set.of("OPS-12")),
                "OPS",
                null,
                acknowledged)));
        long eventId = log.all().get(0).id();

        // when
        events.accept("OPS-12", eventId, alice);

        // then
        IncidentFacts facts =
                Timeline.load(incident, timelineStore, DerivedEntries.NONE).facts(incident);
        assertThat(facts.acknowledgedAt()).isEqualTo(acknowledged);
        assertThat(Phase.ACKNOWLEDGE.duration(facts)).contains(Duration.ofMinutes(4));
        assertThat(facts.isApproximate(io.debrief.core.incident.Fact.ACKNOWLEDGED))
                .isFalse();
    }
}
