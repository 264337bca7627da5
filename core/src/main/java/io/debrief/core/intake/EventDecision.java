package io.debrief.core.intake;

import java.time.Instant;
import java.util.Objects;

/**
 * What a person decided about an external event on one incident: a suggestion accepted (with the entry it became)
 * or dismissed, a proposed real start accepted or rejected. One decision per incident, event and {@link Scope}.
 */
public record EventDecision(long incidentId, long eventId, Outcome outcome, Long entryId, String byKey, Instant at) {

    /** The two questions asked about an event: "add it to the timeline?" and "is it the real start?". */
    public enum Scope {
        SUGGESTION,
        START
    }

    /** The answer, within its scope. */
    public enum Outcome {
        ACCEPTED(Scope.SUGGESTION),
        DISMISSED(Scope.SUGGESTION),
        START_ACCEPTED(Scope.START),
        START_REJECTED(Scope.START);

        private final Scope scope;

        Outcome(Scope scope) {
            this.scope = scope;
        }

        public Scope scope() {
            return scope;
        }
    }

    public EventDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(at, "at");
    }

    public Scope scope() {
        return outcome.scope();
    }
}
