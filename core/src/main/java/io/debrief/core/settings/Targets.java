package io.debrief.core.settings;

import io.debrief.core.incident.Phase;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How fast an incident should go through its phases ({@link Phase}): detected and fully fixed always have a target;
 * acknowledged and mitigated have one only when the project sets it (null: no target, no question).
 *
 * <p>A target met exactly counts as met.
 */
public record Targets(Duration detect, Duration resolve, Duration acknowledge, Duration mitigate) {

    /** Identified within 5 minutes, fully fixed within 60 minutes, no target to acknowledge or mitigate. */
    public static final Targets DEFAULT = new Targets(Duration.ofMinutes(5), Duration.ofMinutes(60));

    public Targets {
        Objects.requireNonNull(detect, "detect");
        Objects.requireNonNull(resolve, "resolve");
        if (!positive(detect) || !positive(resolve)) {
            throw new IllegalArgumentException("targets must be positive");
        }
        if ((acknowledge != null && !positive(acknowledge)) || (mitigate != null && !positive(mitigate))) {
            throw new IllegalArgumentException("optional targets must be positive when set");
        }
    }

    /** Targets to detect and resolve only. */
    public Targets(Duration detect, Duration resolve) {
        this(detect, resolve, null, null);
    }

    /**
     * The one rule of every measured question (identified, fully fixed), wherever it is shown: a time within its
     * target, or exactly on it, meets the target.
     */
    public static boolean met(Duration actual, Duration target) {
        return actual.compareTo(target) <= 0;
    }

    /** The target of {@code phase}; empty when the project sets none (customer impact never has one). */
    public Optional<Duration> of(Phase phase) {
        return Optional.ofNullable(
                switch (phase) {
                    case DETECT -> detect;
                    case ACKNOWLEDGE -> acknowledge;
                    case MITIGATE -> mitigate;
                    case RESOLVE -> resolve;
                    case CUSTOMER_IMPACT -> null;
                });
    }

    /** Whether {@code actual} meets the target of {@code phase}; empty when the phase has no target. */
    public Optional<Boolean> met(Phase phase, Duration actual) {
        return of(phase).map(target -> met(actual, target));
    }

    /** These targets with the optional ones set (null: none). */
    public Targets withOptional(Duration newAcknowledge, Duration newMitigate) {
        return new Targets(detect, resolve, newAcknowledge, newMitigate);
    }

    public boolean detectMet(Duration actual) {
        return met(actual, detect);
    }

    public boolean resolveMet(Duration actual) {
        return met(actual, resolve);
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }
}
