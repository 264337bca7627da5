package io.debrief.core.testkit;

import io.debrief.core.common.ConflictException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.timeline.EntryVersion;
import io.debrief.core.timeline.TimelineEntry;
import io.debrief.core.timeline.TimelineStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link TimelineStore} port over maps, with ids in insertion order like a database sequence. */
public final class InMemoryTimelineStore implements TimelineStore {

    private final Map<Long, TimelineEntry> entries = new LinkedHashMap<>();
    private final Map<Long, List<EntryVersion>> versions = new LinkedHashMap<>();
    private long nextId = 1;
    private int writes;

    @Override
    public List<TimelineEntry> entries(long incidentId, boolean includeDeleted) {
        return entries.values().stream()
                .filter(entry -> entry.incidentId() == incidentId && (includeDeleted || !entry.deleted()))
                .toList();
    }

    @Override
    public TimelineEntry add(TimelineEntry entry) {
        TimelineEntry stored = entry.withId(nextId++);
        entries.put(stored.id(), stored);
        writes++;
        return stored;
    }

    @Override
    public List<TimelineEntry> addAll(List<TimelineEntry> added) {
        return added.stream().map(this::add).toList();
    }

    @Override
    public Optional<TimelineEntry> find(long incidentId, long entryId) {
        return Optional.ofNullable(entries.get(entryId)).filter(entry -> entry.incidentId() == incidentId);
    }

    @Override
    public TimelineEntry update(TimelineEntry changed, int expectedVersion, EntryVersion previous) {
        TimelineEntry current = entries.get(changed.id());
        if (current == null) {
            throw new NotFoundException("debrief.error.timeline.entry.not-found", changed.id());
        }
        if (current.version() != expectedVersion) {
            throw new ConflictException("debrief.error.stale", changed.id(), current.version());
        }
        versions.computeIfAbsent(changed.id(), id -> new ArrayList<>()).add(previous);
        entries.put(changed.id(), changed);
        writes++;
        return changed;
    }

    @Override
    public TimelineEntry softDelete(long incidentId, long entryId) {
        return markDeleted(incidentId, entryId, true);
    }

    @Override
    public TimelineEntry restore(long incidentId, long entryId) {
        return markDeleted(incidentId, entryId, false);
    }

    @Override
    public List<EntryVersion> versions(long entryId) {
        return List.copyOf(versions.getOrDefault(entryId, List.of()));
    }

    /** How many times anything was written, to prove that refusals write nothing. */
    public int writes() {
        return writes;
    }

    private TimelineEntry markDeleted(long incidentId, long entryId, boolean deleted) {
        TimelineEntry changed = find(incidentId, entryId)
                .orElseThrow(() -> new NotFoundException("debrief.error.timeline.entry.not-found", entryId))
                .withDeleted(deleted);
        entries.put(entryId, changed);
        writes++;
        return changed;
    }
}
