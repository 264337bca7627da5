package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.intake.EventDecision;
import io.debrief.core.intake.EventDecisions;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/** Decisions about external events in Active Objects, read through the INCIDENT_ID index. */
@Component
public class AoEventDecisions implements EventDecisions {

    private final ActiveObjects ao;

    @Inject
    public AoEventDecisions(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<EventDecision> forIncident(long incidentId) {
        return Arrays.stream(ao.find(
                        EventDecisionEntity.class,
                        Query.select().where("INCIDENT_ID = ?", incidentId).order("DECIDED_AT, ID")))
                .map(row -> new EventDecision(
                        row.getIncidentId(),
                        row.getEventId(),
                        EventDecision.Outcome.valueOf(row.getOutcome()),
                        row.getEntryId(),
                        row.getByKey(),
                        Instant.ofEpochMilli(row.getDecidedAt())))
                .toList();
    }

    @Override
    public boolean record(EventDecision decision) {
        String key = key(decision.incidentId(), decision.eventId(), decision.scope());
        return Rows.insertUnlessPresent(
                () -> ao.create(
                        EventDecisionEntity.class,
                        new DBParam("DECISION_KEY", key),
                        new DBParam("INCIDENT_ID", decision.incidentId()),
                        new DBParam("EVENT_ID", decision.eventId()),
                        new DBParam("OUTCOME", decision.outcome().name()),
                        new DBParam("ENTRY_ID", decision.entryId()),
                        new DBParam("BY_KEY", decision.byKey()),
                        new DBParam("DECIDED_AT", decision.at().toEpochMilli())),
                () -> ao.count(EventDecisionEntity.class, "DECISION_KEY = ?", key) > 0);
    }

    @Override
    public void remove(long incidentId, long eventId, EventDecision.Scope scope) {
        ao.deleteWithSQL(EventDecisionEntity.class, "DECISION_KEY = ?", key(incidentId, eventId, scope));
    }

    private static String key(long incidentId, long eventId, EventDecision.Scope scope) {
        return incidentId + ":" + eventId + ":" + scope.name();
    }
}
