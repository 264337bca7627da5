package io.debrief.core.intake;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.ConflictException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.common.UserRef;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentAccess;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.timeline.DerivedEntries;
import io.debrief.core.timeline.EntryKind;
import io.debrief.core.timeline.EntrySource;
import io.debrief.core.timeline.NewTimelineEntry;
import io.debrief.core.timeline.Timeline;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.core.timeline.TimelineService;
import io.debrief.core.timeline.TimelineStore;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The external events of one incident as the Timeline tab offers them: suggested entries a person accepts or
 * dismisses, and the proposed real start. Nothing reaches the timeline without a person's click.
 *
 * <p>An event belongs to an incident when it names the incident's key, or when its source routes it to the incident's
 * project (and, if the mapping names one, to one of the incident's components) and it happened between
 * {@link #LOOKBACK} before detection and an hour after resolution (now while unresolved).
 */
public final class IncidentEvents {

    /** How far before detection events are looked for, and real-start candidates with them. */
    public static final Duration LOOKBACK = Duration.ofHours(24);
    /** How long after resolution events still belong to the incident. */
    public static final Duration AFTER_RESOLUTION = Duration.ofHours(1);
    /** The most events read for one incident. */
    public static final int MAX_EVENTS = 500;

    public static final String EVENT_NOT_FOUND = "debrief.error.intake.event.missing";
    public static final String ALREADY_DECIDED = "debrief.error.intake.event.decided";

    private final IncidentAccess access;
    private final TimelineStore timelines;
    private final DerivedEntries derived;
    private final TimelineService timeline;
    private final ExternalEventLog log;
    private final EventDecisions decisions;
    private final Clock clock;

    public IncidentEvents(
            IncidentAccess access,
            TimelineStore timelines,
            DerivedEntries derived,
            TimelineService timeline,
            ExternalEventLog log,
            EventDecisions decisions,
            Clock clock) {
        this.access = Objects.requireNonNull(access, "access");
        this.timelines = Objects.requireNonNull(timelines, "timelines");
        this.derived = Objects.requireNonNull(derived, "derived");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.log = Objects.requireNonNull(log, "log");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Open suggestions, oldest first, and the real-start proposal (empty ranking when there is none). */
    public record View(List<SuggestedEntry> suggestions, StartProposal start) {}

    public View view(String issueKey, Viewer viewer) {
        Incident incident = access.toRead(issueKey, viewer);
        return viewOf(incident);
    }

    /** Adds the event to the timeline as an entry of its suggested kind, with the event as its source. */
    public TimelineEntry accept(String issueKey, long eventId, Viewer viewer) {
        Incident incident = access.toWrite(issueKey, viewer);
        SuggestedEntry suggestion = viewOf(incident).suggestions().stream()
                .filter(candidate -> candidate.event().id() == eventId)
                .findFirst()
                .orElseThrow(() -> missingOrDecided(incident, eventId, EventDecision.Scope.SUGGESTION));
        return decideAndWrite(
                issueKey, incident, suggestion.event(), suggestion.kind(), EventDecision.Outcome.ACCEPTED, viewer);
    }

    /** Removes the suggestion; remembered, so it is not offered again. */
    public void dismiss(String issueKey, long eventId, Viewer viewer) {
        Incident incident = access.toWrite(issueKey, viewer);
        boolean open = viewOf(incident).suggestions().stream()
                .anyMatch(candidate -> candidate.event().id() == eventId);
        if (!open) {
            throw missingOrDecided(incident, eventId, EventDecision.Scope.SUGGESTION);
        }
        record(incident, eventId, EventDecision.Outcome.DISMISSED, null, viewer);
    }

    /** Records the candidate as the real start: a {@code started} entry with the event as its source. */
    public TimelineEntry acceptStart(String issueKey, long eventId, Viewer viewer) {
        Incident incident = access.toWrite(issueKey, viewer);
        StartCandidate candidate = candidate(incident, eventId);
        return decideAndWrite(
                issueKey, incident, candidate.event(), EntryKind.STARTED, EventDecision.Outcome.START_ACCEPTED, viewer);
    }

    /** "Not where it started": remembered, so the candidate is not proposed again. */
    public void rejectStart(String issueKey, long eventId, Viewer viewer) {
        Incident incident = access.toWrite(issueKey, viewer);
        candidate(incident, eventId);
        record(incident, eventId, EventDecision.Outcome.START_REJECTED, null, viewer);
    }

    private StartCandidate candidate(Incident incident, long eventId) {
        return viewOf(incident).start().ranked().stream()
                .filter(c -> c.event().id() == eventId)
                .findFirst()
                .orElseThrow(() -> missingOrDecided(incident, eventId, EventDecision.Scope.START));
    }

    private TimelineEntry decideAndWrite(
            String issueKey,
            Incident incident,
            StoredEvent stored,
            EntryKind kind,
            EventDecision.Outcome outcome,
            Viewer viewer) {
        // the decision's unique row is the claim: a second click or node gets a conflict, not a second entry
        record(incident, stored.id(), outcome, null, viewer);
        try {
            ExternalEvent event = stored.event();
            String text = event.title().isBlank() ? event.subjectKey() : event.title();
            return timeline.addFromEvent(
                    issueKey,
                    new NewTimelineEntry(kind, event.at(), text, usableLink(event)),
                    "event:" + stored.id(),
                    viewer);
        } catch (RuntimeException failed) {
            decisions.remove(incident.id(), stored.id(), outcome.scope());
            throw failed;
        }
    }

    private void record(Incident incident, long eventId, EventDecision.Outcome outcome, Long entryId, Viewer viewer) {
        String by = viewer.user().map(UserRef::key).orElse(null);
        if (!decisions.record(new EventDecision(incident.id(), eventId, outcome, entryId, by, clock.instant()))) {
            throw new ConflictException(ALREADY_DECIDED, eventId);
        }
    }

    private RuntimeException missingOrDecided(Incident incident, long eventId, EventDecision.Scope scope) {
        boolean decided = decisions.forIncident(incident.id()).stream()
                .anyMatch(decision -> decision.eventId() == eventId && decision.scope() == scope);
        return decided
                ? new ConflictException(ALREADY_DECIDED, eventId)
                : new NotFoundException(EVENT_NOT_FOUND, eventId);
    }

    private View viewOf(Incident incident) {
        Timeline loaded = Timeline.load(incident, timelines, derived);
        IncidentFacts facts = loaded.facts();
        Instant detected = facts.detected().orElse(incident.created());
        Instant end = facts.resolved().or(incident::resolved).orElse(clock.instant());
        Instant from = detected.minus(LOOKBACK);
        Instant to = (end.isBefore(detected) ? detected : end).plus(AFTER_RESOLUTION);
        List<EventDecision> decided = decisions.forIncident(incident.id());
        Set<Long> answered = ids(decided, EventDecision.Scope.SUGGESTION);
        Set<Long> startAnswered = ids(decided, EventDecision.Scope.START);
        List<StoredEvent> events = log.about(incident.projectKey(), incident.key(), from, to, MAX_EVENTS);

        List<SuggestedEntry> suggestions = events.stream()
                .filter(event -> !answered.contains(event.id()))
                .flatMap(event -> reasonOf(incident, event).stream()
                        .map(reason -> new SuggestedEntry(
                                event, entryKindOf(event.event().kind()), reason)))
                .toList();

        // a person's own started entry stands; accepted proposals are entries of the EXTERNAL source
        Instant writtenStart = loaded.entries().stream()
                .filter(entry -> entry.kind() == EntryKind.STARTED && entry.source() == EntrySource.MANUAL)
                .map(TimelineEntry::at)
                .min(Comparator.naturalOrder())
                .orElse(null);
        boolean startAccepted =
                decided.stream().anyMatch(decision -> decision.outcome() == EventDecision.Outcome.START_ACCEPTED);
        List<StartCandidate> ranked = startAccepted
                ? List.of()
                : events.stream()
                        .filter(event -> event.event().kind().isCausal())
                        .filter(event -> event.event().at().isBefore(detected))
                        .filter(event ->
                                writtenStart == null || event.event().at().isBefore(writtenStart))
                        .filter(event -> !startAnswered.contains(event.id()))
                        .flatMap(event -> reasonOf(incident, event).stream()
                                .map(reason -> new StartCandidate(
                                        event,
                                        reason,
                                        Duration.between(event.event().at(), detected))))
                        .sorted(Comparator.comparing((StartCandidate candidate) ->
                                        candidate.event().event().at())
                                .thenComparing(StartCandidate::reason)
                                .thenComparing(candidate -> candidate.event().id()))
                        .toList();
        return new View(suggestions, new StartProposal(detected, writtenStart, ranked));
    }

    private static Set<Long> ids(List<EventDecision> decided, EventDecision.Scope scope) {
        Set<Long> ids = new HashSet<>();
        decided.stream().filter(decision -> decision.scope() == scope).forEach(decision -> ids.add(decision.eventId()));
        return ids;
    }

    /** Why the event belongs to the incident, if it does. */
    static Optional<MatchReason> reasonOf(Incident incident, StoredEvent event) {
        if (event.event().mentionedKeys().contains(incident.key())) {
            return Optional.of(MatchReason.MENTIONS_INCIDENT);
        }
        if (!incident.projectKey().equals(event.projectKey())) {
            return Optional.empty();
        }
        if (event.component() == null) {
            return Optional.of(MatchReason.SAME_PROJECT);
        }
        return incident.components().contains(event.component())
                ? Optional.of(MatchReason.SAME_COMPONENT)
                : Optional.empty();
    }

    /**
     * The timeline kind an event becomes: triggered, acknowledged and resolved alerts are alert, acknowledged and
     * resolved entries; deploys are deploys, configuration changes and merges changes; provider updates provider
     * entries; notes notes.
     */
    static EntryKind entryKindOf(EventKind kind) {
        return switch (kind) {
            case ALERT_FIRING -> EntryKind.ALERT;
            case ALERT_ACKNOWLEDGED -> EntryKind.ACKNOWLEDGED;
            case ALERT_RESOLVED -> EntryKind.RESOLVED;
            case DEPLOY -> EntryKind.DEPLOY;
            case CONFIG_CHANGE, CHANGE_MERGED -> EntryKind.CHANGE;
            case PROVIDER_UPDATE -> EntryKind.PROVIDER;
            case NOTE -> EntryKind.NOTE;
        };
    }

    static String usableLink(ExternalEvent event) {
        if (event.link() == null) {
            return null;
        }
        try {
            return new URI(event.link()).getHost() == null ? null : event.link();
        } catch (URISyntaxException unusable) {
            return null;
        }
    }
}
