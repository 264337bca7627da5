package io.debrief.core.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The moments an incident's timeline establishes ({@link Fact}); any of them may be unknown, and a known one may be
 * approximate ("about three minutes later").
 *
 * <p>Durations are measured by {@link Phase}, the one place that defines them: instant arithmetic, so time zones and
 * daylight-saving changes cannot distort them. A duration is empty when either end is unknown or the ends are out of
 * order; {@link #findings()} says which.
 *
 * @param declaredAt the Incident issue's creation in the tracker
 * @param approximate the known facts whose moment is approximate (a fact that is unknown is never approximate)
 */
public record IncidentFacts(
        Instant impactStartedAt,
        Instant startedAt,
        Instant detectedAt,
        Instant acknowledgedAt,
        Instant declaredAt,
        Instant mitigatedAt,
        Instant resolvedAt,
        Instant impactEndedAt,
        Set<Fact> approximate) {

    public IncidentFacts {
        EnumSet<Fact> known = EnumSet.noneOf(Fact.class);
        if (approximate != null) {
            known.addAll(approximate);
        }
        Instant[] moments = {
            impactStartedAt, startedAt, detectedAt, acknowledgedAt, declaredAt, mitigatedAt, resolvedAt, impactEndedAt
        };
        for (Fact fact : Fact.values()) {
            if (moments[fact.ordinal()] == null) {
                known.remove(fact);
            }
        }
        approximate = Set.copyOf(known);
    }

    /** The four facts every timeline recorded first (started, detected, mitigated, resolved), all exact. */
    public IncidentFacts(Instant startedAt, Instant detectedAt, Instant mitigatedAt, Instant resolvedAt) {
        this(null, startedAt, detectedAt, null, null, mitigatedAt, resolvedAt, null, Set.of());
    }

    public static IncidentFacts none() {
        return new IncidentFacts(null, null, null, null);
    }

    /** The moment of {@code fact}, null when unknown. */
    public Instant at(Fact fact) {
        return switch (Objects.requireNonNull(fact, "fact")) {
            case IMPACT_STARTED -> impactStartedAt;
            case STARTED -> startedAt;
            case DETECTED -> detectedAt;
            case ACKNOWLEDGED -> acknowledgedAt;
            case DECLARED -> declaredAt;
            case MITIGATED -> mitigatedAt;
            case RESOLVED -> resolvedAt;
            case IMPACT_ENDED -> impactEndedAt;
        };
    }

    /** Whether {@code fact} is known and its moment approximate. */
    public boolean isApproximate(Fact fact) {
        return approximate.contains(fact);
    }

    public Optional<Instant> started() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> detected() {
        return Optional.ofNullable(detectedAt);
    }

    public Optional<Instant> mitigated() {
        return Optional.ofNullable(mitigatedAt);
    }

    public Optional<Instant> resolved() {
        return Optional.ofNullable(resolvedAt);
    }

    /** These facts, taking the tracker's resolution date (exact) when the timeline records no resolution. */
    public IncidentFacts resolvedAtLeastBy(Instant trackerResolution) {
        return resolvedAt != null || trackerResolution == null ? this : with(Fact.RESOLVED, trackerResolution, false);
    }

    /** These facts with the moment the Incident issue was created in the tracker (exact). */
    public IncidentFacts declared(Instant issueCreated) {
        return with(Fact.DECLARED, issueCreated, false);
    }

    /** These facts with {@code fact} at {@code at} (null: unknown), approximate or not. */
    public IncidentFacts with(Fact fact, Instant at, boolean approximately) {
        Instant[] moments = new Instant[Fact.values().length];
        for (Fact each : Fact.values()) {
            moments[each.ordinal()] = at(each);
        }
        moments[fact.ordinal()] = at;
        EnumSet<Fact> approx = EnumSet.noneOf(Fact.class);
        approx.addAll(approximate);
        if (approximately) {
            approx.add(fact);
        } else {
            approx.remove(fact);
        }
        return new IncidentFacts(
                moments[0], moments[1], moments[2], moments[3], moments[4], moments[5], moments[6], moments[7], approx);
    }

    /** Detected minus started ({@link Phase#DETECT}). */
    public Optional<Duration> timeToDetect() {
        return Phase.DETECT.duration(this);
    }

    /** Mitigated minus started ({@link Phase#MITIGATE}). */
    public Optional<Duration> timeToMitigate() {
        return Phase.MITIGATE.duration(this);
    }

    /** Resolved minus started ({@link Phase#RESOLVE}). */
    public Optional<Duration> timeToResolve() {
        return Phase.RESOLVE.duration(this);
    }

    /**
     * Missing and out-of-order facts, in a stable order: the three facts every debrief needs, then every phase whose
     * end comes before its start, then resolution before detection or mitigation.
     */
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        if (startedAt == null) {
            findings.add(new Finding(FindingKind.MISSING_START));
        }
        if (detectedAt == null) {
            findings.add(new Finding(FindingKind.MISSING_DETECTION));
        }
        if (resolvedAt == null) {
            findings.add(new Finding(FindingKind.MISSING_RESOLUTION));
        }
        addIfBefore(findings, detectedAt, startedAt, FindingKind.DETECTED_BEFORE_START);
        addIfBefore(findings, mitigatedAt, startedAt, FindingKind.MITIGATED_BEFORE_START);
        addIfBefore(findings, resolvedAt, startedAt, FindingKind.RESOLVED_BEFORE_START);
        addIfBefore(findings, resolvedAt, detectedAt, FindingKind.RESOLVED_BEFORE_DETECTED);
        addIfBefore(findings, resolvedAt, mitigatedAt, FindingKind.RESOLVED_BEFORE_MITIGATED);
        addIfBefore(findings, acknowledgedAt, detectedAt, FindingKind.ACKNOWLEDGED_BEFORE_DETECTED);
        addIfBefore(findings, impactEndedAt, impactStartedAt, FindingKind.IMPACT_ENDED_BEFORE_IMPACT_STARTED);
        return List.copyOf(findings);
    }

    private static void addIfBefore(List<Finding> findings, Instant later, Instant earlier, FindingKind kind) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            findings.add(new Finding(kind));
        }
    }
}
