package io.debrief.core.intake;

import static io.debrief.core.intake.IntakeFixtures.fixture;
import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.core.common.IssueRef;
import io.debrief.core.incident.IncidentAccess;
import io.debrief.core.testkit.InMemoryAlertIncidents;
import io.debrief.core.testkit.InMemoryEventDecisions;
import io.debrief.core.testkit.InMemoryEventSources;
import io.debrief.core.testkit.InMemoryExternalEventLog;
import io.debrief.core.testkit.InMemoryIncidents;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemoryTimelineStore;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.testkit.TestViewer;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.EntrySource;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.core.timeline.TimelineService;
import io.debrief.core.tracker.NewIncident;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A source an admin set to open incidents: a firing alert with no open incident for its key opens one Incident issue,
 * as the source's acting user, whose timeline starts with the alert; the resolving alert records a resolved entry,
 * once; the issue is never transitioned; the alert firing again opens a new incident only once people resolved the
 * earlier one.
 */
class IncidentsFromAlertsTest {

    private static final String FINGERPRINT = "a1b2c3d4e5f60718";

    private final TestClock clock = TestClock.at("2026-11-24T10:00:00Z");
    private final InMemoryEventSources sources = new InMemoryEventSources();
    private final InMemoryExternalEventLog log = new InMemoryExternalEventLog();
    private final InMemoryAlertIncidents links = new InMemoryAlertIncidents();
    private final InMemoryEventDecisions decisions = new InMemoryEventDecisions();
    private final InMemoryTimelineStore timelines = new InMemoryTimelineStore();
    private final InMemoryIssueTracker tracker =
            new InMemoryIssueTracker(clock).userMayOpenIncidentsIn("oncall-bot", "OPS");
    private final EventSourceAdmin admin = new EventSourceAdmin(sources, clock, tracker);
    private final EventIntake intake = new EventIntake(
            sources,
            log,
            clock,
            new EventRetention(IntakeSettings.inMemory()),
            new IncidentsFromAlerts(links, tracker, timelines, decisions, this::frozen, clock));
    private final Set<Long> published = new HashSet<>();
    private final TestViewer anAdmin =
            new TestViewer(TestViewer.aViewer("admin").person(), true, true, true);

    /** A published debrief freezes its incident's timeline. */
    private Optional<List<TimelineEntry>> frozen(long incidentId) {
        return published.contains(incidentId) ? Optional.of(timelines.entries(incidentId, false)) : Optional.empty();
    }

    private String givenSource(String key, EventFormat format, boolean opens) {
        return admin.create(
                        new SourceForm(
                                key,
                                "Prometheus " + key,
                                format,
                                format.isSigned() ? "whsec" : null,
                                List.of(new LabelMapping("service", "*", "OPS", null)),
                                opens,
                                opens ? "OPS" : null,
                                opens ? "oncall-bot" : null),
                        anAdmin)
                .secret();
    }

    /** One Alertmanager alert, firing (no end) or resolved at {@code endsAt}. */
    private static String alertmanager(String status, String startsAt, String endsAt) {
        return """
                {"version": "4", "status": "%1$s", "groupKey": "{}:{alertname=\\"HighErrorRate\\"}",
                 "alerts": [{"status": "%1$s",
                   "labels": {"alertname": "HighErrorRate", "service": "checkout", "severity": "page"},
                   "annotations": {"summary": "5xx above 2%% on checkout"},
                   "startsAt": "%2$s", "endsAt": "%3$s",
                   "generatorURL": "http://prometheus.example.org:9090/graph",
                   "fingerprint": "%4$s"}]}
                """.formatted(status, startsAt, endsAt == null ? "0001-01-01T00:00:00Z" : endsAt, FINGERPRINT);
    }

    private static String firing(String startsAt) {
        return alertmanager("firing", startsAt, null);
    }

    private static String resolved(String startsAt, String endsAt) {
        return alertmanager("resolved", startsAt, endsAt);
    }

    private List<TimelineEntry> timelineOf(IssueRef issue) {
        return timelines.entries(issue.id(), false);
    }

    @Test
    void a_source_opens_no_incident_unless_an_admin_turned_it_on() {
        // given
        String secret = givenSource("prom", EventFormat.ALERTMANAGER, false);

        // when
        IntakeReceipt receipt = intake.receive("prom", secret, null, firing("2026-11-24T09:02:30Z"));

        // then
        assertThat(receipt.stored()).isEqualTo(1);
        assertThat(receipt.opened()).isEmpty();
        assertThat(tracker.createdIncidents()).isEmpty();
    }

