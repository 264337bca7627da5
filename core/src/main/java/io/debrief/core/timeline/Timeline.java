package io.debrief.core.timeline;

import io.debrief.core.incident.Fact;
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

    /**
     * The facts the timeline establishes: the earliest impact start, start, detection, acknowledgement and
     * mitigation, the latest resolution and impact end; each approximate when the entry that establishes it is (of
     * entries at the same instant, an exact one wins). Declared is not on the timeline: see {@link #facts(Incident)}.
     */
    public IncidentFacts facts() {
        IncidentFacts facts = IncidentFacts.none();
        for (TimelineEntry entry : entries()) {
            Fact fact = factOf(entry.kind());
            if (fact == null) {
                continue; // other kinds tell the story but establish no fact
            }
            Instant current = facts.at(fact);
            boolean latest = fact == Fact.RESOLVED || fact == Fact.IMPACT_ENDED;
            boolean better = current == null
                    || (latest ? entry.at().isAfter(current) : entry.at().isBefore(current))
                    || (entry.at().equals(current) && facts.isApproximate(fact) && !entry.approximate());
            if (better) {
                facts = facts.with(fact, entry.at(), entry.approximate());
            }
        }
        return facts;
    }

    /**
     * The facts of {@code incident}: what the timeline establishes, declared when its issue was created, and
     * resolved by the tracker's resolution date when the timeline records no resolution.
     */
    public IncidentFacts facts(Incident incident) {
        return facts().declared(incident.created()).resolvedAtLeastBy(incident.resolvedAt());
    }

    /** The fact an entry of {@code kind} establishes, null when it establishes none. */
    public static Fact factOf(EntryKind kind) {
        return switch (kind) {
            case IMPACT_STARTED -> Fact.IMPACT_STARTED;
            case STARTED -> Fact.STARTED;
            case DETECTED -> Fact.DETECTED;
            case ACKNOWLEDGED -> Fact.ACKNOWLEDGED;
            case MITIGATED -> Fact.MITIGATED;
            case RESOLVED -> Fact.RESOLVED;
            case IMPACT_ENDED -> Fact.IMPACT_ENDED;
            default -> null;
        };
    }
}
