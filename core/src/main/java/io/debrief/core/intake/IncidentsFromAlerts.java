package io.debrief.core.intake;

import io.debrief.core.common.IssueRef;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.EntrySource;
import io.debrief.core.timeline.FrozenTimelines;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.core.timeline.TimelineStore;
import io.debrief.core.tracker.IssueTracker;
import io.debrief.core.tracker.NewIncident;
import io.debrief.core.tracker.StatusCategory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Alerts that open and resolve incidents by themselves, at a source an admin set to do so ({@link
 * EventSource#opensIncidents()}; off by default).
 *
 * <p>A firing alert whose key ({@link ExternalEvent#subjectKey()}: the Alertmanager/Grafana fingerprint, the PagerDuty
 * incident id, the Opsgenie alert id) has no open incident opens one: an Incident issue in the source's incident
 * project, created as the source's acting user, whose timeline starts with the alert as an accepted {@code alert}
 * entry with the event as its source (the issue's creation is when it was declared). While that issue is open, the
 * same alert firing again opens nothing: it is an event like any other, suggested on the incident. Once a person
 * resolved the issue, the alert firing again opens a new one.
 *
 * <p>The resolving event (Alertmanager/Grafana resolved, PagerDuty incident.resolved, Opsgenie Close) records a
 * {@code resolved} entry on the incident's timeline, once, however often it comes. The issue itself is never
 * transitioned: people resolve it.
 *
 * <p>Cluster safety: opening claims the alert's next sequence number first (a unique row), so two nodes receiving the
 * same alert create one issue; a claim whose issue could not be created is released, and one left by a node that died
 * while creating counts as stale after {@link #STALE_CLAIM}.
 */
public final class IncidentsFromAlerts {

    /** How long a claim without an issue stops the alert from opening another incident. */
    public static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    private final AlertIncidents links;
    private final IssueTracker tracker;
    private final TimelineStore timelines;
    private final EventDecisions decisions;
    private final FrozenTimelines frozen;
    private final Clock clock;

    public IncidentsFromAlerts(
            AlertIncidents links,
            IssueTracker tracker,
            TimelineStore timelines,
            EventDecisions decisions,
            FrozenTimelines frozen,
            Clock clock) {
        this.links = Objects.requireNonNull(links, "links");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.timelines = Objects.requireNonNull(timelines, "timelines");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.frozen = Objects.requireNonNull(frozen, "frozen");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What the new events of one delivery opened, resolved, and what the tracker refused to open. */
    public record Outcome(List<IssueRef> opened, List<IssueRef> resolved, int refused) {
        static final Outcome NOTHING = new Outcome(List.of(), List.of(), 0);
    }

    /**
     * Acts on the events a delivery stored for the first time (never on one sent again), in their order. A refusal by
     * the tracker opens nothing for that alert (its claim is released) and does not stop the others.
     */
    public Outcome act(EventSource source, List<StoredEvent> newEvents) {
        if (!source.opensIncidents()) {
            return Outcome.NOTHING;
        }
        List<IssueRef> opened = new ArrayList<>();
        List<IssueRef> resolved = new ArrayList<>();
        int refused = 0;
        for (StoredEvent stored : newEvents) {
            switch (stored.event().kind()) {
                case ALERT_FIRING -> {
                    try {
                        fire(source, stored).ifPresent(opened::add);
                    } catch (RuntimeException refusal) {
                        refused++;
                    }
                }
                case ALERT_RESOLVED -> resolve(source, stored).ifPresent(resolved::add);
                default -> {
                    // acknowledgements, notes, deploys and the rest stay events to suggest
                }
            }
        }
        return new Outcome(opened, resolved, refused);
    }

    private Optional<IssueRef> fire(EventSource source, StoredEvent stored) {
        ExternalEvent event = stored.event();
        String alertKey = event.subjectKey();
        List<AlertIncident> known = links.forAlert(source.key(), alertKey);
        Instant now = clock.instant();
        AlertIncident latest = known.stream()
                .max(Comparator.comparingInt(AlertIncident::sequence))
                .orElse(null);
        if (latest != null && stillOpen(latest, now)) {
            return Optional.empty();
        }
        int sequence = latest == null ? 1 : latest.sequence() + 1;
        if (!links.claim(AlertIncident.claim(source.key(), alertKey, sequence, stored.id(), now))) {
            // another node or thread claimed it first: that one opens the incident
            return Optional.empty();
        }
        IssueRef issue;
        try {
            issue = tracker.createIncident(new NewIncident(
                    source.incidentProject(),
                    source.actingUserKey(),
                    event.title(),
                    source.name(),
                    alertKey,
                    IncidentEvents.usableLink(event),
                    event.labels()));
        } catch (RuntimeException refused) {
            links.release(source.key(), alertKey, sequence);
            throw refused;
        }
        links.opened(source.key(), alertKey, sequence, issue);
        record(source, issue, stored, EntryKind.ALERT, now);
        return Optional.of(issue);
    }

    private Optional<IssueRef> resolve(EventSource source, StoredEvent stored) {
        String alertKey = stored.event().subjectKey();
        AlertIncident latest = links.forAlert(source.key(), alertKey).stream()
                .filter(link -> link.issue() != null)
                .max(Comparator.comparingInt(AlertIncident::sequence))
                .orElse(null);
        if (latest == null || latest.resolutionRecorded()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!links.resolve(source.key(), alertKey, latest.sequence(), stored.id(), now)) {
            return Optional.empty();
        }
        IssueRef issue = latest.issue();
        try {
            if (frozen.of(issue.id()).isEmpty()) {
                record(source, issue, stored, EntryKind.RESOLVED, now);
            }
        } catch (RuntimeException failed) {
            links.unresolve(source.key(), alertKey, latest.sequence());
            throw failed;
        }
        return Optional.of(issue);
    }

    /** A claim still being created, or an issue nobody resolved yet; a deleted issue is no longer open. */
    private boolean stillOpen(AlertIncident latest, Instant now) {
        if (latest.issue() == null) {
            return latest.claimedAt().isAfter(now.minus(STALE_CLAIM));
        }
        return tracker.find(latest.issue().key())
                .map(issue -> issue.resolved() == null && issue.status() != StatusCategory.DONE)
                .orElse(false);
    }

    /**
     * The event as an accepted entry of the incident's timeline, with the event as its source; the decision row is the
     * claim, so a person accepting the same suggestion meanwhile does not add it twice.
     */
    private void record(EventSource source, IssueRef issue, StoredEvent stored, EntryKind kind, Instant now) {
        EventDecision accepted = new EventDecision(
                issue.id(), stored.id(), EventDecision.Outcome.ACCEPTED, null, source.actingUserKey(), now);
        if (!decisions.record(accepted)) {
            return;
        }
        ExternalEvent event = stored.event();
        try {
            timelines.add(new TimelineEntry(
                    0,
                    issue.id(),
                    kind,
                    event.at(),
                    event.title().isBlank() ? event.subjectKey() : event.title(),
                    IncidentEvents.usableLink(event),
                    EntrySource.EXTERNAL,
                    "event:" + stored.id(),
                    1,
                    false,
                    source.actingUserKey(),
                    now));
        } catch (RuntimeException failed) {
            decisions.remove(issue.id(), stored.id(), EventDecision.Scope.SUGGESTION);
            throw failed;
        }
    }
}
