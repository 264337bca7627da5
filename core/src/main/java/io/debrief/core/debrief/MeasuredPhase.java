package io.debrief.core.debrief;

import io.debrief.core.incident.IncidentFacts;
import io.debrief.core.incident.Phase;
import io.debrief.core.settings.Targets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One phase of an incident measured and held against its project's target, if the project sets one: what the
 * Debrief tab's phases table shows row by row.
 *
 * @param target null when the phase has no target (acknowledge and mitigate unless the project sets them, customer
 *               impact always)
 */
public record MeasuredPhase(Phase.Measure measure, Duration target) {

    public MeasuredPhase {
        Objects.requireNonNull(measure, "measure");
    }

    /** Every phase, in {@link Phase} order, measured in {@code facts} against {@code targets}. */
    public static List<MeasuredPhase> of(IncidentFacts facts, Targets targets) {
        return Arrays.stream(Phase.values())
                .map(phase -> new MeasuredPhase(
                        phase.measure(facts), targets.of(phase).orElse(null)))
                .toList();
    }

    public Phase phase() {
        return measure.phase();
    }

    /** Met (within or exactly on its target) or missed; empty without a target or while the phase is unknown. */
    public Optional<Boolean> met() {
        if (target == null || !measure.known()) {
            return Optional.empty();
        }
        return Optional.of(Targets.met(measure.took(), target));
    }
}
