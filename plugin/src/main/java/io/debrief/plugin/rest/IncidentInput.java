package io.debrief.plugin.rest;

import io.debrief.core.access.Viewer;
import io.debrief.core.common.InvalidInputException;
import io.debrief.core.incident.GuardingIncidents;
import io.debrief.plugin.rest.json.JsonInput;

/** Reports request-shape errors of an incident write only after the writer passed the access guards, as core does. */
public final class IncidentInput {

    private IncidentInput() {}

    /** Throws the recorded input errors, but first any access refusal (401, 404, 409, 403) that comes before them. */
    public static void throwIfInvalid(JsonInput in, GuardingIncidents access, String issueKey, Viewer viewer) {
        try {
            in.throwIfInvalid();
        } catch (InvalidInputException invalid) {
            access.toWrite(issueKey, viewer);
            throw invalid;
        }
    }
}
