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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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

    /**
     * An action item changed: its incident is written again with the item as the tracker now holds it, whether or not
     * the item index has taken the change yet (listeners run in no set order). Nothing for an item of no incident.
     */
    public void itemChanged(IndexedItem fresh, Seen incidentSeen) {
        if (fresh.incident() == null) {
            return;
        }
        incidents.byId(fresh.incident().id()).ifPresent(incident -> index.put(row(incident, incidentSeen, fresh)));
    }

    /** An incident as the tracker holds it, with what {@link Seen} adds, for {@link #reconcile}. */
    public record Fed(Incident incident, Seen seen) {
        public Fed {
            Objects.requireNonNull(incident, "incident");
            Objects.requireNonNull(seen, "seen");
        }
    }

    /** Every incident the tracker holds, handed over one by one. */
    @FunctionalInterface
    public interface Feed {
        /** Hands every incident to {@code each}; false when some could not be read (the tracker cut a search). */
        boolean readAll(Consumer<? super Fed> each);
    }

    /**
     * Makes the index hold exactly the feed's incidents, each written again; a kept one not among them is forgotten,
     * unless the feed could not read them all. Returns how many were written.
     */
    public int reconcile(Feed everyIncident) {
        Set<Long> stale = new HashSet<>(index.incidentIds());
        int[] written = {0};
        boolean whole = everyIncident.readAll(fed -> {
            index.put(row(fed.incident(), fed.seen()));
            stale.remove(fed.incident().id());
            written[0]++;
        });
        if (whole) {
            stale.forEach(index::remove);
        }
        return written[0];
    }

    /** The issue is gone (deleted): its row is forgotten. */
    public void forget(long incidentId) {
        index.remove(incidentId);
    }

    /** The row of one incident, read from the stores, without writing it. */
    public IndexedIncident row(Incident incident, Seen seen) {
        return row(incident, seen, null);
    }

    private IndexedIncident row(Incident incident, Seen seen, IndexedItem fresh) {
        IncidentFacts facts =
                Timeline.of(timelines.entries(incident.id(), false)).facts(incident);
        Optional<Debrief> debrief = debriefs.find(incident.id());
        List<IndexedItem> kept = new ArrayList<>(items.ofIncidents(List.of(incident.id())));
        if (fresh != null) {
            kept.removeIf(item -> item.item().id() == fresh.item().id());
            kept.add(fresh);
        }
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
