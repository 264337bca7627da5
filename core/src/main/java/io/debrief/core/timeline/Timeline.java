package io.debrief.core.timeline;

import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An incident's timeline in order: by the instant things happened, equal instants in the order they were recorded.
 *
 * <p>Derived entries from the tracker are merged in once: an origin ({@code sourceRef}) already present, stored
 * or deleted, is not added again, so a deleted derived entry stays deleted.
 */
public final class Timeline {

    /** Happened earlier first; equal instants keep the order of recording (recorded-at, then store id). */
    public static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::at)
            .thenComparing(TimelineEntry::recordedAt)
            .thenComparingLong(TimelineEntry::id);

    private final List<TimelineEntry> all;

    private Timeline(List<TimelineEntry> all) {
        this.all = all;
    }

    /** Stored entries (deleted ones included) merged with entries derived from the tracker. */
    public static Timeline of(List<TimelineEntry> stored, List<TimelineEntry> derived) {
        List<TimelineEntry> merged = new ArrayList<>(stored);
        Set<String> seen = new HashSet<>();
        for (TimelineEntry entry : stored) {
            if (entry.sourceRef() != null) {
                seen.add(entry.sourceRef());
            }
        }
        for (TimelineEntry entry : derived) {
            if (entry.sourceRef() == null || seen.add(entry.sourceRef())) {
                merged.add(entry);
            }
        }
        merged.sort(ORDER);
        return new Timeline(List.copyOf(merged));
    }

    /** The merged timeline of an incident: what the store holds (deleted included) and what the tracker derives. */
    public static Timeline load(Incident incident, TimelineStore store, DerivedEntries derived) {
        return of(store.entries(incident.id(), true), derived.of(incident));
    }

    public static Timeline of(List<TimelineEntry> stored) {
        return of(stored, List.of());
    }

    /** The entries that count, in order; deleted ones left out. */
    public List<TimelineEntry> entries() {
        return all.stream().filter(entry -> !entry.deleted()).toList();
    }

    /** Every entry in order, deleted ones too (for restoring). */
    public List<TimelineEntry> entriesIncludingDeleted() {
        return all;
    }

    /** The facts the timeline establishes: earliest start, detection and mitigation, latest resolution. */
    public IncidentFacts facts() {
        Instant started = null;
        Instant detected = null;
        Instant mitigated = null;
        Instant resolved = null;
        for (TimelineEntry entry : entries()) {
            switch (entry.kind()) {
                case STARTED -> started = earliest(started, entry.at());
                case DETECTED -> detected = earliest(detected, entry.at());
                case MITIGATED -> mitigated = earliest(mitigated, entry.at());
                case RESOLVED -> resolved = latest(resolved, entry.at());
                default -> {
                    // other kinds tell the story but establish no fact
                }
            }
        }
        return new IncidentFacts(started, detected, mitigated, resolved);
    }

    private static Instant earliest(Instant current, Instant candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }

    private static Instant latest(Instant current, Instant candidate) {
        return current == null || candidate.isAfter(current) ? candidate : current;
    }
}
