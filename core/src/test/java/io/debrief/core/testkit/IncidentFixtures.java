package io.debrief.core.testkit;

import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import io.debrief.core.incident.Incident;
import io.debrief.core.incident.Severity;
import java.time.Instant;
import java.util.Set;

/** Builders for incidents: {@code anIncident().key("OPS-7").resolvedAt(t).build()}. */
public final class IncidentFixtures {

    public static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");

    private IncidentFixtures() {}

    public static Builder anIncident() {
        return new Builder();
    }

    /** Builds one incident; every field has a plausible default. */
    public static final class Builder {
        private long id = 10_001;
        private String key = "OPS-1";
        private String summary = "Checkout returns 502";
        private Severity severity = Severity.SEV2;
        private Instant created = CREATED;
        private Instant resolvedAt;
        private UserRef owner = new UserRef("alice", "Alice Example");
        private Set<String> components = Set.of("checkout");
        private boolean secured;

        public Builder id(long value) {
            id = value;
            return this;
        }

        public Builder key(String value) {
            key = value;
            return this;
        }

        public Builder summary(String value) {
            summary = value;
            return this;
        }

        public Builder severity(Severity value) {
            severity = value;
            return this;
        }

        public Builder created(Instant value) {
            created = value;
            return this;
        }

        public Builder resolvedAt(Instant value) {
            resolvedAt = value;
            return this;
        }

        public Builder unresolved() {
            resolvedAt = null;
            return this;
        }

        public Builder owner(UserRef value) {
            owner = value;
            return this;
        }

        public Builder components(String... values) {
            components = Set.of(values);
            return this;
        }

        /** Under an issue security level: someone who may browse the project may still not see it. */
        public Builder secured() {
            secured = true;
            return this;
        }

        public Incident build() {
            return new Incident(
                    IssueRef.of(id, key), summary, severity, created, resolvedAt, owner, components, secured);
        }
    }
}
