package io.debrief.core.incident;

import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An issue of type Incident as core sees it: reference, summary, severity and the tracker's own dates.
 *
 * @param resolvedAt the tracker's resolution date, or null while unresolved
 * @param owner who leads the incident, or null when nobody is assigned
 * @param secured the tracker restricts who may see it further than its project (Jira: an issue security level), so
 *     only the tracker can say whether a reader who may browse the project may see it
 */
public record Incident(
        IssueRef ref,
        String summary,
        Severity severity,
        Instant created,
        Instant resolvedAt,
        UserRef owner,
        Set<String> components,
        boolean secured) {

    public Incident {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(created, "created");
        summary = summary == null ? "" : summary;
        components = components == null ? Set.of() : Set.copyOf(components);
    }

    /** An incident anyone who may browse its project may see. */
    public Incident(
            IssueRef ref,
            String summary,
            Severity severity,
            Instant created,
            Instant resolvedAt,
            UserRef owner,
            Set<String> components) {
        this(ref, summary, severity, created, resolvedAt, owner, components, false);
    }

    public long id() {
        return ref.id();
    }

    public String key() {
        return ref.key();
    }

    public String projectKey() {
        return ref.projectKey();
    }

    public Optional<Instant> resolved() {
        return Optional.ofNullable(resolvedAt);
    }

    public Optional<UserRef> ownerRef() {
        return Optional.ofNullable(owner);
    }

    public Optional<Severity> severityIfKnown() {
        return Optional.ofNullable(severity);
    }
}
