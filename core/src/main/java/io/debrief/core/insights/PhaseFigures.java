package io.debrief.core.insights;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One phase's durations over a set of incidents: never a mean, which a few long incidents distort.
 *
 * @param known   incidents whose duration for the phase is known (both ends recorded, in order)
 * @param unknown incidents left out because an end is missing or out of order
 * @param median  seconds; the mean of the middle two for an even count
 * @param p90     seconds; the nearest-rank 90th percentile (the smallest value with at least 90% at or below it)
 */
public record PhaseFigures(String phase, int known, int unknown, OptionalDouble median, OptionalDouble p90) {

    public PhaseFigures {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(p90, "p90");
    }

    static PhaseFigures of(String phase, long[] sortedSeconds, int unknown) {
        return new PhaseFigures(
                phase,
                sortedSeconds.length,
                unknown,
                Percentiles.median(sortedSeconds),
                Percentiles.p90(sortedSeconds));
    }
}
