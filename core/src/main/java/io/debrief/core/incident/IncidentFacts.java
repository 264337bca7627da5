package io.debrief.core.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When an incident really started, was detected, mitigated and resolved; any of them may be unknown.
 *
 * <p>Durations are instant arithmetic, so time zones and daylight-saving changes cannot distort them. A duration
 * is empty when either end is unknown or the ends are out of order; {@link #findings()} says which.
 */
public record IncidentFacts(Instant startedAt, Instant detectedAt, Instant mitigatedAt, Instant resolvedAt) {

    public static IncidentFacts none() {
        return new IncidentFacts(null, null, null, null);
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

    /** These facts, taking the tracker's resolution date when the timeline records no resolution. */
    public IncidentFacts resolvedAtLeastBy(Instant trackerResolution) {
        return resolvedAt != null || trackerResolution == null
                ? this
                : new IncidentFacts(startedAt, detectedAt, mitigatedAt, trackerResolution);
    }

    /** Detected minus started. */
    public Optional<Duration> timeToDetect() {
        return between(startedAt, detectedAt);
    }

    /** Mitigated minus started. */
    public Optional<Duration> timeToMitigate() {
        return between(startedAt, mitigatedAt);
    }

    /** Resolved minus started. */
    public Optional<Duration> timeToResolve() {
        return between(startedAt, resolvedAt);
    }

    /** Missing and out-of-order facts, in a stable order. */
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
        return List.copyOf(findings);
    }

    private static void addIfBefore(List<Finding> findings, Instant later, Instant earlier, FindingKind kind) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            findings.add(new Finding(kind));
        }
    }

    private static Optional<Duration> between(Instant from, Instant to) {
        if (from == null || to == null || to.isBefore(from)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(from, to));
    }
}
