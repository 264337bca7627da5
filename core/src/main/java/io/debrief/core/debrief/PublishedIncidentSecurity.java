package io.debrief.core.debrief;

import io.debrief.core.common.Page;
import io.debrief.core.common.PageRequest;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.Incidents;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps in step with the tracker what the store knows of each debrief's incident being secured (see
 * {@link Incident#secured()}), which lets the library page and count the unsecured ones in SQL. A save keeps it; the
 * tracker's events call {@link #changed}; {@link #reconcile} puts right what events missed (and fills it on a site
 * upgraded from a release that did not keep it).
 */
public final class PublishedIncidentSecurity {

    /** Published debriefs read from the store, and incidents read from the tracker, per step of a reconcile. */
    static final int CHUNK = 500;

    private final DebriefStore store;
    private final Incidents incidents;

    public PublishedIncidentSecurity(DebriefStore store, Incidents incidents) {
        this.store = Objects.requireNonNull(store, "store");
        this.incidents = Objects.requireNonNull(incidents, "incidents");
    }

    /** The tracker says this incident changed: keeps whether it is secured now. Returns whether anything changed. */
    public boolean changed(Incident incident) {
        return store.markIncidentSecured(incident.id(), incident.secured());
    }

    /**
     * Reads the incident of every published debrief from the tracker, as the system, {@link #CHUNK} at a time, and
     * keeps whether each is secured. An incident the tracker no longer holds (deleted, or no longer an incident) is
     * kept as secured, so the library asks the tracker about it instead of counting it. Safe to run again at any
     * time, on any node. Returns how many rows changed.
     */
    public int reconcile() {
        int changed = 0;
        PageRequest request = PageRequest.first(CHUNK);
        while (true) {
            Page<Debrief> page = store.published(LibraryFilter.any(), request);
            List<Long> ids = page.items().stream().map(Debrief::incidentId).toList();
            Map<Long, Incident> found = new HashMap<>();
            if (!ids.isEmpty()) {
                incidents.everyById(ids).forEach(incident -> found.put(incident.id(), incident));
            }
            for (long id : ids) {
                Incident incident = found.get(id);
                if (store.markIncidentSecured(id, incident == null || incident.secured())) {
                    changed++;
                }
            }
            if (page.items().size() < request.limit()) {
                return changed;
            }
            request = request.next();
        }
    }
}
