package io.debrief.core.incident;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.ConflictException;
import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.NotFoundException;
import java.util.Objects;

/**
 * The one access policy for everything hanging off an incident (timeline, debrief): who may read, who may write.
 *
 * <p>Guards, in this order: anonymous is refused (401); an issue that does not exist or that the viewer may not
 * browse is "not found" alike, so existence never leaks (404); an issue that is not an Incident is a conflict
 * (409); writing needs the right to edit the issue (403).
 */
public final class IncidentAccess implements GuardingIncidents {

    public static final String LOGIN_REQUIRED = NotAuthenticatedException.GENERAL_KEY;
    public static final String NOT_FOUND = NotFoundException.GENERAL_KEY;
    public static final String NOT_INCIDENT = "debrief.error.not.incident";
    public static final String FORBIDDEN = ForbiddenException.GENERAL_KEY;

    private final Incidents incidents;

    public IncidentAccess(Incidents incidents) {
        this.incidents = Objects.requireNonNull(incidents, "incidents");
    }

    /** The incident the viewer may read, or a refusal. */
    @Override
    public Incident toRead(String issueKey, Viewer viewer) {
        if (viewer == null || viewer.isAnonymous()) {
            throw new NotAuthenticatedException(LOGIN_REQUIRED);
        }
        IssueLookup lookup =
                issueKey == null || issueKey.isBlank() ? IssueLookup.missing() : incidents.lookup(issueKey);
        if (lookup instanceof IssueLookup.Found found) {
            if (!viewer.canBrowse(found.incident().ref())) {
                throw new NotFoundException(NOT_FOUND, issueKey);
            }
            return found.incident();
        }
        if (lookup instanceof IssueLookup.NotAnIncident other && viewer.canBrowse(other.ref())) {
            throw new ConflictException(NOT_INCIDENT, issueKey);
        }
        throw new NotFoundException(NOT_FOUND, issueKey);
    }

    /** The incident the viewer may change, or a refusal. */
    @Override
    public Incident toWrite(String issueKey, Viewer viewer) {
        Incident incident = toRead(issueKey, viewer);
        if (!viewer.canEdit(incident.ref())) {
            throw new ForbiddenException(FORBIDDEN, issueKey);
        }
        return incident;
    }
}
