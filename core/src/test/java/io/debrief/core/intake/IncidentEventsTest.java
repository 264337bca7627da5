package io.debrief.core.intake;

import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TestViewer.aViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.ConflictException;
import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentAccess;
import io.debrief.core.testkit.InMemoryEventDecisions;
import io.debrief.core.testkit.InMemoryExternalEventLog;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.InMemoryTimelineStore;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.testkit.TestViewer;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.EntrySource;
import io.debrief.core.timeline.NewTimelineEntry;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.core.timeline.TimelineService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Events that match an incident become suggestions a person accepts or dismisses; causal events before detection
 * become the proposed real start, which a person accepts or rejects.
 */
class IncidentEventsTest {

    private static final Instant DETECTED = Instant.parse("2026-11-24T09:10:00Z");

    private final TestClock clock = TestClock.at("2026-11-24T12:00:00Z");
    private final Incident incident = anIncident()
            .id(501)
            .key("OPS-12")
            .created(DETECTED.plusSeconds(120))
            .resolvedAt(DETECTED.plus(Duration.ofMinutes(50)))
            .components("Checkout")
            .build();
    private final InMemoryIncidents incidents = new InMemoryIncidents().with(incident);
    private final InMemoryTimelineStore timelineStore = new InMemoryTimelineStore();
    private final TimelineService timeline = new TimelineService(incidents, timelineStore, DerivedEntries.NONE, clock);
    private final InMemoryExternalEventLog log = new InMemoryExternalEventLog();
    private final InMemoryEventDecisions decisions = new InMemoryEventDecisions();
    private final IncidentEvents events = new IncidentEvents(
            new IncidentAccess(incidents), timelineStore, DerivedEntries.NONE, timeline, log, decisions, clock);
    private final TestViewer alice = aViewer("alice");

