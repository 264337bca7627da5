package io.debrief.core.intake;

import java.util.List;

/** The decisions people made about external events on incidents (port; Active Objects in the plugin). */
public interface EventDecisions {

    List<EventDecision> forIncident(long incidentId);

    /**
     * Records the decision unless one of the same incident, event and scope exists (another click or node was
     * first); true when it was recorded.
     */
    boolean record(EventDecision decision);

    /** Takes back a decision of this scope (when what it decided could not be written). */
    void remove(long incidentId, long eventId, EventDecision.Scope scope);
}
