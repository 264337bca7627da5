package io.debrief.core.debrief;

import io.debrief.core.common.Page;
import io.debrief.core.common.PageRequest;
import io.debrief.core.incident.Incident;
import java.util.Optional;
import java.util.Set;

/** Where debriefs are kept (port; persistence implements it). */
public interface DebriefStore {

    /** The stored debrief of an incident, if anyone has written one. */
    Optional<Debrief> find(long incidentId);

    /**
     * Stores a debrief and returns it at version {@code expectedVersion + 1}; a debrief never stored is saved with
     * expected version 0. The incident is given so the store can keep what the library filters on (project,
     * severity, summary).
     *
     * @throws io.debrief.core.common.ConflictException when the stored version is not {@code expectedVersion}
     */
    Debrief save(Incident incident, Debrief debrief, int expectedVersion);

    /** Held debriefs in a stable order (incident id), for the checkpoint job. */
    Page<Debrief> held(PageRequest page);

    /** Published debriefs matching the filter, in {@link LibraryFilter#ORDER}. */
    Page<Debrief> published(LibraryFilter filter, PageRequest page);

    /**
     * The projects holding published debriefs; may also list a project that no longer holds one (a store may keep the
     * list for a while), never leave one out that does.
     */
    Set<String> publishedProjects();

    /**
     * Keeps whether the incident of this debrief is secured (see {@link Incident#secured()}), as the tracker says now;
     * nothing when no debrief of it is kept. {@link #save} keeps it too. Returns whether anything changed.
     */
    boolean markIncidentSecured(long incidentId, boolean secured);
}
