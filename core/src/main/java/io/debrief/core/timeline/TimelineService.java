package io.debrief.core.timeline;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.ConflictException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.common.UserRef;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentAccess;
import io.debrief.core.incident.Incidents;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reading and changing an incident's timeline on someone's behalf.
 *
 * <p>Every method first applies {@link IncidentAccess} (401, 404, 409, and 403 for writes), then checks the input
 * (400), and only then writes. Once the incident's debrief is published its timeline is frozen (409). Deleting is soft and restorable; editing keeps the replaced content.
 */
public final class TimelineService implements RecordingTimeline {

    public static final String ENTRY_NOT_FOUND = "debrief.error.timeline.entry.not-found";
    public static final String ENTRY_DERIVED = "debrief.error.timeline.entry.derived";
    public static final String ENTRY_DELETED = "debrief.error.timeline.entry.deleted";
    public static final String FROZEN = "debrief.error.timeline.frozen";
    public static final String STALE = ConflictException.STALE_KEY;

    private final IncidentAccess access;
    private final TimelineStore store;
    private final DerivedEntries derived;
    private final Clock clock;
    private final FrozenTimelines frozen;

    /**
     * @param frozen tells by incident id whether its timeline may no longer change (its debrief is published) and
     *               what it holds then
     */
    public TimelineService(
            Incidents incidents, TimelineStore store, DerivedEntries derived, Clock clock, FrozenTimelines frozen) {
        this.access = new IncidentAccess(incidents);
        this.store = Objects.requireNonNull(store, "store");
        this.derived = Objects.requireNonNull(derived, "derived");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.frozen = Objects.requireNonNull(frozen, "frozen");
    }

    /** A service whose timelines never freeze (for hosts without debriefs). */
    public TimelineService(Incidents incidents, TimelineStore store, DerivedEntries derived, Clock clock) {
        this(incidents, store, derived, clock, FrozenTimelines.NONE);
    }

    /**
     * The ordered timeline, derived entries merged in; deleted entries only for those who may edit. A frozen timeline
     * is listed as it was frozen (nothing deleted in it, nothing derived since).
     */
    @Override
    public List<TimelineEntry> list(String issueKey, boolean includeDeleted, Viewer viewer) {
        Incident incident = includeDeleted ? access.toWrite(issueKey, viewer) : access.toRead(issueKey, viewer);
        Optional<List<TimelineEntry>> asFrozen = frozen.of(incident.id());
        if (asFrozen.isPresent()) {
            return asFrozen.get();
        }
        Timeline timeline = Timeline.load(incident, store, derived);
        return includeDeleted ? timeline.entriesIncludingDeleted() : timeline.entries();
    }

    @Override
    public TimelineEntry add(String issueKey, NewTimelineEntry command, Viewer viewer) {
        Incident incident = toChange(issueKey, viewer);
        command.requireValid(clock);
        TimelineEntry entry = new TimelineEntry(
                0,
                incident.id(),
                command.kind(),
                command.at(),
                command.text(),
                command.normalizedLink(),
                EntrySource.MANUAL,
                null,
                1,
                false,
                authorKey(viewer),
                clock.instant(),
                command.approximate());
        return store.add(entry);
    }

    /**
     * Adds an entry a person accepted from an external event: stored and versioned like a manual one, with the event
     * it came from as {@code sourceRef} ("event:17") so its provenance stays on the record.
     */
    public TimelineEntry addFromEvent(String issueKey, NewTimelineEntry command, String sourceRef, Viewer viewer) {
        Incident incident = toChange(issueKey, viewer);
        command.requireValid(clock);
        TimelineEntry entry = new TimelineEntry(
                0,
                incident.id(),
                command.kind(),
                command.at(),
                command.text(),
                command.normalizedLink(),
                EntrySource.EXTERNAL,
                sourceRef,
                1,
                false,
                authorKey(viewer),
                clock.instant(),
                command.approximate());
        return store.add(entry);
    }

