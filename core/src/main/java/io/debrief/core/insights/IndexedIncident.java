package io.debrief.core.insights;

import io.debrief.core.common.IssueRef;
import io.debrief.core.debrief.DebriefStatus;
import io.debrief.core.incident.IncidentFacts;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the incident index keeps of one incident, so the insights read one row per incident and nothing else.
 *
 * @param created    when the tracker created it; it counts in the month it started, or was created when its start is
 *                   unknown
 * @param facts      the timeline's facts, resolution taken from the tracker when the timeline records none
 * @param debrief    the debrief's status (AWAITING when none was started)
 * @param heldAt     nullable: when the debrief was held
 * @param secured    under an issue security level: only the tracker can say who may see it
 * @param items      its debrief action items as the item index keeps them
 */
public record IndexedIncident(
        IssueRef ref,
        Set<String> components,
        Set<String> labels,
        Instant created,
        IncidentFacts facts,
        DebriefStatus debrief,
        Instant heldAt,
        boolean secured,
        List<IncidentItem> items) {

    public IndexedIncident {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(debrief, "debrief");
        components = components == null ? Set.of() : Set.copyOf(components);
        labels = labels == null ? Set.of() : Set.copyOf(labels);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** When it began: its start when known, else its creation in the tracker. */
    public Instant began() {
        return facts.startedAt() != null ? facts.startedAt() : created;
    }

    /**
     * Until when any of its items was open: the latest resolution, {@link Instant#MAX} while one is open, null when
     * it has no items. The index keeps it as a column so a report reads only incidents that matter to its range.
     */
    public Instant itemsOpenUntil() {
        Instant until = null;
        for (IncidentItem item : items) {
            Instant end = item.resolved() == null ? Instant.MAX : item.resolved();
            until = until == null || end.isAfter(until) ? end : until;
        }
        return until;
    }
}
