package io.debrief.core.insights;

import io.debrief.core.incident.IncidentFacts;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One phase of an incident whose duration the insights measure, by its wire name.
 *
 * <p>{@link #ALL} is the one list every figure, table and chart iterates: measuring another phase is one line here.
 */
public record MeasuredPhase(String name, Function<IncidentFacts, Optional<Duration>> duration) {

    public static final List<MeasuredPhase> ALL = List.of(
            new MeasuredPhase("detect", IncidentFacts::timeToDetect),
            new MeasuredPhase("mitigate", IncidentFacts::timeToMitigate),
            new MeasuredPhase("resolve", IncidentFacts::timeToResolve));

    public MeasuredPhase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(duration, "duration");
    }

    /** The duration on these facts; empty when an end is unknown or the ends are out of order. */
    public Optional<Duration> of(IncidentFacts facts) {
        return duration.apply(facts);
    }
}
