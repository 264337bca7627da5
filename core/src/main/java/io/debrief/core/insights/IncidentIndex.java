package io.debrief.core.insights;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One row per incident with its facts, debrief state and item summary (port; Active Objects in Jira). It knows no
 * permissions: callers narrow to projects the viewer may browse and check secured rows with the tracker.
 */
public interface IncidentIndex {

    /** Adds the incident or replaces what is kept of it. */
    void put(IndexedIncident incident);

    /** Forgets an incident (deleted, or no longer an incident). */
    void remove(long incidentId);

    /** The ids of every incident kept. */
    Set<Long> incidentIds();

    /**
     * The incidents in these projects (null: every project) that began at or after {@code since}, or that had an item
     * open at or after it: every incident a report from {@code since} counts, and the earlier ones a repeat may point
     * back to.
     */
    List<IndexedIncident> relevantSince(Set<String> projects, Instant since);
}
