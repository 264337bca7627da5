package io.debrief.core.incident;

import io.debrief.core.access.Viewer;

/**
 * Who may read and who may change what hangs off an incident, as adapters that must refuse before they report their
 * own input errors see it (the tabs deciding whether to show, the REST resources before they parse a body).
 * Implemented by {@link IncidentAccess}.
 */
public interface GuardingIncidents {

    /** The incident {@code viewer} may read; refused when they are anonymous, cannot see it, or it is no incident. */
    Incident toRead(String issueKey, Viewer viewer);

    /** The incident {@code viewer} may change; refused as {@link #toRead} does, and when they may only read it. */
    Incident toWrite(String issueKey, Viewer viewer);
}
