package io.debrief.core.testkit;

import io.debrief.core.intake.EventDecision;
import io.debrief.core.intake.EventDecisions;
import java.util.ArrayList;
import java.util.List;

/** Decisions about external events in memory, one per incident, event and scope. */
public final class InMemoryEventDecisions implements EventDecisions {

    private final List<EventDecision> decisions = new ArrayList<>();

    @Override
    public synchronized List<EventDecision> forIncident(long incidentId) {
        return decisions.stream()
                .filter(decision -> decision.incidentId() == incidentId)
                .toList();
    }

    @Override
    public synchronized boolean record(EventDecision decision) {
        boolean taken = decisions.stream()
                .anyMatch(existing -> existing.incidentId() == decision.incidentId()
                        && existing.eventId() == decision.eventId()
                        && existing.scope() == decision.scope());
        if (taken) {
            return false;
        }
        decisions.add(decision);
        return true;
    }

    @Override
    public synchronized void remove(long incidentId, long eventId, EventDecision.Scope scope) {
        decisions.removeIf(decision ->
                decision.incidentId() == incidentId && decision.eventId() == eventId && decision.scope() == scope);
    }
}
