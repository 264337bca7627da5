package io.debrief.core.incident;

import io.debrief.core.common.IssueRef;
import java.util.Objects;
import java.util.Optional;

/** What the tracker knows about an issue key: an incident, another kind of issue, or nothing at all. */
public sealed interface IssueLookup {

    /** The issue exists and is an Incident. */
    record Found(Incident incident) implements IssueLookup {
        public Found {
            Objects.requireNonNull(incident, "incident");
        }
    }

    /** The issue exists but is of another type; carries its reference so access can still be checked first. */
    record NotAnIncident(IssueRef ref) implements IssueLookup {
        public NotAnIncident {
            Objects.requireNonNull(ref, "ref");
        }
    }

    /** No such issue. */
    record Missing() implements IssueLookup {}

    static IssueLookup missing() {
        return new Missing();
    }

    /** The incident, if this lookup found one. */
    default Optional<Incident> found() {
        return this instanceof Found found ? Optional.of(found.incident()) : Optional.empty();
    }
}
