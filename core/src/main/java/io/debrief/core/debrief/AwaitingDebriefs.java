package io.debrief.core.debrief;

import java.util.Objects;

/** Whether an incident still waits for its debrief: none written yet, or one neither held nor published. */
public final class AwaitingDebriefs {

    private final DebriefStore debriefs;

    public AwaitingDebriefs(DebriefStore debriefs) {
        this.debriefs = Objects.requireNonNull(debriefs, "debriefs");
    }

    public boolean awaits(long incidentId) {
        return debriefs.find(incidentId).map(Debrief::status).orElse(DebriefStatus.AWAITING) == DebriefStatus.AWAITING;
    }
}
