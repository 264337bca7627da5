package io.debrief.core.testkit;

import io.debrief.core.insights.IncidentIndex;
import io.debrief.core.insights.IndexedIncident;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The incident index in memory, by incident id. */
public final class InMemoryIncidentIndex implements IncidentIndex {

    private final Map<Long, IndexedIncident> rows = new TreeMap<>();

    @Override
    public synchronized void put(IndexedIncident incident) {
        rows.put(incident.ref().id(), incident);
    }

    @Override
    public synchronized void remove(long incidentId) {
        rows.remove(incidentId);
    }

    @Override
    public synchronized Set<Long> incidentIds() {
        return Set.copyOf(rows.keySet());
    }

    @Override
    public synchronized List<IndexedIncident> relevantSince(Set<String> projects, Instant since) {
        List<IndexedIncident> found = new ArrayList<>();
        for (IndexedIncident row : rows.values()) {
            Instant openUntil = row.itemsOpenUntil();
            if ((projects == null || projects.contains(row.ref().projectKey()))
                    && (!row.began().isBefore(since) || (openUntil != null && !openUntil.isBefore(since)))) {
                found.add(row);
            }
        }
        return found;
    }

    public synchronized IndexedIncident row(long incidentId) {
        return rows.get(incidentId);
    }
}