    /** An entry brought in from elsewhere with the origin that identifies it ("import:3f2a..."). */
    public record Sourced(NewTimelineEntry entry, String sourceRef) {}

    /**
     * Adds entries brought in from elsewhere (a timeline imported as a whole) in one transaction, stored and versioned
     * like manual ones with source {@code EXTERNAL} and their origin as {@code sourceRef}. Every entry is checked
     * before the first is written.
     */
    public List<TimelineEntry> addAllFromSource(String issueKey, List<Sourced> entries, Viewer viewer) {
        Incident incident = toChange(issueKey, viewer);
        entries.forEach(sourced -> sourced.entry().requireValid(clock));
        Instant now = clock.instant();
        return store.addAll(entries.stream()
                .map(sourced -> new TimelineEntry(
                        0,
                        incident.id(),
                        sourced.entry().kind(),
                        sourced.entry().at(),
                        sourced.entry().text(),
                        sourced.entry().normalizedLink(),
                        EntrySource.EXTERNAL,
                        sourced.sourceRef(),
                        1,
                        false,
                        authorKey(viewer),
                        now,
                        sourced.entry().approximate()))
                .toList());
    }

    /** Replaces the content of a manual entry; a stale {@code expectedVersion} is a conflict. */
    @Override
    public TimelineEntry edit(String issueKey, long entryId, TimelineEdit edit, int expectedVersion, Viewer viewer) {
        Incident incident = toChange(issueKey, viewer);
        TimelineEntry current = existing(incident, entryId);
        if (current.isDerived()) {
            throw new ConflictException(ENTRY_DERIVED, entryId);
        }
        if (current.deleted()) {
            throw new ConflictException(ENTRY_DELETED, entryId);
        }
        edit.requireValid(clock);
        if (current.version() != expectedVersion) {
            throw new ConflictException(STALE, entryId, current.version());
        }
        TimelineEntry changed =
                current.withContent(edit.kind(), edit.at(), edit.text(), edit.normalizedLink(), edit.approximate());
        return store.update(changed, expectedVersion, EntryVersion.of(current, authorKey(viewer), clock.instant()));
    }

    /** Hides an entry from the timeline and the facts; restorable. Deleting twice changes nothing. */
    @Override
    public TimelineEntry delete(String issueKey, long entryId, Viewer viewer) {
        Incident incident = toChange(issueKey, viewer);
        TimelineEntry current = existing(incident, entryId);
        return current.deleted() ? current : store.softDelete(incident.id(), entryId);
    }

    /** Brings a deleted entry back. Restoring a live entry changes nothing. */
    @Override
    public TimelineEntry restore(String issueKey, long entryId, Viewer viewer) {
        Incident incident = toChange(issueKey, viewer);
        TimelineEntry current = existing(incident, entryId);
        return current.deleted() ? store.restore(incident.id(), entryId) : current;
    }

    /** The earlier contents of an entry, oldest first. */
    @Override
    public List<EntryVersion> history(String issueKey, long entryId, Viewer viewer) {
        Incident incident = access.toRead(issueKey, viewer);
        existing(incident, entryId);
        return store.versions(entryId);
    }

    /** The write guard: the access policy, then a published debrief freezes its timeline. */
    private Incident toChange(String issueKey, Viewer viewer) {
        Incident incident = access.toWrite(issueKey, viewer);
        if (frozen.of(incident.id()).isPresent()) {
            throw new ConflictException(FROZEN, issueKey);
        }
        return incident;
    }

    private TimelineEntry existing(Incident incident, long entryId) {
        return store.find(incident.id(), entryId).orElseThrow(() -> new NotFoundException(ENTRY_NOT_FOUND, entryId));
    }

    private static String authorKey(Viewer viewer) {
        return viewer.user().map(UserRef::key).orElse(null);
    }
}
