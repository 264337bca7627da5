package io.debrief.core.timeline;

import java.util.List;
import java.util.Optional;

/** Where manual timeline entries and their earlier versions are kept (port; persistence implements it). */
public interface TimelineStore {

    /** The stored entries of an incident, in no particular order. */
    List<TimelineEntry> entries(long incidentId, boolean includeDeleted);

    /** Stores a new entry (id 0, version 1) and returns it with its id. */
    TimelineEntry add(TimelineEntry entry);

    /**
     * Stores new entries (each id 0, version 1) in one transaction: all of them or, when one fails, none. Returns them
     * with their ids, in the given order.
     */
    List<TimelineEntry> addAll(List<TimelineEntry> entries);

    /** The entry with this id, if it belongs to this incident. */
    Optional<TimelineEntry> find(long incidentId, long entryId);

    /**
     * Replaces an entry's content and keeps what it replaced, in one transaction.
     *
     * @param changed the new state (its version already one higher than {@code expectedVersion})
     * @param previous the replaced content, kept in the entry's history
     * @throws io.debrief.core.common.ConflictException when the stored version is not {@code expectedVersion}
     */
    TimelineEntry update(TimelineEntry changed, int expectedVersion, EntryVersion previous);

    /** Marks an entry deleted (kept, and restorable); returns it one version later. */
    TimelineEntry softDelete(long incidentId, long entryId);

    /** Undoes {@link #softDelete}; returns it one version later. */
    TimelineEntry restore(long incidentId, long entryId);

    /** The earlier contents of an entry, oldest first. */
    List<EntryVersion> versions(long entryId);
}