    @Test
    void a_firing_alert_opens_one_incident_in_the_sources_project_as_its_acting_user_with_the_alert_first() {
        // given
        String secret = givenSource("prom", EventFormat.ALERTMANAGER, true);

        // when
        IntakeReceipt receipt = intake.receive("prom", secret, null, firing("2026-11-24T09:02:30Z"));

        // then
        assertThat(receipt.opened()).hasSize(1);
        IssueRef issue = receipt.opened().get(0);
        NewIncident asked = tracker.createdIncidents().get(issue);
        assertThat(asked.projectKey()).isEqualTo("OPS");
        assertThat(asked.reporterKey()).isEqualTo("oncall-bot");
        assertThat(asked.summary()).isEqualTo("HighErrorRate: 5xx above 2% on checkout");
        assertThat(asked.sourceName()).isEqualTo("Prometheus prom");
        assertThat(asked.alertKey()).isEqualTo("am:" + FINGERPRINT);
        assertThat(asked.link()).isEqualTo("http://prometheus.example.org:9090/graph");
        assertThat(asked.labels()).containsEntry("service", "checkout").containsEntry("severity", "page");
        long eventId = log.all().get(0).id();
        assertThat(timelineOf(issue)).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(EntryKind.ALERT);
            assertThat(entry.at()).isEqualTo(Instant.parse("2026-11-24T09:02:30Z"));
            assertThat(entry.source()).isEqualTo(EntrySource.EXTERNAL);
            assertThat(entry.sourceRef()).isEqualTo("event:" + eventId);
            assertThat(entry.authorKey()).isEqualTo("oncall-bot");
            assertThat(entry.text()).isEqualTo("HighErrorRate: 5xx above 2% on checkout");
        });
        assertThat(decisions.forIncident(issue.id()))
                .extracting(EventDecision::eventId, EventDecision::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(eventId, EventDecision.Outcome.ACCEPTED));
    }

    @Test
    void the_same_notification_sent_again_opens_nothing_more() {
        // given
        String secret = givenSource("prom", EventFormat.ALERTMANAGER, true);
        intake.receive("prom", secret, null, firing("2026-11-24T09:02:30Z"));

        // when (Alertmanager's repeat interval)
        IntakeReceipt again = intake.receive("prom", secret, null, firing("2026-11-24T09:02:30Z"));

        // then
        assertThat(again.opened()).isEmpty();
        assertThat(tracker.createdIncidents()).hasSize(1);
    }

    @Test
    void the_alert_firing_again_while_its_incident_is_open_opens_nothing_and_is_suggested_on_that_incident() {
        // given
        String secret = givenSource("prom", EventFormat.ALERTMANAGER, true);
        IssueRef issue = intake.receive("prom", secret, null, firing("2026-11-24T09:02:30Z"))
                .opened()
                .get(0);
        clock.advance(Duration.ofMinutes(20));

        // when
        IntakeReceipt refire = intake.receive("prom", secret, null, firing("2026-11-24T10:15:00Z"));

        // then
        assertThat(refire.stored()).isEqualTo(1);
        assertThat(refire.opened()).isEmpty();
        assertThat(tracker.createdIncidents()).hasSize(1);
        InMemoryIncidents incidents = new InMemoryIncidents()
                .with(anIncident()
                        .id(issue.id())
                        .key(issue.key())
                        .created(Instant.parse("2026-11-24T10:00:00Z"))
                        .unresolved()
                        .build());
        TimelineService timeline = new TimelineService(incidents, timelines, DerivedEntries.NONE, clock);
        IncidentEvents events = new IncidentEvents(
                new IncidentAccess(incidents), timelines, DerivedEntries.NONE, timeline, log, decisions, clock);
        assertThat(events.view(issue.key(), TestViewer.aViewer("alice")).suggestions())
                .extracting(suggestion -> suggestion.event().event().at(), SuggestedEntry::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Instant.parse("2026-11-24T10:15:00Z"), EntryKind.ALERT));
    }

    @Test
    void once_people_resolved_the_incident_the_alert_firing_again_opens_a_new_one() {
        // given
        String secret = givenSource("prom", EventFormat.ALERTMANAGER, true);
        IssueRef first = intake.receive("prom", secret, null, firing("2026-11-24T09:02:30Z"))
                .opened()
                .get(0);
        tracker.resolveNow(first);
        clock.advance(Duration.ofHours(5));

        // when
        IntakeReceipt refire = intake.receive("prom", secret, null, firing("2026-11-24T14:30:00Z"));

        // then
        assertThat(refire.opened()).hasSize(1).doesNotContain(first);
        assertThat(tracker.createdIncidents()).hasSize(2);
        assertThat(links.forAlert("prom", "am:" + FINGERPRINT))
                .extracting(AlertIncident::sequence, AlertIncident::issue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, first),
                        org.assertj.core.groups.Tuple.tuple(2, refire.opened().get(0)));
    }

    @Test
    void the_resolving_alert_records_a_resolved_entry_once_and_never_transitions_the_issue() {
        // given
        String secret = givenSource("prom", EventFormat.ALERTMANAGER, true);
        IssueRef issue = intake.receive("prom", secret, null, firing("2026-11-24T09:02:30Z"))
                .opened()
                .get(0);

        // when
        IntakeReceipt resolvedOnce =
                intake.receive("prom", secret, null, resolved("2026-11-24T09:02:30Z", "2026-11-24T09:41:00Z"));
        IntakeReceipt resolvedAgain =
                intake.receive("prom", secret, null, resolved("2026-11-24T09:02:30Z", "2026-11-24T09:45:00Z"));

        // then
        assertThat(resolvedOnce.resolved()).containsExactly(issue);
        assertThat(resolvedAgain.stored()).isEqualTo(1);
        assertThat(resolvedAgain.resolved()).isEmpty();
        assertThat(timelineOf(issue))
                .extracting(TimelineEntry::kind, TimelineEntry::at, TimelineEntry::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                EntryKind.ALERT, Instant.parse("2026-11-24T09:02:30Z"), EntrySource.EXTERNAL),
                        org.assertj.core.groups.Tuple.tuple(
                                EntryKind.RESOLVED, Instant.parse("2026-11-24T09:41:00Z"), EntrySource.EXTERNAL));
        assertThat(tracker.find(issue.key()).orElseThrow().resolved()).isNull();
        assertThat(tracker.writes()).containsExactly("createIncident " + issue.key());
    }

    @Test
    void a_resolution_arriving_after_the_debrief_was_published_leaves_the_frozen_timeline_as_it_was() {
        // given
        String secret = givenSource("prom", EventFormat.ALERTMANAGER, true);
        IssueRef issue = intake.receive("prom", secret, null, firing("2026-11-24T09:02:30Z"))
                .opened()
                .get(0);
        published.add(issue.id());

        // when
        IntakeReceipt receipt =
                intake.receive("prom", secret, null, resolved("2026-11-24T09:02:30Z", "2026-11-24T09:41:00Z"));

        // then
        assertThat(receipt.resolved()).containsExactly(issue);
        assertThat(timelineOf(issue)).extracting(TimelineEntry::kind).containsExactly(EntryKind.ALERT);
    }

    @Test
    void a_resolving_alert_with_no_incident_of_its_own_records_nothing() {
        // given
        String secret = givenSource("prom", EventFormat.ALERTMANAGER, true);

        // when
        IntakeReceipt receipt =
                intake.receive("prom", secret, null, resolved("2026-11-24T09:02:30Z", "2026-11-24T09:41:00Z"));

        // then
        assertThat(receipt.stored()).isEqualTo(1);
        assertThat(receipt.resolved()).isEmpty();
        assertThat(tracker.createdIncidents()).isEmpty();
    }

    @Test
    void an_alert_another_node_is_opening_opens_nothing_here_until_that_claim_is_stale() {
        // given
        String secret = givenSource("prom", EventFormat.ALERTMANAGER, true);
        links.claim(AlertIncident.claim("prom", "am:" + FINGERPRINT, 1, 999, clock.instant()));

        // when
        IntakeReceipt whileClaimed = intake.receive("prom", secret, null, firing("2026-11-24T09:02:30Z"));
        clock.advance(IncidentsFromAlerts.STALE_CLAIM.plusSeconds(1));
        IntakeReceipt afterStale = intake.receive("prom", secret, null, firing("2026-11-24T10:05:00Z"));

        // then
        assertThat(whileClaimed.opened()).isEmpty();
        assertThat(afterStale.opened()).hasSize(1);
        assertThat(links.forAlert("prom", "am:" + FINGERPRINT))
                .extracting(AlertIncident::sequence)
                .containsExactly(1, 2);
    }

    @Test
    void when_the_tracker_refuses_the_alert_stays_an_event_and_the_next_firing_may_open_the_incident() {
        // given
        String secret = givenSource("prom", EventFormat.ALERTMANAGER, true);
        tracker.refuseNewIncidents(1);

        // when
        IntakeReceipt refused = intake.receive("prom", secret, null, firing("2026-11-24T09:02:30Z"));
        IntakeReceipt next = intake.receive("prom", secret, null, firing("2026-11-24T09:30:00Z"));

        // then
        assertThat(refused.refused()).isEqualTo(1);
        assertThat(refused.stored()).isEqualTo(1);
        assertThat(refused.opened()).isEmpty();
        assertThat(next.opened()).hasSize(1);
        assertThat(links.forAlert("prom", "am:" + FINGERPRINT))
                .extracting(AlertIncident::sequence)
                .containsExactly(1);
    }

    @Test
    void opsgenie_create_opens_the_incident_and_close_records_its_resolution() {
        // given
        String secret = givenSource("og", EventFormat.OPSGENIE, true);

        // when
        IntakeReceipt created = intake.receive("og", secret, null, fixture("opsgenie-create.json"));
        IntakeReceipt closed = intake.receive("og", secret, null, fixture("opsgenie-close.json"));

        // then
        IssueRef issue = created.opened().get(0);
        assertThat(tracker.createdIncidents().get(issue).alertKey())
                .isEqualTo("og:44f717bf-44bd-11c9-44c7-2d0cf1d07b23");
        assertThat(closed.resolved()).containsExactly(issue);
        assertThat(timelineOf(issue))
                .extracting(TimelineEntry::kind)
                .containsExactly(EntryKind.ALERT, EntryKind.RESOLVED);
    }

    @Test
    void a_pagerduty_incident_triggered_opens_one_and_its_resolution_is_recorded_once() {
        // given
        String secret = givenSource("pd", EventFormat.PAGERDUTY, true);
        String triggered = fixture("pagerduty-triggered.json");
        String resolved = triggered
                .replace("01DEN3HVFW3VY0MYJFVNHSPN5Q", "01DEN3HVFW3VY0MYJFVNHSPN6R")
                .replace("\"incident.triggered\"", "\"incident.resolved\"")
                .replace("2026-11-24T09:05:12.000Z", "2026-11-24T09:50:00.000Z");
        String resolvedAgain = resolved.replace("01DEN3HVFW3VY0MYJFVNHSPN6R", "01DEN3HVFW3VY0MYJFVNHSPN7S");

        // when
        IntakeReceipt opened = intake.receive("pd", secret, PagerDutySignature.sign(triggered, "whsec"), triggered);
        IntakeReceipt first = intake.receive("pd", secret, PagerDutySignature.sign(resolved, "whsec"), resolved);
        IntakeReceipt second =
                intake.receive("pd", secret, PagerDutySignature.sign(resolvedAgain, "whsec"), resolvedAgain);

        // then
        IssueRef issue = opened.opened().get(0);
        assertThat(tracker.createdIncidents().get(issue).alertKey()).isEqualTo("pd:PGR0VU2");
        assertThat(tracker.createdIncidents().get(issue).summary()).isEqualTo("Checkout error rate above 2%");
        assertThat(first.resolved()).containsExactly(issue);
        assertThat(second.stored()).isEqualTo(1);
        assertThat(second.resolved()).isEmpty();
        assertThat(timelineOf(issue))
                .extracting(TimelineEntry::kind, TimelineEntry::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EntryKind.ALERT, Instant.parse("2026-11-24T09:05:12Z")),
                        org.assertj.core.groups.Tuple.tuple(EntryKind.RESOLVED, Instant.parse("2026-11-24T09:50:00Z")));
    }

    @Test
    void a_grafana_alert_opens_an_incident_by_its_fingerprint() {
        // given
        String secret = givenSource("graf", EventFormat.GRAFANA, true);

        // when
        IntakeReceipt receipt = intake.receive("graf", secret, null, fixture("grafana-firing.json"));

        // then
        assertThat(receipt.opened()).hasSize(1);
        assertThat(tracker.createdIncidents().values())
                .extracting(NewIncident::alertKey, NewIncident::link)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "grafana:c6eadffa33fcdf37", "https://grafana.example.org/d/payments?viewPanel=2"));
    }

    @Test
    void acknowledgements_and_notes_open_nothing() {
        // given
        String secret = givenSource("og", EventFormat.OPSGENIE, true);
        String acknowledge = fixture("opsgenie-create.json").replace("\"Create\"", "\"Acknowledge\"");

        // when
        IntakeReceipt receipt = intake.receive("og", secret, null, acknowledge);

        // then
        assertThat(receipt.stored()).isEqualTo(1);
        assertThat(receipt.opened()).isEmpty();
    }
}