    private long given(String id, EventKind kind, Instant at, String project, String component, String... mentions) {
        log.addNew(List.of(new StoredEvent(
                0,
                "src",
                EventFormat.CLOUDEVENTS,
                new ExternalEvent(
                        id, kind, at, "title " + id, "https://ci.example.org/" + id, id, Map.of(), Set.of(mentions)),
                project,
                component,
                at)));
        return log.all().stream()
                .filter(stored -> stored.event().eventId().equals(id))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private void givenDetectedEntry() {
        timeline.add("OPS-12", new NewTimelineEntry(EntryKind.DETECTED, DETECTED, "Paged", null), alice);
    }

    @Test
    void eventsOfTheIncidentsComponentProjectOrKeyAreSuggestedWithTheirReasonAndKind() {
        givenDetectedEntry();
        long alert = given("alert", EventKind.ALERT_FIRING, DETECTED.minusSeconds(60), "OPS", "Checkout");
        long resolved = given("resolved", EventKind.ALERT_RESOLVED, DETECTED.plusSeconds(1800), "OPS", null);
        long mention = given("mention", EventKind.NOTE, DETECTED.plusSeconds(60), "WEB", null, "OPS-12");
        long ack = given("ack", EventKind.ALERT_ACKNOWLEDGED, DETECTED.plusSeconds(120), "OPS", "Checkout");
        long merge = given("merge", EventKind.CHANGE_MERGED, DETECTED.minusSeconds(600), "OPS", "Checkout");
        long provider = given("provider", EventKind.PROVIDER_UPDATE, DETECTED.minusSeconds(300), "OPS", null);
        given("other-component", EventKind.ALERT_FIRING, DETECTED, "OPS", "Search");
        given("other-project", EventKind.ALERT_FIRING, DETECTED, "WEB", null);
        given("too-early", EventKind.DEPLOY, DETECTED.minus(Duration.ofHours(25)), "OPS", "Checkout");
        given("too-late", EventKind.ALERT_FIRING, DETECTED.plus(Duration.ofHours(3)), "OPS", "Checkout");

        List<SuggestedEntry> suggestions = events.view("OPS-12", alice).suggestions();

        assertThat(suggestions)
                .extracting(s -> s.event().id(), SuggestedEntry::kind, SuggestedEntry::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(merge, EntryKind.CHANGE, MatchReason.SAME_COMPONENT),
                        org.assertj.core.groups.Tuple.tuple(provider, EntryKind.PROVIDER, MatchReason.SAME_PROJECT),
                        org.assertj.core.groups.Tuple.tuple(alert, EntryKind.ALERT, MatchReason.SAME_COMPONENT),
                        org.assertj.core.groups.Tuple.tuple(mention, EntryKind.NOTE, MatchReason.MENTIONS_INCIDENT),
                        org.assertj.core.groups.Tuple.tuple(ack, EntryKind.ACKNOWLEDGED, MatchReason.SAME_COMPONENT),
                        org.assertj.core.groups.Tuple.tuple(resolved, EntryKind.RESOLVED, MatchReason.SAME_PROJECT));
    }

    @Test
    void acceptingAddsAVersionedEntryFromTheEventAndTheSuggestionGoes() {
        long deploy = given("deploy", EventKind.DEPLOY, DETECTED.minusSeconds(600), "OPS", "Checkout");

        TimelineEntry entry = events.accept("OPS-12", deploy, alice);

        assertThat(entry.kind()).isEqualTo(EntryKind.DEPLOY);
        assertThat(entry.at()).isEqualTo(DETECTED.minusSeconds(600));
        assertThat(entry.text()).isEqualTo("title deploy");
        assertThat(entry.link()).isEqualTo("https://ci.example.org/deploy");
        assertThat(entry.source()).isEqualTo(EntrySource.EXTERNAL);
        assertThat(entry.sourceRef()).isEqualTo("event:" + deploy);
        assertThat(entry.isDerived()).isFalse();
        assertThat(entry.version()).isEqualTo(1);
        assertThat(events.view("OPS-12", alice).suggestions()).isEmpty();
        assertThatThrownBy(() -> events.accept("OPS-12", deploy, alice)).isInstanceOf(ConflictException.class);
        assertThat(timeline.list("OPS-12", false, alice)).hasSize(1);
    }

    @Test
    void dismissingIsRememberedAndAddsNothing() {
        long alert = given("alert", EventKind.ALERT_FIRING, DETECTED, "OPS", "Checkout");

        events.dismiss("OPS-12", alert, alice);

        assertThat(events.view("OPS-12", alice).suggestions()).isEmpty();
        assertThat(timeline.list("OPS-12", false, alice)).isEmpty();
        assertThatThrownBy(() -> events.dismiss("OPS-12", alert, alice)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> events.dismiss("OPS-12", 9999, alice)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theEarliestCausalEventBeforeDetectionIsProposedWithTheOthersRanked() {
        givenDetectedEntry();
        long merge = given("merge", EventKind.CHANGE_MERGED, DETECTED.minus(Duration.ofMinutes(95)), "OPS", null);
        long deploy = given("deploy", EventKind.DEPLOY, DETECTED.minus(Duration.ofMinutes(38)), "OPS", "Checkout");
        given("alert", EventKind.ALERT_FIRING, DETECTED.minus(Duration.ofMinutes(5)), "OPS", "Checkout");
        given("after", EventKind.DEPLOY, DETECTED.plusSeconds(60), "OPS", "Checkout");

        StartProposal start = events.view("OPS-12", alice).start();

        assertThat(start.detectedAt()).isEqualTo(DETECTED);
        assertThat(start.ranked()).extracting(c -> c.event().id()).containsExactly(merge, deploy);
        StartCandidate proposed = start.proposed().orElseThrow();
        assertThat(proposed.minutesBeforeDetection()).isEqualTo(95);
        assertThat(proposed.reason()).isEqualTo(MatchReason.SAME_PROJECT);
        assertThat(start.writtenStartIfAny()).isEmpty();
    }

    @Test
    void withoutADetectedEntryTheIncidentsCreationIsTheDetection() {
        given("deploy", EventKind.DEPLOY, DETECTED, "OPS", "Checkout");

        StartProposal start = events.view("OPS-12", alice).start();

        assertThat(start.detectedAt()).isEqualTo(incident.created());
        assertThat(start.proposed().orElseThrow().minutesBeforeDetection()).isEqualTo(2);
    }

    @Test
    void acceptingTheProposalRecordsTheStartedEntryWithItsSourceAndEndsTheProposal() {
        givenDetectedEntry();
        long deploy = given("deploy", EventKind.DEPLOY, DETECTED.minus(Duration.ofMinutes(38)), "OPS", "Checkout");

        TimelineEntry started = events.acceptStart("OPS-12", deploy, alice);

        assertThat(started.kind()).isEqualTo(EntryKind.STARTED);
        assertThat(started.at()).isEqualTo(DETECTED.minus(Duration.ofMinutes(38)));
        assertThat(started.source()).isEqualTo(EntrySource.EXTERNAL);
        assertThat(started.sourceRef()).isEqualTo("event:" + deploy);
        assertThat(events.view("OPS-12", alice).start().ranked()).isEmpty();
    }

    @Test
    void aRejectedCandidateIsRememberedAndTheNextOneIsProposed() {
        givenDetectedEntry();
        long merge = given("merge", EventKind.CHANGE_MERGED, DETECTED.minus(Duration.ofMinutes(95)), "OPS", null);
        long deploy = given("deploy", EventKind.DEPLOY, DETECTED.minus(Duration.ofMinutes(38)), "OPS", "Checkout");

        events.rejectStart("OPS-12", merge, alice);

        assertThat(events.view("OPS-12", alice)
                        .start()
                        .proposed()
                        .orElseThrow()
                        .event()
                        .id())
                .isEqualTo(deploy);
        assertThatThrownBy(() -> events.rejectStart("OPS-12", merge, alice)).isInstanceOf(ConflictException.class);
        assertThat(timeline.list("OPS-12", false, alice)).hasSize(1);
    }

    @Test
    void aStartedEntryAPersonWroteStandsAndOnlyEarlierCandidatesAreOffered() {
        givenDetectedEntry();
        Instant written = DETECTED.minus(Duration.ofMinutes(30));
        timeline.add("OPS-12", new NewTimelineEntry(EntryKind.STARTED, written, "Config pushed", null), alice);
        long earlier = given("earlier", EventKind.DEPLOY, DETECTED.minus(Duration.ofMinutes(38)), "OPS", "Checkout");
        given("later", EventKind.CONFIG_CHANGE, DETECTED.minus(Duration.ofMinutes(20)), "OPS", "Checkout");

        StartProposal start = events.view("OPS-12", alice).start();

        assertThat(start.writtenStart()).isEqualTo(written);
        assertThat(start.ranked()).extracting(c -> c.event().id()).containsExactly(earlier);
        events.acceptStart("OPS-12", earlier, alice);
        assertThat(timeline.list("OPS-12", false, alice))
                .filteredOn(e -> e.kind() == EntryKind.STARTED)
                .extracting(TimelineEntry::source)
                .containsExactlyInAnyOrder(EntrySource.MANUAL, EntrySource.EXTERNAL);
    }

    @Test
    void alertsAreNotStartCandidatesAndReadersMayNotDecide() {
        givenDetectedEntry();
        long alert = given("alert", EventKind.ALERT_FIRING, DETECTED.minus(Duration.ofMinutes(5)), "OPS", "Checkout");

        assertThat(events.view("OPS-12", alice).start().ranked()).isEmpty();
        assertThatThrownBy(() -> events.acceptStart("OPS-12", alert, alice)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> events.accept("OPS-12", alert, alice.withoutEdit()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(decisions.forIncident(501)).isEmpty();
    }
}
