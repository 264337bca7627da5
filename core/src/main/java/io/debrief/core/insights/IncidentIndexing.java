package io.debrief.core.insights;

import io.debrief.core.common.IssueRef;
import io.debrief.core.debrief.Debrief;
import io.debrief.core.debrief.DebriefStatus;
import io.debrief.core.debrief.DebriefStore;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.incident.Incidents;
import io.debrief.core.review.Decision;
import io.debrief.core.review.DecisionRecord;
import io.debrief.core.review.IndexedItem;
import io.debrief.core.review.ItemIndex;
import io.debrief.core.review.ReviewDecisionLog;
import io.debrief.core.timeline.Timeline;
import io.debrief.core.timeline.TimelineStore;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the incident index: one incident written again from the tracker, its timeline, its debrief and its items in
 * the item index (a handful of indexed reads), whenever any of them changed; and every incident for a first fill.
 */
public final class IncidentIndexing {

    private final IncidentIndex index;
    private final Incidents incidents;
    private final TimelineStore timelines;
    private final DebriefStore debriefs;
    private final ItemIndex items;
    private final ReviewDecisionLog decisions;

    public IncidentIndexing(
            IncidentIndex index,
            Incidents incidents,
            TimelineStore timelines,
            DebriefStore debriefs,
            ItemIndex items,
            ReviewDecisionLog decisions) {
        this.index = Objects.requireNonNull(index, "index");
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.timelines = Objects.requireNonNull(timelines, "timelines");
        this.debriefs = Objects.requireNonNull(debriefs, "debriefs");
        this.items = Objects.requireNonNull(items, "items");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
    }

    /** What the tracker says of an incident beyond {@link Incident}: its labels and whether a security level guards it. */
    public record Seen(Set<String> labels, boolean secured) {
        public Seen {
            labels = labels == null ? Set.of() : Set.copyOf(labels);
        }
    }

    /**
     * Writes the incident with this id again; forgets it when the tracker no longer holds it as an incident.
     *
     * @return what was written, or empty when it was forgotten
     */
    public Optional<IndexedIncident> refresh(long incidentId, Seen seen) {
        Optional<Incident> found = incidents.byId(incidentId);
        if (found.isEmpty()) {
            index.remove(incidentId);
            return Optional.empty();
        }
        IndexedIncident row = row(found.get(), seen);
        index.put(row);
        return Optional.of(row);
    }

    /** The row of one incident, read from the stores, without writing it. */
    public IndexedIncident row(Incident incident, Seen seen) {
        IncidentFacts facts =
                Timeline.of(timelines.entries(incident.id(), false)).facts().resolvedAtLeastBy(incident.resolvedAt());
        Optional<Debrief> debrief = debriefs.find(incident.id());
        List<IndexedItem> kept = items.ofIncidents(List.of(incident.id()));
        Map<IssueRef, DecisionRecord> latest = decisions.latest(kept.stream()
                .filter(item -> !item.open())
                .map(IndexedItem::item)
                .toList());
        List<IncidentItem> summary = kept.stream()
                .map(item -> new IncidentItem(
                        item.item(),
                        item.createdOn(),
                        item.due(),
                        item.open() ? null : item.resolved(),
                        item.resolvedInTime(),
                        !item.open()
                                && latest.containsKey(item.item())
                                && latest.get(item.item()).decision() instanceof Decision.CloseIrrelevant,
                        item.secured()))
                .toList();
        return new IndexedIncident(
                incident.ref(),
                incident.components(),
                seen.labels(),
                incident.created(),
                facts,
                debrief.map(Debrief::status).orElse(DebriefStatus.AWAITING),
                debrief.map(Debrief::heldAt).orElse(null),
                seen.secured(),
                summary);
    }
}
