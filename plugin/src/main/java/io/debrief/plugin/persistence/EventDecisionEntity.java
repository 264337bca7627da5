package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A person's decision about an external event on an incident; DECISION_KEY ("incident:event:scope") is unique, so two
 * clicks or two nodes cannot both accept the same suggestion.
 */
@Table("EVENT_DECISION")
public interface EventDecisionEntity extends Entity {

    @NotNull
    @Unique
    String getDecisionKey();

    void setDecisionKey(String decisionKey);

    @NotNull
    @Indexed
    long getIncidentId();

    void setIncidentId(long incidentId);

    @NotNull
    long getEventId();

    void setEventId(long eventId);

    @NotNull
    String getOutcome();

    void setOutcome(String outcome);

    Long getEntryId();

    void setEntryId(Long entryId);

    String getByKey();

    void setByKey(String byKey);

    @NotNull
    long getDecidedAt();

    void setDecidedAt(long decidedAt);
}
